import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import type { TQuestion } from '../../shared/schemas/question.js';
import { LEVELS } from '../../shared/schemas/vocabulary.js';
import { gradeAnswer, ZGrade } from './grade.js';
import { expectQuotesInAnswer } from './test-helpers.js';

const bank = loadBuiltInBank();

/** Words from the bank's cues and answers mixed with noise, so generated text hits real paths. */
const vocabulary = [
  ...new Set(
    bank.slice(0, 12).flatMap((q) => [...q.lookFor.flatMap((s) => s.cues), ...q.exampleAnswers.weak.split(/\s+/)]),
  ),
];

const answers = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(fc.constantFrom(...vocabulary, ',', '.', '\n', '-', "don't", 'never', 'always', '1,500', '14:10'), {
      maxLength: 120,
    })
    .map((words) => words.join(' ')),
  fc.constantFrom('', ' ', '\n\n\n', '.', '...', '😀'.repeat(50), 'a'.repeat(30_000), 'word '.repeat(6_000)),
);

function check(q: TQuestion, answer: string, level?: (typeof LEVELS)[number]): void {
  const grade = gradeAnswer(q, answer, level ? { level } : {});
  expect(grade.overall).toBeGreaterThanOrEqual(1);
  expect(grade.overall).toBeLessThanOrEqual(5);
  expect(Math.round(grade.overall * 10) / 10).toBe(grade.overall);
  for (const d of Object.values(grade.dimensions)) {
    if (d.score !== null) expect(d.score >= 1 && d.score <= 5).toBe(true);
  }
  expectQuotesInAnswer(grade, answer);
  ZGrade.parse(grade);
}

describe('gradeAnswer properties', () => {
  it('never throws, stays within 1-5 with one decimal, and quotes only substrings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bank.length - 1 }),
        answers,
        fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
        (i, answer, level) => {
          check(bank[i] as TQuestion, answer, level);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('is deterministic for arbitrary text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bank.length - 1 }), answers, (i, answer) => {
        const q = bank[i] as TQuestion;
        expect(gradeAnswer(q, answer)).toEqual(gradeAnswer(q, answer));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
