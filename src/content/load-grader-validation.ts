import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { GraderValidation } from '../domain/methodology/methodology.js';

const FILE = new URL('./grader/evaluation.json', import.meta.url);

const ZValidation = z.object({
  date: z.string(),
  corpusCommit: z.string(),
  answers: z.number().int(),
  questions: z.number().int(),
  targets: z.array(z.object({ target: z.string(), measured: z.string(), met: z.boolean() })),
});

/** The grader's published validation figures (written by `npm run bench:grader`), if any. */
export function loadGraderValidation(): GraderValidation | undefined {
  if (!existsSync(FILE)) return undefined;
  return ZValidation.parse(JSON.parse(readFileSync(FILE, 'utf8')));
}
