import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { applicationAudit } from '../../../services/decisions/application-audit.js';
import { decide, openApplicationDebrief } from '../../../services/decisions/decide.js';
import { getDebrief } from '../../../services/decisions/get-debrief.js';
import { getOwnScorecard, listScorecards } from '../../../services/scorecards/read-scorecards.js';
import { amendScorecard, saveDraft, submitScorecard } from '../../../services/scorecards/write-scorecard.js';
import {
  ZAmendScorecard,
  ZCreateDecision,
  ZDebrief,
  ZDecision,
  ZScorecard,
  ZScorecardDraft,
  ZScorecardList,
} from '../../../shared/schemas/scorecards.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

/** Scorecards (independent until submitted), the debrief, decisions and the audit trail. */
export async function scorecardRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['scorecards'];
  r.get(
    '/api/v1/interviews/:id/scorecards',
    {
      schema: {
        tags,
        summary: "The interview's scorecards you may see (others' only after you submit yours)",
        params: ZIdParam,
        response: { 200: ZScorecardList, ...errors(400, 401, 404) },
      },
    },
    async (req) => listScorecards(deps, requireActor(req), req.params.id),
  );
  r.get(
    '/api/v1/interviews/:id/scorecards/me',
    {
      schema: {
        tags,
        summary: 'Your scorecard for this interview',
        params: ZIdParam,
        response: { 200: ZScorecard, ...errors(400, 401, 404) },
      },
    },
    async (req) => getOwnScorecard(deps, requireActor(req), req.params.id),
  );
  r.put(
    '/api/v1/interviews/:id/scorecards/me',
    {
      schema: {
        tags,
        summary: 'Save your draft (autosave)',
        params: ZIdParam,
        body: ZScorecardDraft,
        response: { 200: ZScorecard, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => saveDraft(deps, requireActor(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/interviews/:id/scorecards/me/submit',
    {
      schema: {
        tags,
        summary: 'Submit your scorecard (422 when a scored dimension has no evidence); it then locks',
        params: ZIdParam,
        body: ZScorecardDraft.nullish(),
        response: { 200: ZScorecard, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => submitScorecard(deps, requireActor(req), req.params.id, req.body ?? undefined),
  );
  r.post(
    '/api/v1/interviews/:id/scorecards/me/amend',
    {
      schema: {
        tags,
        summary: 'Amend your submitted scorecard with a reason; the old version is kept',
        params: ZIdParam,
        body: ZAmendScorecard,
        response: { 200: ZScorecard, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => amendScorecard(deps, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/applications/:id/debrief',
    {
      schema: {
        tags: ['decisions'],
        summary: 'The evidence-first debrief',
        params: ZIdParam,
        response: { 200: ZDebrief, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => getDebrief(deps, requireActor(req), req.params.id),
  );
  r.post(
    '/api/v1/applications/:id/debrief/open',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Open the debrief (hiring manager or admin)',
        params: ZIdParam,
        response: { 204: z.null().describe('No content'), ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await openApplicationDebrief(deps, requireActor(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/v1/applications/:id/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Record a decision with its reason (hiring manager or admin); honours Idempotency-Key',
        params: ZIdParam,
        body: ZCreateDecision,
        response: { 201: ZDecision, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await decide(deps, requireActor(req), req.params.id, req.body)),
  );
  r.get(
    '/api/v1/applications/:id/audit',
    {
      schema: {
        tags: ['decisions'],
        summary: 'The audit trail of an application (admins)',
        params: ZIdParam,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number(),
                action: z.string(),
                actorUserId: z.string().nullable(),
                targetType: z.string().nullable(),
                targetId: z.string().nullable(),
                payload: z.record(z.string(), z.unknown()),
                at: z.string(),
              }),
            ),
          }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (req) => applicationAudit(deps, requireActor(req), req.params.id),
  );
}
