/**
 * The terminal coach's memory: graded answers kept in a JSON file on the candidate's own
 * machine (by default ~/.caliper/practice-history.json), so the next round avoids recent
 * questions, the plan aims at weak dimensions and progress shows across rounds.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { GradedAnswer } from '../domain/practice/history.js';
import { DIMENSIONS, TOPICS } from '../shared/schemas/vocabulary.js';
import { CliError } from './errors.js';

/** Where the history lives unless --history says otherwise. */
export const DEFAULT_HISTORY_FILE = join(homedir(), '.caliper', 'practice-history.json');

const ZStored = z.array(
  z.object({
    roundId: z.string(),
    questionId: z.string(),
    topics: z.array(z.enum(TOPICS)),
    overall: z.number(),
    dimensions: z.partialRecord(z.enum(DIMENSIONS), z.number().nullable()),
    at: z.iso.datetime(),
  }),
);

/** The graded answers in the file, oldest first; none when it does not exist yet. */
export function readHistory(file: string): GradedAnswer[] {
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new CliError(`${file} is not a practice history (not JSON); move it away or pass another --history`);
  }
  const parsed = ZStored.safeParse(raw);
  if (!parsed.success) throw new CliError(`${file} is not a practice history; move it away or pass another --history`);
  return parsed.data.map((a) => ({ ...a, at: new Date(a.at) }));
}

/** Writes the history whole, through a temporary file, so a crash never leaves half of it. */
export function writeHistory(file: string, answers: readonly GradedAnswer[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(
    tmp,
    `${JSON.stringify(
      answers.map((a) => ({ ...a, at: a.at.toISOString() })),
      null,
      1,
    )}\n`,
    {
      mode: 0o600,
    },
  );
  renameSync(tmp, file);
}
