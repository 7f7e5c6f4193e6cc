import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { CATEGORIES, LEVELS } from '../../shared/schemas/vocabulary.js';
import { loadRubric } from '../rubric/rubric.js';
import { composeLoop } from './compose-loop.js';
import { isShared } from './select.js';
import { LEVEL_TEMPLATES } from './stage-templates.js';
import { arbBank } from './test-questions.js';
import type { ComposedLoop, ComposeInput, TQuestionLike } from './types.js';

const builtIn = loadBuiltInBank();
const rubric = loadRubric();

const arbInput: fc.Arbitrary<ComposeInput> = fc.record({
  level: fc.constantFrom(...LEVELS),
  minutes: fc.integer({ min: 60, max: 400 }),
  exercise: fc.constantFrom('live-coding' as const, 'take-home' as const),
});

/** Every rule that must hold whatever the budget and the bank; throws with the broken rule. */
function checkInvariants(input: ComposeInput, bank: readonly TQuestionLike[], loop: ComposedLoop): void {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const questions = loop.stages.flatMap((s) => s.questions);
  const ids = questions.map((q) => q.id);

  expect(new Set(ids).size).toBe(ids.length);
  expect(loop.totalMinutes).toBeLessThanOrEqual(input.minutes ?? Number.POSITIVE_INFINITY);
  expect(loop.totalMinutes).toBe(loop.stages.reduce((acc, s) => acc + s.minutes, 0));
  expect(loop.stages.length).toBeLessThanOrEqual(LEVEL_TEMPLATES[input.level].stages.length);
  expect(loop.kit.total).toBe(questions.length);
  expect(loop.kit.total).toBeLessThanOrEqual(10);
  for (const c of CATEGORIES) expect(loop.kit[c]).toBe(questions.filter((q) => q.category === c).length);

  for (const q of questions) {
    const source = byId.get(q.id);
    expect(source?.levels).toContain(input.level);
    expect(source?.category).toBe(q.category);
    if (input.level === 'junior') expect(source?.topics).not.toContain('production-ownership');
  }
  for (const s of loop.stages) {
    expect(s.minutes).toBeGreaterThanOrEqual(s.questions.reduce((acc, q) => acc + q.minutes, 0));
    if (s.kind === 'take-home') {
      expect(s.paid?.feeUsd).toBe(200);
      for (const q of s.questions) {
        const source = byId.get(q.id);
        expect(source && isShared(source)).toBe(true);
      }
    }
  }
  const kinds = loop.stages.map((s) => s.kind);
  if (input.exercise === 'take-home') expect(kinds).not.toContain('live-coding');
  else expect(kinds).not.toContain('take-home');
}

/** Fisher–Yates driven by fast-check's own seed, so a failure replays. */
function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (keys[i % Math.max(1, keys.length)] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('composeLoop properties', () => {
  it('on random subsets of the built-in bank: no repeats, within budget, level fit, deterministic', () => {
    fc.assert(
      fc.property(
        arbInput,
        fc.subarray(builtIn),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        (input, bank, keys) => {
          const loop = composeLoop(input, bank, rubric);
          checkInvariants(input, bank, loop);
          expect(composeLoop(input, bank, rubric)).toEqual(loop);
          expect(composeLoop(input, shuffled(bank, keys), rubric)).toEqual(loop);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on generated banks (drafts, missing signals, any length): the same rules hold', () => {
    fc.assert(
      fc.property(arbInput, arbBank, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (input, bank, keys) => {
        const loop = composeLoop(input, bank, rubric);
        checkInvariants(input, bank, loop);
        expect(composeLoop(input, shuffled(bank, keys), rubric)).toEqual(loop);
      }),
      { numRuns: 200 },
    );
  });

  it('warns over-budget whenever a stage had to be dropped', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const loop = composeLoop(input, builtIn, rubric);
        const planned = LEVEL_TEMPLATES[input.level].stages.length;
        if (loop.stages.length < planned) expect(loop.warnings.map((w) => w.code)).toContain('over-budget');
      }),
    );
  });

  it('on the full bank with at least the default budget: a balanced kit and no warning', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.integer({ min: 0, max: 200 }), fc.boolean(), (level, extra, home) => {
        const minutes = LEVEL_TEMPLATES[level].defaultMinutes + extra;
        const loop = composeLoop({ level, minutes, exercise: home ? 'take-home' : 'live-coding' }, builtIn, rubric);
        expect(loop.warnings).toEqual([]);
        expect(loop.kit.total).toBeGreaterThanOrEqual(8);
      }),
      { numRuns: 50 },
    );
  });
});
