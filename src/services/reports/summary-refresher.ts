import type { Db } from '../../db/client.js';
import { refreshQueuedSummaries } from '../../db/repos/summary-queue-repo.js';
import { startIntervalJob } from '../interval-job.js';

/** How often each node drains the queue of stale report summaries. */
export const SUMMARY_REFRESH_INTERVAL_MS = 1000;

/**
 * Keep the report summaries fresh in the background, so the queue stays short even when nobody
 * reads a report (a report drains what is left before it reads). Several nodes may each run
 * one: a drain takes its entries under row locks, and rewriting an interview twice changes
 * nothing.
 */
export function startSummaryRefresher(opts: {
  db: Db;
  log: { error(obj: object, msg: string): void };
  intervalMs?: number;
}): { stop(): Promise<void> } {
  return startIntervalJob(async () => {
    try {
      await refreshQueuedSummaries(opts.db);
    } catch (err) {
      opts.log.error({ err }, 'refreshing the report summaries failed');
    }
  }, opts.intervalMs ?? SUMMARY_REFRESH_INTERVAL_MS);
}
