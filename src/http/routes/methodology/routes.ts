import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadGraderValidation } from '../../../content/load-grader-validation.js';
import { buildMethodology } from '../../../domain/methodology/methodology.js';
import { loadRubric } from '../../../domain/rubric/rubric.js';

/** The published scoring methodology: public, so candidates can read how they are assessed. */
export async function methodologyRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Generated once: it depends only on the shipped rubric.
  let markdown: string | undefined;
  r.get(
    '/api/v1/methodology',
    {
      schema: {
        tags: ['rubric'],
        summary: 'How scores are produced and combined, and that a human makes every decision (Markdown)',
        response: { 200: z.object({ markdown: z.string() }) },
      },
    },
    async () => {
      markdown ??= buildMethodology(loadRubric(), { graderValidation: loadGraderValidation() });
      return { markdown };
    },
  );
}
