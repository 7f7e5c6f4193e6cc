import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { completeInterview } from '../../../services/interviews/complete-interview.js';
import { prepareInterviewKit } from '../../../services/interviews/get-interview-kit.js';
import { listInterviews } from '../../../services/interviews/list-interviews.js';
import { scheduleInterview } from '../../../services/interviews/schedule-interview.js';
import { ZInterviewKit, ZInterviewSummary, ZScheduleInterview } from '../../../shared/schemas/panel.js';
import { sendCached } from '../../etag.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

/** Interviews: schedule, list, the kit, mark held. */
export async function interviewRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['interviews'];
  r.post(
    '/api/v1/interviews',
    {
      schema: {
        tags,
        summary: 'Schedule an interview with its panel',
        body: ZScheduleInterview,
        response: { 201: ZInterviewSummary, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await scheduleInterview(deps, requireActor(req), req.body)),
  );
  r.get(
    '/api/v1/interviews',
    {
      schema: {
        tags,
        summary: 'Interviews you may see (interviewers: their own)',
        querystring: z.object({ mine: z.enum(['true', 'false']).optional(), roleId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(ZInterviewSummary) }), ...errors(400, 401) },
      },
    },
    async (req) =>
      listInterviews(deps, requireActor(req), {
        mine: req.query.mine === 'true',
        ...(req.query.roleId && { roleId: req.query.roleId }),
      }),
  );
  r.get(
    '/api/v1/interviews/:id',
    {
      schema: {
        tags,
        summary: 'The interview kit; answers If-None-Match with 304 (private, revalidated every time)',
        params: ZIdParam,
        response: { 200: ZInterviewKit, 304: z.null().describe('Not modified'), ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const kit = await prepareInterviewKit(deps, requireActor(req), req.params.id);
      // The tag is derived from the kit's inputs, so a caller who holds it gets a 304 unassembled;
      // the body is serialised once per ETag by the service, with this route's response schema.
      return sendCached(req, reply, { ...kit, scope: 'private' });
    },
  );
  r.post(
    '/api/v1/interviews/:id/complete',
    {
      schema: {
        tags,
        summary: 'Mark the interview held (locks its stage for this loop version)',
        params: ZIdParam,
        response: { 204: z.null().describe('No content'), ...errors(400, 401, 404, 409) },
      },
    },
    async (req, reply) => {
      await completeInterview(deps, requireActor(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
