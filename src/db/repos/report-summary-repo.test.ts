import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb } from '../../test/db.js';
import type { DbHandle } from '../client.js';

const MIGRATION = new URL('../migrations/0007_question-totals.sql', import.meta.url);
const TABLES = ['question_asked_totals', 'question_unit_totals'] as const;

/** Every row of a totals table, in key order, with the float sums rounded. */
async function snapshot(handle: DbHandle, table: (typeof TABLES)[number]): Promise<unknown[]> {
  const result = await handle.db.execute(sql.raw(`select * from ${table} order by 1, 2, 3, 4, 5, 6, 7`));
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(9)) : v])),
  );
}

// The question totals are kept at every submission, debrief and decision; the migration builds
// them in one pass for databases that already hold interviews. Both must give the same rows.
describe('question totals', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openDemoDb();
  });
  afterAll(async () => handle?.close());

  it("the migration's backfill rebuilds exactly what the writers kept", async () => {
    const kept = await Promise.all(TABLES.map((t) => snapshot(handle, t)));
    expect(kept[0]?.length).toBeGreaterThan(0);
    expect(kept[1]?.length).toBeGreaterThan(0);
    const migration = readFileSync(MIGRATION, 'utf8');
    const statements = migration
      .slice(migration.indexOf('-- Backfill'))
      .split('--> statement-breakpoint')
      .map((s) => s.replace(/^--.*$/gm, '').trim())
      .filter((s) => s.startsWith('insert'));
    expect(statements).toHaveLength(2);
    await handle.db.transaction(async (tx) => {
      for (const table of TABLES) await tx.execute(sql.raw(`delete from ${table}`));
      for (const statement of statements) await tx.execute(sql.raw(statement));
    });
    const rebuilt = await Promise.all(TABLES.map((t) => snapshot(handle, t)));
    // Running totals may keep zero rows of keys that no longer apply; the backfill has none.
    const live = kept.map((rows) =>
      rows.filter(
        (r) => (r as { asked?: number; ratings?: number }).asked !== 0 && (r as { ratings?: number }).ratings !== 0,
      ),
    );
    expect(rebuilt).toEqual(live);
  });
});
