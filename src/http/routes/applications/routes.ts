import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { moveApplication, updateApplicationDetails } from '../../../services/applications/change-application.js';
import { createApplication } from '../../../services/applications/create-application.js';
import { getPacket } from '../../../services/applications/get-packet.js';
import type { Deps } from '../../../services/context.js';
import {
  ZApplicationSummary,
  ZCandidatePacket,
  ZCreateApplication,
  ZMoveApplication,
  ZUpdateApplication,
} from '../../../shared/schemas/panel.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

/** Applications: apply, move through stages, accommodations, the candidate packet. */
export async function applicationRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['applications'];
  r.post(
    '/api/v1/applications',
    {
      schema: {
        tags,
        summary: 'Apply a candidate to a role',
        body: ZCreateApplication,
        response: { 201: ZApplicationSummary, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await createApplication(deps, requireActor(req), req.body)),
  );
  r.post(
    '/api/v1/applications/:id/move',
    {
      schema: {
        tags,
        summary: 'Move an application to a stage of its loop',
        params: ZIdParam,
        body: ZMoveApplication,
        response: { 200: ZApplicationSummary, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => moveApplication(deps, requireActor(req), req.params.id, req.body),
  );
  r.patch(
    '/api/v1/applications/:id',
    {
      schema: {
        tags,
        summary: 'Record accommodations or a withdrawal',
        params: ZIdParam,
        body: ZUpdateApplication,
        response: { 200: ZApplicationSummary, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => updateApplicationDetails(deps, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/applications/:id/packet',
    {
      schema: {
        tags,
        summary: 'What the candidate is sent in advance',
        params: ZIdParam,
        response: { 200: ZCandidatePacket, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => getPacket(deps, requireActor(req), req.params.id),
  );
}
