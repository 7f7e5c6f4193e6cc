import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { rowsOf } from '../../db/repos/report-repo.js';
import { openDemoDb } from '../../test/db.js';
import { eventually } from '../../test/nodes.js';
import { startSummaryRefresher } from './summary-refresher.js';

// Submissions queue their interviews' report summaries; the refresher every node runs rewrites
// them in the background, so the queue does not wait for someone to open a report.
describe('summary refresher', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openDemoDb();
  });
  afterAll(async () => handle?.close());

  const count = async (table: string) =>
    (await rowsOf<{ n: number }>(handle.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ?? 0;

  it('empties the queue the demo submissions left, and summarises their scorecards', async () => {
    expect(await count('summary_refresh_queue')).toBeGreaterThan(0);
    const submitted = (
      await rowsOf<{ n: number }>(handle.db, sql`select count(*)::int as n from scorecards where status = 'submitted'`)
    )[0]?.n;
    const errors: unknown[] = [];
    const refresher = startSummaryRefresher({ db: handle.db, log: { error: (e) => errors.push(e) }, intervalMs: 10 });
    try {
      expect(await eventually(async () => (await count('summary_refresh_queue')) === 0)).toBe(true);
    } finally {
      await refresher.stop();
    }
    expect(errors).toEqual([]);
    expect(await count('scorecard_summaries')).toBe(submitted);
  });
});
