import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import type { TQuestion } from '../../shared/schemas/question.js';
import { gradeAnswer, ZGrade } from './grade.js';
import { parseStoredGrade } from './grade-schema.js';
import { debuggingQuestion, designQuestion, expectQuotesInAnswer } from './test-helpers.js';

/** Tests that grade the whole bank get room on a busy machine (speed is measured by the bench). */
const BANK_TIMEOUT = 60_000;

const bank = loadBuiltInBank();

/** Answers made only of the question's cue words: lists, run-ons and bullet fragments. */
function stuffedAnswers(q: TQuestion): string[] {
  const cues = q.lookFor.flatMap((s) => s.cues);
  return [
    cues.join(', '),
    cues.join(' '),
    `${cues.join('. ')}.`,
    cues.map((c) => `- ${c}`).join('\n'),
    q.lookFor.map((s) => `* ${s.cues.join(', ')}`).join('\n'),
    `${cues.map((c) => c.charAt(0).toUpperCase() + c.slice(1)).join('; ')}.`,
  ];
}

describe('gradeAnswer', () => {
  it('returns a grade that matches the shared schema', () => {
    const q = designQuestion();
    const grade = gradeAnswer(q, q.exampleAnswers.strong);
    expect(ZGrade.parse(grade)).toEqual(grade);
    expect(grade.grader).toBe('built-in');
    expect(grade.level).toBe('mid');
  });

  it('scores the dimensions the question assesses and leaves the others not assessed', () => {
    const grade = gradeAnswer(debuggingQuestion(), 'I would measure first and tell my manager.');
    expect(grade.dimensions.debugging.score).not.toBeNull();
    expect(grade.dimensions.operational_judgment.score).not.toBeNull();
    expect(grade.dimensions.system_design.score).toBeNull();
    expect(grade.dimensions.system_design.reasons[0]).toMatch(/Not assessed/);
  });

  it('takes the level from the options, defaulting to the question’s first level', () => {
    const q = bank.find((x) => x.levels.includes('senior') && x.levels[0] !== 'senior') as TQuestion;
    expect(gradeAnswer(q, q.exampleAnswers.strong).level).toBe(q.levels[0]);
    expect(gradeAnswer(q, q.exampleAnswers.strong, { level: 'senior' }).level).toBe('senior');
  });

  it('grades an empty answer 1 without quotes or anti-patterns', () => {
    const grade = gradeAnswer(designQuestion(), '');
    expect(grade.overall).toBe(1);
    expect(grade.signals.hit).toEqual([]);
    expect(grade.antiPatterns).toEqual([]);
    expect(grade.notes).toContain('The answer is empty.');
  });

  it(
    'is deterministic: the same answer twice gives deep-equal grades',
    () => {
      for (const q of bank.slice(0, 20)) {
        for (const answer of [q.exampleAnswers.strong, q.exampleAnswers.weak]) {
          expect(gradeAnswer(q, answer)).toEqual(gradeAnswer(q, answer));
        }
      }
    },
    BANK_TIMEOUT,
  );

  it('does not depend on grading order (no state leaks between answers)', () => {
    const q = bank[0] as TQuestion;
    const first = gradeAnswer(q, q.exampleAnswers.weak);
    for (const other of bank.slice(1, 10)) gradeAnswer(other, other.exampleAnswers.strong);
    expect(gradeAnswer(q, q.exampleAnswers.weak)).toEqual(first);
  });
});

describe('the whole bank', () => {
  it(
    'grades every example strong answer above its weak answer, and nine in ten by at least 1.5',
    () => {
      const below: string[] = [];
      const close: string[] = [];
      for (const q of bank) {
        const strong = gradeAnswer(q, q.exampleAnswers.strong);
        const weak = gradeAnswer(q, q.exampleAnswers.weak);
        expectQuotesInAnswer(strong, q.exampleAnswers.strong);
        expectQuotesInAnswer(weak, q.exampleAnswers.weak);
        if (strong.overall <= weak.overall) below.push(`${q.id}: ${strong.overall} vs ${weak.overall}`);
        else if (strong.overall - weak.overall < 1.5) close.push(q.id);
      }
      expect(below).toEqual([]);
      expect(close.length, close.join(', ')).toBeLessThanOrEqual(bank.length / 10);
    },
    BANK_TIMEOUT,
  );

  it(
    'grades answers that are only the question’s cue words at most 3.5, and nearly all at most 2',
    () => {
      const over2: string[] = [];
      for (const q of bank) {
        for (const answer of stuffedAnswers(q)) {
          const grade = gradeAnswer(q, answer);
          expect(grade.overall, `${q.id}: ${answer.slice(0, 60)}`).toBeLessThanOrEqual(3.5);
          if (grade.overall > 2) over2.push(q.id);
        }
      }
      // A run of cue words with no punctuation at all can pass for unpunctuated speech.
      expect(over2.length).toBeLessThanOrEqual((bank.length * 6) / 20);
    },
    BANK_TIMEOUT,
  );

  it(
    'gains nothing from pasting a weak answer several times',
    () => {
      for (const q of bank) {
        const once = gradeAnswer(q, q.exampleAnswers.weak);
        const thrice = gradeAnswer(q, [1, 2, 3].map(() => q.exampleAnswers.weak).join('\n\n'));
        expect(thrice.overall, q.id).toBeLessThanOrEqual(once.overall);
      }
    },
    BANK_TIMEOUT,
  );

  it('flags the stuffing as keywords without reasoning', () => {
    const q = bank[0] as TQuestion;
    const grade = gradeAnswer(q, q.lookFor.flatMap((s) => s.cues).join(', '));
    expect(grade.antiPatterns.map((p) => p.id)).toContain('keyword-salad');
  });
});

describe('stored grades', () => {
  it('reads a grade stored before contradictions existed as version 1 with empty lists', () => {
    const current = gradeAnswer(designQuestion(), 'The client sends an idempotency key with every retry.');
    const { schemaVersion: _v, contradictions: _c, alternatives: _a, ...v1 } = current;
    const read = parseStoredGrade(JSON.parse(JSON.stringify(v1)));
    expect(read?.schemaVersion).toBe(1);
    expect(read?.contradictions).toEqual([]);
    expect(read?.alternatives).toEqual({ rejected: [], proposed: [] });
    expect(read?.overall).toBe(current.overall);
    expect(parseStoredGrade(JSON.parse(JSON.stringify(current)))).toEqual(current);
  });

  it('reads a damaged grade as none rather than failing', () => {
    expect(parseStoredGrade({ overall: 'high' })).toBeNull();
    expect(parseStoredGrade(null)).toBeNull();
  });
});
