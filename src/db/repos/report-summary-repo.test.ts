import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb } from '../../test/db.js';
import { keptAndRebuilt } from '../../test/totals.js';
import type { DbHandle } from '../client.js';

// The running totals are kept at every submission, debrief, decision and demographics change;
// each migration that adds some builds them in one pass for databases that already hold data.
// Both must give the same rows.
const CASES = [
  { migration: '0007_question-totals.sql', tables: ['question_asked_totals', 'question_unit_totals'] },
  { migration: '0009_fairness-totals.sql', tables: ['fairness_stage_totals', 'fairness_interviewer_totals'] },
];

describe('running totals', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openDemoDb();
  });
  afterAll(async () => handle?.close());

  it.each(CASES)("$migration's backfill rebuilds exactly what the writers kept", async ({ migration, tables }) => {
    const { kept, rebuilt, statements } = await keptAndRebuilt(handle, migration, tables);
    expect(statements).toBe(tables.length);
    for (const rows of kept) expect(rows.length).toBeGreaterThan(0);
    expect(rebuilt).toEqual(kept);
  });
});
