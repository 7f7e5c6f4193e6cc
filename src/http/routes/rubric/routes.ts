import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getRubric } from '../../../services/rubric/get-rubric.js';
import { ZRubric } from '../../../shared/schemas/rubric.js';

/** The published rubric. */
export async function rubricRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/rubric',
    {
      schema: {
        tags: ['rubric'],
        summary: 'Dimensions, weights per level, the 1–5 scale and per-level anchors',
        response: { 200: ZRubric },
      },
    },
    async () => getRubric(),
  );
}
