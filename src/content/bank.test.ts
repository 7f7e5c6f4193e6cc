import { describe, expect, it } from 'vitest';
import { lintQuestions } from '../domain/bank/lint.js';
import { ZQuestion } from '../shared/schemas/question.js';
import { CATEGORIES, LEVELS, type Topic } from '../shared/schemas/vocabulary.js';
import { loadBuiltInBank } from './load-bank.js';

const bank = loadBuiltInBank();

/** Word sets for a rough near-duplicate check between question texts. */
const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

describe('the built-in bank', () => {
  it('has at least 100 questions, 15 per category and 20 per level', () => {
    expect(bank.length).toBeGreaterThanOrEqual(100);
    for (const c of CATEGORIES) expect(bank.filter((q) => q.category === c).length, c).toBeGreaterThanOrEqual(15);
    for (const l of LEVELS) expect(bank.filter((q) => q.levels.includes(l)).length, l).toBeGreaterThanOrEqual(20);
  });

  it('has every question complete against the schema, with a unique id', () => {
    for (const q of bank) expect(ZQuestion.safeParse(q).success, q.id).toBe(true);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
  });

  it('passes the lint as a complete bank: no forbidden questions, no unknown topics, nothing missing', () => {
    expect(lintQuestions(bank, { requireComplete: true })).toEqual([]);
  });

  it('ties every signal and follow-up together', () => {
    for (const q of bank) {
      const signalIds = new Set(q.lookFor.map((s) => s.id));
      expect(signalIds.size, `${q.id}: duplicate signal ids`).toBe(q.lookFor.length);
      for (const s of q.lookFor) expect(q.dimensions, `${q.id}/${s.id}`).toContain(s.dimension);
      for (const f of q.followUps)
        for (const target of f.targets) expect(signalIds.has(target), `${q.id}/${f.id} -> ${target}`).toBe(true);
      expect(
        q.followUps.some((f) => f.kind === 'failure'),
        `${q.id} needs a "what happens when that fails?" follow-up`,
      ).toBe(true);
    }
  });

  it('records source and licence on every question, and shares technical and situational questions in advance', () => {
    for (const q of bank) {
      expect(q.source, q.id).toBe('original');
      expect(q.license, q.id).toBe('MIT');
      expect(q.shareInAdvance, q.id).toBe(q.category === 'technical' || q.category === 'situational');
    }
  });

  it('writes strong answers that are fuller than weak ones', () => {
    for (const q of bank)
      expect(q.exampleAnswers.strong.length, q.id).toBeGreaterThan(q.exampleAnswers.weak.length * 1.5);
  });

  it('covers the topics a backend loop needs', () => {
    const topics = new Set(bank.flatMap((q) => q.topics));
    const needed: Topic[] = [
      'api-design',
      'api-versioning',
      'idempotency',
      'rate-limiting',
      'pagination',
      'authentication',
      'authorization',
      'security',
      'sql-vs-nosql',
      'indexing',
      'transactions',
      'data-modeling',
      'migrations',
      'caching',
      'queues',
      'consistency',
      'scaling',
      'load-balancing',
      'resilience',
      'observability',
      'debugging',
      'incidents',
      'production-ownership',
      'webhooks',
      'concurrency',
      'networking',
      'legacy-code',
      'code-review',
      'conflict',
      'decision-making',
      'ai-assistants',
      'customer-focus',
    ];
    for (const t of needed) {
      expect(topics.has(t), t).toBe(true);
    }
  });

  it('has production-ownership questions from mid level up', () => {
    const ownership = bank.filter((q) => q.topics.includes('production-ownership'));
    expect(ownership.length).toBeGreaterThanOrEqual(6);
    for (const l of ['mid', 'senior', 'staff'] as const)
      expect(
        ownership.some((q) => q.levels.includes(l)),
        l,
      ).toBe(true);
  });

  it('has no two questions asking nearly the same thing', () => {
    const sets = bank.map((q) => ({ id: q.id, words: words(q.text) }));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        const a = sets[i];
        const b = sets[j];
        if (a && b) expect(jaccard(a.words, b.words), `${a.id} ~ ${b.id}`).toBeLessThan(0.6);
      }
    }
  });
});
