/**
 * The grader's validation corpus (src/content/practice/corpus/): answers written blind from the
 * rubric, two independent raters' labels for each, and the by-question dev/test split. Raters
 * saw each answer under an anonymous id (`anonymousId`) and never its kind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ANSWER_KINDS } from '../domain/grader/evaluation.js';

const DIR = fileURLToPath(new URL('./practice/corpus/', import.meta.url));

const ZAnswer = z.object({
  id: z.string(),
  questionId: z.string(),
  kind: z.enum(ANSWER_KINDS),
  style: z.enum(['written', 'spoken']),
  derivedFrom: z.string().nullable(),
  answer: z.string().min(1),
});

const ZLabel = z.object({
  id: z.string(),
  overall: z.number().int().min(1).max(5),
  dimensions: z.record(z.string(), z.number().int().min(1).max(5)),
  signals: z.array(z.string()).default([]),
});

const ZSplit = z.object({
  test: z.array(z.string()),
  dev: z.array(z.string()),
  writers: z.record(z.string(), z.array(z.string())),
});

/** One corpus answer with both raters' labels. */
export interface CorpusAnswer extends z.infer<typeof ZAnswer> {
  readonly split: 'dev' | 'test';
  readonly labels: readonly [z.infer<typeof ZLabel>, z.infer<typeof ZLabel>];
}

/** The corpus, and the batches still waiting for labels. */
export interface Corpus {
  readonly answers: readonly CorpusAnswer[];
  readonly split: z.infer<typeof ZSplit>;
  readonly unlabelledBatches: readonly string[];
}

/** The id raters saw for an answer: it hides the answer's kind and batch position. */
export function anonymousId(id: string): string {
  return `a${createHash('sha1').update(`caliper-corpus:${id}`).digest('hex').slice(0, 10)}`;
}

function read<T>(schema: z.ZodType<T>, file: string): T {
  return schema.parse(JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')));
}

/** Loads every batch that has both raters' labels. */
export function loadCorpus(): Corpus {
  const split = read(ZSplit, 'split.json');
  const testQuestions = new Set(split.test);
  const answers: CorpusAnswer[] = [];
  const unlabelledBatches: string[] = [];
  for (const batch of Object.keys(split.writers).sort()) {
    const files = [`labels-${batch}-A.json`, `labels-${batch}-B.json`];
    if (!files.every((f) => existsSync(`${DIR}${f}`))) {
      unlabelledBatches.push(batch);
      continue;
    }
    const [a, b] = files.map((f) => new Map(read(z.array(ZLabel), f).map((l) => [l.id, l])));
    for (const answer of read(z.array(ZAnswer), `answers-${batch}.json`)) {
      const anon = anonymousId(answer.id);
      const la = a?.get(anon);
      const lb = b?.get(anon);
      if (!la || !lb) throw new Error(`answer ${answer.id} lacks a label from both raters`);
      answers.push({ ...answer, split: testQuestions.has(answer.questionId) ? 'test' : 'dev', labels: [la, lb] });
    }
  }
  return { answers, split, unlabelledBatches };
}
