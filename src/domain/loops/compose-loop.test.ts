import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { CATEGORIES, DIMENSIONS, LEVELS, type Level } from '../../shared/schemas/vocabulary.js';
import { loadRubric } from '../rubric/rubric.js';
import { composeLoop } from './compose-loop.js';
import { isShared } from './select.js';
import { LEVEL_TEMPLATES } from './stage-templates.js';
import type { ComposedLoop } from './types.js';

const bank = loadBuiltInBank();
const rubric = loadRubric();
const byId = new Map(bank.map((q) => [q.id, q]));
const EXERCISES = ['live-coding', 'take-home'] as const;

function ids(loop: ComposedLoop): string[] {
  return loop.stages.flatMap((s) => s.questions.map((q) => q.id));
}

function shareOf(loop: ComposedLoop, ...dims: (keyof ComposedLoop['coverage'])[]): number {
  return dims.reduce((acc, d) => acc + loop.coverage[d].share, 0);
}

const cases = LEVELS.flatMap((level) => EXERCISES.map((exercise) => [level, exercise] as const));

describe.each(cases)('composeLoop on the built-in bank: %s, %s', (level, exercise) => {
  const loop = composeLoop({ level, exercise }, bank, rubric);

  it('builds a balanced kit of 8–10 questions (2±1 behavioural, 3±1 technical, 2±1 situational, 1–2 values)', () => {
    expect(loop.kit.total).toBeGreaterThanOrEqual(8);
    expect(loop.kit.total).toBeLessThanOrEqual(10);
    expect(loop.kit.behavioural).toBeGreaterThanOrEqual(1);
    expect(loop.kit.behavioural).toBeLessThanOrEqual(3);
    expect(loop.kit.technical).toBeGreaterThanOrEqual(2);
    expect(loop.kit.technical).toBeLessThanOrEqual(4);
    expect(loop.kit.situational).toBeGreaterThanOrEqual(1);
    expect(loop.kit.situational).toBeLessThanOrEqual(3);
    expect(loop.kit.values).toBeGreaterThanOrEqual(1);
    expect(loop.kit.values).toBeLessThanOrEqual(2);
  });

  it('counts the kit from the stages it returns', () => {
    const picked = ids(loop).map((id) => byId.get(id));
    expect(loop.kit.total).toBe(picked.length);
    for (const c of CATEGORIES) expect(loop.kit[c]).toBe(picked.filter((q) => q?.category === c).length);
  });

  it('asks only questions from the bank that list the level, and never one twice', () => {
    const all = ids(loop);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(byId.get(id)?.levels).toContain(level);
  });

  it('stays within the default budget, and each stage holds its questions', () => {
    expect(loop.budgetMinutes).toBe(LEVEL_TEMPLATES[level].defaultMinutes);
    expect(loop.totalMinutes).toBe(loop.stages.reduce((acc, s) => acc + s.minutes, 0));
    expect(loop.totalMinutes).toBeLessThanOrEqual(loop.budgetMinutes);
    for (const s of loop.stages) {
      expect(s.minutes).toBeGreaterThanOrEqual(s.questions.reduce((acc, q) => acc + q.minutes, 0));
    }
  });

  it('has at most five stages, every interview stage with questions and the dimensions they evidence', () => {
    expect(loop.stages.length).toBeLessThanOrEqual(5);
    for (const s of loop.stages.filter((x) => x.kind !== 'screen')) {
      expect(s.questions.length).toBeGreaterThan(0);
      const evidenced = new Set(s.questions.flatMap((q) => byId.get(q.id)?.dimensions ?? []));
      expect(s.dimensions).toEqual(DIMENSIONS.filter((d) => evidenced.has(d)));
    }
  });

  it('opens with a recruiter screen that asks no bank question and explains why', () => {
    const [screen] = loop.stages;
    expect(screen).toMatchObject({ kind: 'screen', minutes: 30, questions: [], dimensions: [] });
    expect(screen?.notes).toMatch(/must-haves/);
  });

  it('raises no warning for the default loop', () => {
    expect(loop.warnings).toEqual([]);
  });

  it('explains every pick with its dimension, the level weight and its place in the kit', () => {
    for (const q of loop.stages.flatMap((s) => s.questions)) {
      expect(q.dimension).not.toBeNull();
      expect(q.why).toContain(String(q.dimension));
      expect(q.why).toMatch(new RegExp(`of a ${level} score`));
      expect(q.why).toMatch(new RegExp(`${q.category} question \\d+ of ${loop.kit[q.category]}\\.$`));
    }
  });

  it('reports coverage shares that add up to the whole kit and carry the rubric weights', () => {
    const total = DIMENSIONS.reduce((acc, d) => acc + loop.coverage[d].share, 0);
    expect(total).toBeCloseTo(1, 2);
    for (const d of DIMENSIONS) expect(loop.coverage[d].weight).toBeCloseTo(rubric.weights[level][d], 3);
  });

  it(`${level === 'junior' ? 'leaves out' : 'includes'} production-ownership questions`, () => {
    const po = ids(loop).filter((id) => byId.get(id)?.topics.includes('production-ownership'));
    if (level === 'junior') expect(po).toEqual([]);
    else expect(po.length).toBeGreaterThanOrEqual(1);
  });

  it('is deterministic: the same input twice, or the bank in another order, gives the same loop', () => {
    expect(composeLoop({ level, exercise }, bank, rubric)).toEqual(loop);
    expect(composeLoop({ level, exercise }, [...bank].reverse(), rubric)).toEqual(loop);
  });

  it(
    exercise === 'take-home' ? 'pays for the take-home and has no live coding' : 'codes live and has no take-home',
    () => {
      const kinds = loop.stages.map((s) => s.kind);
      if (exercise === 'take-home') {
        const takeHome = loop.stages.find((s) => s.kind === 'take-home');
        expect(takeHome?.paid).toEqual({ feeUsd: 200 });
        expect(takeHome?.notes).toMatch(/\$200/);
        expect(kinds).not.toContain('live-coding');
        expect(kinds).not.toContain('pairing');
        for (const q of takeHome?.questions ?? []) {
          const full = byId.get(q.id);
          expect(full && isShared(full)).toBe(true);
        }
      } else {
        expect(kinds).toContain('live-coding');
        expect(kinds).not.toContain('take-home');
        expect(loop.stages.filter((s) => s.paid)).toEqual([]);
      }
    },
  );
});

