import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../test/db.js';
import type { Db, DbHandle, Tx } from './client.js';
import { concurrently } from './concurrently.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => handle.close());

/** Two reads that each log when they start and end, so the test sees whether they overlapped. */
function loggedReads(db: Db | Tx, log: string[]) {
  const read = (name: string, value: number) => async () => {
    log.push(`${name} start`);
    const result = await db.execute(sql`select ${value}::int as v, pg_sleep(0.02)`);
    log.push(`${name} end`);
    return (result as unknown as { rows: { v: number }[] }).rows[0]?.v;
  };
  return [read('a', 1), read('b', 2)] as const;
}

describe('concurrently', () => {
  it('starts every read at once on the pool, with results in task order', async () => {
    const log: string[] = [];
    const [a, b] = await concurrently(handle.db, loggedReads(handle.db, log));
    expect([a, b]).toEqual([1, 2]);
    expect(log.slice(0, 2)).toEqual(['a start', 'b start']);
  });

  it('runs one read after another inside a transaction, whose one connection cannot overlap them', async () => {
    const log: string[] = [];
    const results = await handle.db.transaction(async (tx) => concurrently(tx, loggedReads(tx, log)));
    expect(results).toEqual([1, 2]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });
});
