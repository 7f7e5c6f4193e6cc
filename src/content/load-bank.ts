import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TQuestion, ZQuestionFile } from '../shared/schemas/question.js';

const QUESTIONS_DIR = fileURLToPath(new URL('./questions', import.meta.url));

let cached: TQuestion[] | undefined;

/**
 * The built-in bank: every `questions/*.json` file, validated, sorted by id. Read once per
 * process: the bank is immutable content shipped with the release.
 */
export function loadBuiltInBank(): TQuestion[] {
  if (cached) return cached;
  const all: TQuestion[] = [];
  for (const file of readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const raw: unknown = JSON.parse(readFileSync(join(QUESTIONS_DIR, file), 'utf8'));
    const parsed = ZQuestionFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`built-in bank file ${file} is invalid at ${issue?.path.join('.')}: ${issue?.message}`);
    }
    all.push(...parsed.data);
  }
  cached = all.sort((a, b) => a.id.localeCompare(b.id));
  return cached;
}
