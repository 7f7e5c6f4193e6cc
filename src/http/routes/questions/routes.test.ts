import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { buildQuestion } from '../../../test/factories.js';

let t: TestApp;
const bank = [
  buildQuestion({ id: 'q-idempotency', topics: ['idempotency'] }),
  buildQuestion({
    id: 'q-rate-limit',
    text: 'Design a rate limiter for a public API with per-tenant quotas and bursts.',
    topics: ['rate-limiting', 'api-design'],
    levels: ['senior', 'staff'],
  }),
  buildQuestion({
    id: 'q-outage',
    category: 'behavioural',
    text: 'Tell me about the dumbest outage you caused and what changed afterwards.',
    topics: ['incidents', 'production-ownership'],
    levels: ['mid', 'senior', 'staff'],
    shareInAdvance: false,
  }),
  buildQuestion({
    id: 'q-junior-bug',
    levels: ['junior'],
    text: 'This pagination endpoint skips one item per page. Find the bug.',
    topics: ['pagination', 'debugging'],
  }),
];
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now, bank);
});
afterAll(async () => t.close());

const list = async (qs: string) => {
  const res = await t.app.inject({ url: `/api/v1/questions${qs}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: { id: string; version: number }[]; nextCursor: string | null };
};

describe('GET /api/v1/questions', () => {
  it('lists the built-in bank to anyone, ordered by id', async () => {
    expect((await list('')).items.map((q) => q.id)).toEqual([
      'q-idempotency',
      'q-junior-bug',
      'q-outage',
      'q-rate-limit',
    ]);
  });

  it('filters by category, level and topic', async () => {
    expect((await list('?category=behavioural')).items.map((q) => q.id)).toEqual(['q-outage']);
    expect((await list('?level=junior')).items.map((q) => q.id)).toEqual(['q-junior-bug']);
    expect((await list('?topic=rate-limiting')).items.map((q) => q.id)).toEqual(['q-rate-limit']);
  });

  it('searches full text with stemming: "limiting quotas" finds the rate limiter', async () => {
    expect((await list('?q=limiting%20quotas')).items.map((q) => q.id)).toEqual(['q-rate-limit']);
    expect((await list('?q=outages')).items.map((q) => q.id)).toEqual(['q-outage']);
  });

  it('pages with an opaque cursor until the end', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((q) => q.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('rejects unknown filter values and bad cursors with 400', async () => {
    for (const qs of ['?category=gossip', '?level=intern', '?topic=Not_A_Topic', '?cursor=!!', '?limit=0']) {
      const res = await t.app.inject({ url: `/api/v1/questions${qs}` });
      expect(res.statusCode, qs).toBe(400);
    }
  });
});

describe('GET /api/v1/questions/:id and bank versioning', () => {
  it('returns the whole question, and 404 for an unknown id', async () => {
    const res = await t.app.inject({ url: '/api/v1/questions/q-outage' });
    expect(res.statusCode).toBe(200);
    expect(res.json().lookFor).toHaveLength(3);
    expect(res.json().builtIn).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/questions/nope' })).statusCode).toBe(404);
  });

  it('is idempotent, versions a changed question and retires a removed one', async () => {
    const again = await syncBuiltInBank(t.handle.db, t.clock.now, bank);
    expect(again).toEqual({ added: 0, updated: 0, retired: 0, unchanged: 4 });
    const changed = bank
      .map((q) => (q.id === 'q-outage' ? { ...q, minutes: 20 } : q))
      .filter((q) => q.id !== 'q-junior-bug');
    expect(await syncBuiltInBank(t.handle.db, t.clock.now, changed)).toEqual({
      added: 0,
      updated: 1,
      retired: 1,
      unchanged: 2,
    });
    const outage = (await t.app.inject({ url: '/api/v1/questions/q-outage' })).json();
    expect(outage.version).toBe(2);
    expect(outage.minutes).toBe(20);
    expect((await list('')).items.map((q) => q.id)).not.toContain('q-junior-bug');
  });
});
