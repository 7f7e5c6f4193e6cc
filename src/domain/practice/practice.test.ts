import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { LEVELS } from '../../shared/schemas/vocabulary.js';
import { drawRound } from './draw.js';
import { type GradedAnswer, historyOf, progressOf } from './history.js';
import { buildPlan } from './plan.js';
import { TRACKS } from './tracks.js';

const bank = loadBuiltInBank();
const byId = new Map(bank.map((q) => [q.id, q]));
const none = historyOf([]);

describe('drawing a practice round', () => {
  it('fits the level, the time and the track, and never repeats a question', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        fc.constantFrom(...TRACKS),
        fc.integer({ min: 15, max: 60 }),
        fc.string(),
        (level, track, minutes, seed) => {
          const round = drawRound(bank, { level, track, minutes, seed }, none);
          expect(round.length).toBeGreaterThan(0);
          expect(new Set(round.map((r) => r.id)).size).toBe(round.length);
          for (const r of round) expect(byId.get(r.id)?.levels).toContain(level);
          if (round.length > 1) expect(round.reduce((a, r) => a + r.minutes, 0)).toBeLessThanOrEqual(minutes);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('balances categories in a mixed round and keeps the behavioural track to people questions', () => {
    const mix = drawRound(bank, { level: 'mid', track: 'mix', minutes: 60, seed: 's' }, none).map(
      (r) => byId.get(r.id)?.category,
    );
    expect(new Set(mix).size).toBeGreaterThanOrEqual(3);
    const people = drawRound(bank, { level: 'senior', track: 'behavioural', minutes: 45, seed: 's' }, none);
    for (const r of people) expect(['behavioural', 'values']).toContain(byId.get(r.id)?.category);
  });

  it('puts topics named in a pasted job description first', () => {
    const round = drawRound(
      bank,
      {
        level: 'senior',
        track: 'mix',
        minutes: 45,
        seed: 'x',
        context: 'We run Kafka and need someone strong on webhooks and idempotency.',
      },
      none,
    );
    const first = byId.get(round[0]?.id ?? '');
    expect(first?.topics.some((t) => ['queues', 'webhooks', 'idempotency'].includes(t))).toBe(true);
    expect(round[0]?.reason).toContain('mentions');
  });

  it('never draws a recently answered question and favours weak topics', () => {
    const answers: GradedAnswer[] = bank
      .filter((q) => q.levels.includes('mid'))
      .slice(0, 10)
      .map((q, i) => ({
        roundId: 'r1',
        questionId: q.id,
        topics: q.topics,
        overall: i < 3 ? 2 : 4,
        dimensions: { debugging: 2, fundamentals: 4 },
        at: new Date(2026, 0, 1),
      }));
    const history = historyOf(answers);
    const round = drawRound(bank, { level: 'mid', track: 'mix', minutes: 60, seed: 'y' }, history);
    for (const r of round) expect(history.recent.has(r.id)).toBe(false);
    expect(round.some((r) => /below 3|weakest/.test(r.reason))).toBe(true);
  });

  it('is deterministic for the same seed and varies with another', () => {
    const a = drawRound(bank, { level: 'mid', track: 'mix', minutes: 45, seed: 'one' }, none);
    expect(drawRound(bank, { level: 'mid', track: 'mix', minutes: 45, seed: 'one' }, none)).toEqual(a);
    const others = ['two', 'three', 'four'].map((seed) =>
      drawRound(bank, { level: 'mid', track: 'mix', minutes: 45, seed }, none),
    );
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(a))).toBe(true);
  });
});

describe('the prep plan and progress', () => {
  it('plans every day until the interview, with spaced full mocks and a light last day', () => {
    const plan = buildPlan(bank, 'senior', 7, historyOf([]));
    expect(plan.days).toHaveLength(7);
    expect(plan.days.filter((d) => d.fullMock).map((d) => d.day)).toEqual([4, 6]);
    expect(plan.days[6]?.practise).toEqual([]);
    const ids = plan.days.flatMap((d) => d.practise.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts with the weakest dimension', () => {
    const answers: GradedAnswer[] = [
      {
        roundId: 'r',
        questionId: 'x',
        topics: ['caching'],
        overall: 2,
        dimensions: { operational_judgment: 1.5, fundamentals: 4.5 },
        at: new Date(),
      },
    ];
    const plan = buildPlan(bank, 'mid', 3, historyOf(answers));
    expect(plan.weakDimensions[0]).toBe('operational_judgment');
    expect(plan.days[0]?.focus).toContain('operational judgement');
  });

  it('charts progress per round and dimension, leaving not-assessed out', () => {
    const at = new Date('2026-11-01T10:00:00Z');
    const series = progressOf([
      { roundId: 'a', questionId: 'q1', topics: [], overall: 2, dimensions: { debugging: 2, fundamentals: null }, at },
      { roundId: 'a', questionId: 'q2', topics: [], overall: 3, dimensions: { debugging: 3 }, at },
      {
        roundId: 'b',
        questionId: 'q3',
        topics: [],
        overall: 4,
        dimensions: { debugging: 4 },
        at: new Date('2026-11-03T10:00:00Z'),
      },
    ]);
    expect(series).toEqual([
      { roundId: 'a', at: at.toISOString(), overall: 2.5, dimensions: { debugging: 2.5 } },
      { roundId: 'b', at: '2026-11-03T10:00:00.000Z', overall: 4, dimensions: { debugging: 4 } },
    ]);
  });
});
