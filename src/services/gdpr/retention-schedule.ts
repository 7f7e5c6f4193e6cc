import type { Db } from '../../db/client.js';
import { runRetentionSweep } from './retention-sweep.js';

/** How often the server applies the retention policy. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/** Where sweep outcomes are logged (a Fastify/pino logger fits). */
export interface SweepLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Run the retention sweep every interval in the background. The timer is unref'd so it never
 * keeps a process alive; stop() clears it and waits for a sweep in progress, so the database
 * is not closed under it. Several nodes may each run one: erasing twice is a no-op.
 */
export function startRetentionSchedule(opts: { db: Db; log: SweepLog; now?: () => Date; intervalMs?: number }): {
  stop(): Promise<void>;
} {
  const now = opts.now ?? (() => new Date());
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = runRetentionSweep({ db: opts.db }, now())
      .then(
        (r) => {
          if (r.erased > 0) opts.log.info({ erased: r.erased }, 'retention sweep erased candidates');
        },
        (err: unknown) => opts.log.error({ err }, 'retention sweep failed'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, opts.intervalMs ?? RETENTION_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
