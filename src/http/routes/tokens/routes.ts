import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { createApiToken } from '../../../services/tokens/create-api-token.js';
import { listApiTokens } from '../../../services/tokens/list-api-tokens.js';
import { revokeApiToken } from '../../../services/tokens/revoke-api-token.js';
import { ZApiToken, ZCreatedApiToken, ZCreateToken } from '../../../shared/schemas/auth.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

/** Personal API tokens: list, create (secret shown once), revoke. */
export async function tokenRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Your API tokens',
        response: { 200: z.object({ items: z.array(ZApiToken) }), ...errors(401) },
      },
    },
    async (request) => ({ items: await listApiTokens(deps, requireActor(request)) }),
  );
  r.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create a personal API token; the secret is in this response only',
        body: ZCreateToken,
        response: { 201: ZCreatedApiToken, ...errors(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(deps, requireActor(request), request.body)),
  );
  r.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of your tokens',
        params: ZIdParam,
        response: { 204: z.null().describe('No content'), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
