import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { createQuestion } from '../../../services/questions/create-question.js';
import { lintQuestion } from '../../../services/questions/lint-question.js';
import { retireQuestion } from '../../../services/questions/retire-question.js';
import { updateQuestion } from '../../../services/questions/update-question.js';
import { ZLintReport, ZQuestionDetail, ZQuestionInput } from '../../../shared/schemas/question.js';
import { requireActor } from '../../plugins/auth.js';
import { errors } from '../common.js';

const ZSlugParam = z.object({ id: z.string().min(1).max(120) });

/** The organisation's own questions: add, edit (a new version), retire; and lint as you type. */
export async function questionWriteRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/questions',
    {
      schema: {
        tags: ['questions'],
        summary: 'Add a question to your organisation (lint errors refuse it with 422)',
        body: ZQuestionInput,
        response: { 201: ZQuestionDetail, ...errors(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await createQuestion(deps, requireActor(request), request.body)),
  );
  r.put(
    '/api/v1/questions/:id',
    {
      schema: {
        tags: ['questions'],
        summary: 'Edit one of your questions; the edit becomes a new version',
        params: ZSlugParam,
        body: ZQuestionInput,
        response: { 200: ZQuestionDetail, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => updateQuestion(deps, requireActor(request), request.params.id, request.body),
  );
  r.delete(
    '/api/v1/questions/:id',
    {
      schema: {
        tags: ['questions'],
        summary: 'Retire one of your questions (kept for the scorecards that used it)',
        params: ZSlugParam,
        response: { 204: z.null().describe('No content'), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await retireQuestion(deps, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/v1/questions/lint',
    {
      schema: {
        tags: ['questions'],
        summary: 'Lint a question without saving it (for editors showing findings as you type)',
        body: z.record(z.string(), z.unknown()),
        response: { 200: ZLintReport, ...errors(400, 401) },
      },
    },
    async (request) => {
      requireActor(request);
      return lintQuestion(request.body);
    },
  );
}
