import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, testEngine } from '../test/db.js';
import type { DbHandle } from './client.js';
import { executeNamed } from './prepared.js';

describe(`named prepared statements (${testEngine})`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb();
  });
  afterAll(async () => handle?.close());

  it('answers with the statement’s rows, the same text with other parameters included', async () => {
    const square = (n: number) =>
      executeNamed<{ n: number }>(handle.db, 'test_square', sql`select ${n}::int * ${n}::int as n`);
    expect(await square(3)).toEqual([{ n: 9 }]);
    expect(await square(12)).toEqual([{ n: 144 }]);
  });

  it('on PostgreSQL the statement is prepared in the session that runs it', async () => {
    const rows = await executeNamed<{ name: string }>(
      handle.db,
      'test_probe',
      sql`select name from pg_prepared_statements`,
    );
    const names = rows.map((r) => r.name);
    if (testEngine === 'postgres') expect(names).toContain('test_probe');
    else expect(names).not.toContain('test_probe');
  });
});
