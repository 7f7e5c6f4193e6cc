import type { Db } from '../../db/client.js';
import { startIntervalJob } from '../interval-job.js';
import { runRetentionSweep } from './retention-sweep.js';

/** How often the server applies the retention policy. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/** Where sweep outcomes are logged (a Fastify/pino logger fits). */
export interface SweepLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Run the retention sweep every interval in the background (startIntervalJob: never keeps the
 * process alive; stop() waits for a sweep in progress). Several nodes may each run one: erasing
 * twice is a no-op.
 */
export function startRetentionSchedule(opts: { db: Db; log: SweepLog; now?: () => Date; intervalMs?: number }): {
  stop(): Promise<void>;
} {
  const now = opts.now ?? (() => new Date());
  return startIntervalJob(async () => {
    try {
      const r = await runRetentionSweep({ db: opts.db }, now());
      if (r.erased > 0) opts.log.info({ erased: r.erased }, 'retention sweep erased candidates');
    } catch (err) {
      opts.log.error({ err }, 'retention sweep failed');
    }
  }, opts.intervalMs ?? RETENTION_INTERVAL_MS);
}
