import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { getQuestion } from '../../../services/questions/get-question.js';
import { cachedQuestionList } from '../../../services/questions/question-list-cache.js';
import { zPage } from '../../../shared/schemas/page.js';
import { ZQuestionDetail, ZQuestionListQuery, ZQuestionSummary } from '../../../shared/schemas/question.js';
import { sendCached } from '../../etag.js';
import { errors } from '../common.js';

/** The question bank: built-in questions for anyone, plus the organisation's own when signed in. */
export async function questionRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/questions',
    {
      schema: {
        tags: ['questions'],
        summary:
          'List questions; filter by category, level, topic and full-text q; cursor pagination. ' +
          'Answers If-None-Match with 304; public cache for the built-in bank, private once signed in',
        querystring: ZQuestionListQuery,
        response: { 200: zPage(ZQuestionSummary), 304: z.null().describe('Not modified'), ...errors(400) },
      },
    },
    async (request, reply) => sendCached(request, reply, await cachedQuestionList(deps, request.actor, request.query)),
  );
  r.get(
    '/api/v1/questions/:id',
    {
      schema: {
        tags: ['questions'],
        summary: 'One question with its signals, follow-ups and example answers',
        params: z.object({ id: z.string().min(1).max(120) }),
        response: { 200: ZQuestionDetail, ...errors(404) },
      },
    },
    async (request) => getQuestion(deps, request.actor, request.params.id),
  );
}
