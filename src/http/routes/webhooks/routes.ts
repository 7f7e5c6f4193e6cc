import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { listDeliveries } from '../../../services/webhooks/list-deliveries.js';
import { listEndpoints } from '../../../services/webhooks/list-endpoints.js';
import { registerEndpoint } from '../../../services/webhooks/register-endpoint.js';
import { removeEndpoint } from '../../../services/webhooks/remove-endpoint.js';
import { ZPageQuery, zPage } from '../../../shared/schemas/page.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';
import { ZCreatedWebhookEndpoint, ZCreateWebhook, ZWebhookDelivery, ZWebhookEndpoint } from './schema.js';

/** Webhook endpoints for an applicant-tracking system, and their delivery log (admins only). */
export async function webhookRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Register an endpoint; the signing secret is in this response only',
        body: ZCreateWebhook,
        response: { 201: ZCreatedWebhookEndpoint, ...errors(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await registerEndpoint(deps, requireActor(request), request.body)),
  );
  r.get(
    '/api/v1/webhooks',
    {
      schema: {
        tags: ['webhooks'],
        summary: "Your organisation's endpoints (removed ones show as inactive)",
        response: { 200: z.object({ items: z.array(ZWebhookEndpoint) }), ...errors(401, 403) },
      },
    },
    async (request) => ({ items: await listEndpoints(deps, requireActor(request)) }),
  );
  r.delete(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Remove an endpoint: no new events, pending deliveries given up, the log kept',
        params: ZIdParam,
        response: { 204: z.null().describe('No content'), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeEndpoint(deps, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  r.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      schema: {
        tags: ['webhooks'],
        summary: "An endpoint's delivery log, newest event first",
        params: ZIdParam,
        querystring: ZPageQuery,
        response: { 200: zPage(ZWebhookDelivery), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => listDeliveries(deps, requireActor(request), request.params.id, request.query),
  );
}
