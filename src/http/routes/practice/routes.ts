import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { answerFollowUp, saveAnswer, submitAnswer } from '../../../services/practice/answers.js';
import { getRound } from '../../../services/practice/get-round.js';
import { getPlan, getProgress } from '../../../services/practice/plan-and-progress.js';
import { type ProfileRow, practiceProfile } from '../../../services/practice/practice-caller.js';
import { createLocalProfile, getProfile, setProfile } from '../../../services/practice/profiles.js';
import { startRound } from '../../../services/practice/start-round.js';
import {
  PRACTICE_PROFILE_HEADER,
  ZCreatedLocalProfile,
  ZCreateLocalProfile,
  ZFollowUpAnswer,
  ZPracticePlan,
  ZPracticeProfile,
  ZPracticeProgress,
  ZPracticeRound,
  ZSaveAnswer,
  ZStartRound,
  ZUpdatePracticeProfile,
} from '../../../shared/schemas/practice.js';
import { errors } from '../common.js';

const ZRoundParams = z.object({ id: z.uuid({ message: 'must be a UUID' }) });
const ZAnswerParams = ZRoundParams.extend({ questionId: z.string().min(1).max(120) });

/** Practice: profiles (with or without an account), timed rounds, grading, follow-ups, plan, progress. */
export async function practiceRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['practice'];
  const profileOf = (req: FastifyRequest): Promise<ProfileRow> => {
    const header = req.headers[PRACTICE_PROFILE_HEADER];
    return practiceProfile(deps, req.actor, typeof header === 'string' ? header : undefined);
  };

  r.post(
    '/api/v1/practice/profiles',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Create a local practice profile (no account); its secret is in this response only',
        body: ZCreateLocalProfile,
        response: { 201: ZCreatedLocalProfile, ...errors(400, 429) },
      },
    },
    async (req, reply) => reply.code(201).send(await createLocalProfile(deps, req.body)),
  );
  r.get(
    '/api/v1/practice/profile',
    { schema: { tags, summary: 'Your practice profile', response: { 200: ZPracticeProfile, ...errors(401) } } },
    async (req) => getProfile(deps, await profileOf(req)),
  );
  r.patch(
    '/api/v1/practice/profile',
    {
      schema: {
        tags,
        summary: 'Set your target level and interview date',
        body: ZUpdatePracticeProfile,
        response: { 200: ZPracticeProfile, ...errors(400, 401) },
      },
    },
    async (req) => setProfile(deps, await profileOf(req), req.body),
  );
  r.post(
    '/api/v1/practice/rounds',
    {
      schema: {
        tags,
        summary: 'Start a timed practice round',
        body: ZStartRound,
        response: { 201: ZPracticeRound, ...errors(400, 401, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await startRound(deps, await profileOf(req), req.body)),
  );
  r.get(
    '/api/v1/practice/rounds/:id',
    {
      schema: {
        tags,
        summary: 'A round with answers and feedback',
        params: ZRoundParams,
        response: { 200: ZPracticeRound, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      return getRound(deps, await profileOf(req), req.params.id);
    },
  );
  r.put(
    '/api/v1/practice/rounds/:id/answers/:questionId',
    {
      schema: {
        tags,
        summary: 'Autosave a draft answer and the time used',
        params: ZAnswerParams,
        body: ZSaveAnswer,
        response: { 200: ZPracticeRound, ...errors(400, 401, 404, 409) },
      },
    },
    async (req) => saveAnswer(deps, await profileOf(req), req.params.id, req.params.questionId, req.body),
  );
  r.post(
    '/api/v1/practice/rounds/:id/answers/:questionId/submit',
    {
      schema: {
        tags,
        summary: 'Submit an answer for grading',
        params: ZAnswerParams,
        body: ZSaveAnswer,
        response: { 200: ZPracticeRound, ...errors(400, 401, 404, 409) },
      },
    },
    async (req) => submitAnswer(deps, await profileOf(req), req.params.id, req.params.questionId, req.body),
  );
  r.post(
    '/api/v1/practice/rounds/:id/answers/:questionId/follow-up',
    {
      schema: {
        tags,
        summary: "Answer the coach's follow-up; the whole exchange is graded again",
        params: ZAnswerParams,
        body: ZFollowUpAnswer,
        response: { 200: ZPracticeRound, ...errors(400, 401, 404, 409) },
      },
    },
    async (req) => answerFollowUp(deps, await profileOf(req), req.params.id, req.params.questionId, req.body),
  );
  r.get(
    '/api/v1/practice/plan',
    {
      schema: {
        tags,
        summary: 'A day-by-day prep plan until your interview',
        querystring: z.object({ days: z.coerce.number().int().min(1).max(60).optional() }),
        response: { 200: ZPracticePlan, ...errors(400, 401) },
      },
    },
    async (req) => getPlan(deps, await profileOf(req), req.query.days),
  );
  r.get(
    '/api/v1/practice/progress',
    {
      schema: {
        tags,
        summary: 'Scores per dimension over your rounds',
        response: { 200: ZPracticeProgress, ...errors(401) },
      },
    },
    async (req) => getProgress(deps, await profileOf(req)),
  );
}