describe('composeLoop weights by level', () => {
  const at = (level: Level) => composeLoop({ level }, bank, rubric);

  it('leans a senior loop on system design and operational judgement more than a mid loop', () => {
    expect(shareOf(at('senior'), 'system_design', 'operational_judgment')).toBeGreaterThan(
      shareOf(at('mid'), 'system_design', 'operational_judgment'),
    );
    expect(shareOf(at('staff'), 'system_design', 'operational_judgment')).toBeGreaterThan(
      shareOf(at('mid'), 'system_design', 'operational_judgment'),
    );
  });

  it('leans a mid loop on fundamentals and debugging more than a senior loop', () => {
    expect(shareOf(at('mid'), 'fundamentals', 'debugging')).toBeGreaterThan(
      shareOf(at('senior'), 'fundamentals', 'debugging'),
    );
  });

  it('gets the heaviest-weighted dimension of mid and senior within 10 points of its weight', () => {
    expect(Math.abs(at('mid').coverage.fundamentals.share - 0.3)).toBeLessThan(0.1);
    expect(Math.abs(at('senior').coverage.system_design.share - 0.35)).toBeLessThan(0.1);
  });

  it('gives staff an architecture review and keeps junior out of system design, with a longer pairing session', () => {
    expect(at('staff').stages.map((s) => s.kind)).toContain('architecture-review');
    const junior = at('junior');
    expect(junior.stages.map((s) => s.kind)).not.toContain('system-design');
    const pairing = junior.stages.find((s) => s.kind === 'pairing');
    const technical = junior.stages.find((s) => s.kind === 'live-coding');
    expect(pairing?.minutes).toBeGreaterThan(technical?.minutes ?? 0);
  });
});

describe('composeLoop options', () => {
  it('charges the given take-home fee', () => {
    const loop = composeLoop({ level: 'mid', exercise: 'take-home', takeHomeFeeUsd: 250 }, bank, rubric);
    expect(loop.stages.find((s) => s.kind === 'take-home')?.paid).toEqual({ feeUsd: 250 });
  });

  it('uses a larger budget without exceeding it and a smaller one by trimming', () => {
    const roomy = composeLoop({ level: 'senior', minutes: 400 }, bank, rubric);
    expect(roomy.totalMinutes).toBeLessThanOrEqual(400);
    expect(roomy.warnings).toEqual([]);
    const tight = composeLoop({ level: 'senior', minutes: 180 }, bank, rubric);
    expect(tight.totalMinutes).toBeLessThanOrEqual(180);
    expect(tight.stages.length).toBeGreaterThanOrEqual(4);
  });

  it('accepts a band that matches the level without a warning', () => {
    const loop = composeLoop({ level: 'senior', band: { min: 170_000, max: 220_000 } }, bank, rubric);
    expect(loop.warnings).toEqual([]);
  });

  it.each([
    [{ level: 'intern' as unknown as Level }, /level must be one of/],
    [{ level: 'mid' as const, minutes: 0 }, /minutes must be a positive whole number/],
    [{ level: 'mid' as const, minutes: 90.5 }, /minutes must be a positive whole number/],
    [{ level: 'mid' as const, takeHomeFeeUsd: 100 }, /takeHomeFeeUsd must be from 150 to 300/],
    [{ level: 'mid' as const, takeHomeFeeUsd: 500 }, /takeHomeFeeUsd must be from 150 to 300/],
    [{ level: 'mid' as const, band: { min: 160_000, max: 120_000 } }, /band needs 0 < min ≤ max/],
  ])('rejects %j with a RangeError', (input, message) => {
    expect(() => composeLoop(input, bank, rubric)).toThrow(RangeError);
    expect(() => composeLoop(input, bank, rubric)).toThrow(message);
  });
});
