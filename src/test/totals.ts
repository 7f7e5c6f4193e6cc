import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client.js';
import { refreshQueuedSummaries } from '../db/repos/summary-queue-repo.js';

type Row = Record<string, unknown>;

/** Every row of a totals table, in key order, with the float sums rounded. */
async function snapshot(handle: DbHandle, table: string): Promise<Row[]> {
  const result = await handle.db.execute(sql.raw(`select * from ${table} order by 1, 2, 3, 4, 5, 6, 7`));
  const rows = (result as unknown as { rows: Row[] }).rows;
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(9)) : v])),
  );
}

/** The backfill statements of a migration: its inserts after the `-- Backfill` comment. */
function backfillOf(migration: string): string[] {
  const text = readFileSync(new URL(`../db/migrations/${migration}`, import.meta.url), 'utf8');
  return text
    .slice(text.indexOf('-- Backfill'))
    .split('--> statement-breakpoint')
    .map((s) => s.replace(/^--.*$/gm, '').trim())
    .filter((s) => s.startsWith('insert'));
}

/** A running total that counts nothing (a key that no longer applies); a rebuild has none. */
function counts(row: Row): boolean {
  return !['asked', 'ratings', 'n'].some((column) => row[column] === 0);
}

/**
 * The running totals the writers kept in `tables` (after draining the summary queue) (without rows that count nothing), and the
 * same tables rebuilt from scratch by the migration's backfill, which replaces them.
 */
export async function keptAndRebuilt(
  handle: DbHandle,
  migration: string,
  tables: readonly string[],
): Promise<{ kept: Row[][]; rebuilt: Row[][]; statements: number }> {
  // What the writers keep includes the summaries submissions queued.
  await refreshQueuedSummaries(handle.db);
  const kept = await Promise.all(tables.map((t) => snapshot(handle, t)));
  const statements = backfillOf(migration);
  await handle.db.transaction(async (tx) => {
    for (const table of tables) await tx.execute(sql.raw(`delete from ${table}`));
    for (const statement of statements) await tx.execute(sql.raw(statement));
  });
  const rebuilt = await Promise.all(tables.map((t) => snapshot(handle, t)));
  return { kept: kept.map((rows) => rows.filter(counts)), rebuilt, statements: statements.length };
}
