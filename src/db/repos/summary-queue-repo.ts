/**
 * The queue of interviews whose report summaries are stale. A submission only queues its
 * interview, in its own transaction, instead of rewriting the summaries and running totals
 * there: those totals are shared by every submission to a role, so rewriting them inline made
 * submissions to one role wait for each other. The queue is drained in batches by a background
 * loop on every node, and by every report before it reads, so a report always includes every
 * submission committed before it was asked for.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { rowsOf } from './report-repo.js';
import { refreshReportSummaries } from './report-summary-repo.js';

type Conn = Db | Tx;

/**
 * Queue an interview's summaries for a rewrite (`from`: a FROM clause whose rows, if any, decide
 * whether to). If a drain holds the interview's entry, this
 * waits for it and queues again: DO UPDATE, unlike DO NOTHING, cannot be lost to an entry that
 * is being deleted by a drain which started before this transaction's changes were committed.
 */
export function queueSummaryRefreshStatement(orgId: string, interviewId: string, from: SQL = sql``): SQL {
  return sql`insert into summary_refresh_queue (interview_id, org_id) select ${interviewId}::uuid, ${orgId}::uuid ${from}
    on conflict (interview_id) do update set queued_at = now()`;
}

/** Queue an interview's summaries for a rewrite, in the caller's transaction. */
export async function queueSummaryRefresh(db: Conn, orgId: string, interviewId: string): Promise<void> {
  await db.execute(queueSummaryRefreshStatement(orgId, interviewId));
}

/**
 * Rewrite the summaries of up to `batch` queued interviews (`org`: the filter choosing whose) in
 * one transaction, taking them off the queue; how many there were.
 */
async function drainBatch(db: Db, org: SQL, batch: number): Promise<number> {
  return db.transaction(async (tx) => {
    const taken = await rowsOf<{ interview_id: string }>(
      tx,
      sql`delete from summary_refresh_queue where interview_id in (
            select interview_id from summary_refresh_queue ${org} order by interview_id limit ${batch} for update
          ) returning interview_id`,
    );
    await refreshReportSummaries(
      tx,
      taken.map((r) => r.interview_id),
    );
    return taken.length;
  });
}

/**
 * Drain the queue (one organisation's entries, or everyone's) until it is empty; how many
 * interviews were refreshed. Cheap when there is nothing to do: one indexed probe.
 */
export async function refreshQueuedSummaries(db: Db, orgId?: string, batch = 200): Promise<number> {
  const org = orgId ? sql`where org_id = ${orgId}` : sql``;
  const [pending] = await rowsOf<{ queued: boolean }>(
    db,
    sql`select exists (select 1 from summary_refresh_queue ${org}) as queued`,
  );
  if (!pending?.queued) return 0;
  let total = 0;
  for (;;) {
    const n = await drainBatch(db, org, batch);
    total += n;
    if (n < batch) return total;
  }
}
