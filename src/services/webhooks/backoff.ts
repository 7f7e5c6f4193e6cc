/** When a failed delivery is tried again. */
export interface BackoffPolicy {
  /** The ceiling of the first wait, in milliseconds. */
  baseMs: number;
  /** How much the ceiling grows per failed attempt. */
  factor: number;
  /** The largest ceiling, in milliseconds. */
  capMs: number;
  /** Attempts in all (the first included); after the last failure the delivery is failed. */
  maxAttempts: number;
}

/**
 * 5 s, doubling, capped at an hour, 96 attempts: with full jitter about two days of retries on
 * average, so a receiver that is down for a day or two still loses nothing.
 */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, factor: 2, capMs: 60 * 60_000, maxAttempts: 96 };

/**
 * The wait after the `failures`-th failed attempt (1 = the first failure): exponential with full
 * jitter, a uniformly random share of min(cap, base * factor^(failures-1)), so many deliveries
 * that failed together do not retry together. `random` returns [0, 1) and is injected so tests
 * are deterministic.
 */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  if (!Number.isInteger(failures) || failures < 1) throw new RangeError('failures must be a positive integer');
  const ceiling = Math.min(policy.capMs, policy.baseMs * policy.factor ** (failures - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * When to try again after `failures` failed attempts, or null when the attempts are used up and
 * the delivery is to be marked failed.
 */
export function nextAttemptAt(
  now: Date,
  failures: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): Date | null {
  if (failures >= policy.maxAttempts) return null;
  return new Date(now.getTime() + backoffDelay(failures, random, policy));
}
