import type { Db } from '../../db/client.js';
import {
  type ClaimedDelivery,
  claimDueDeliveries,
  recordDelivered,
  recordFailed,
} from '../../db/repos/webhook-repo.js';
import { type BackoffPolicy, DEFAULT_BACKOFF, nextAttemptAt } from './backoff.js';
import { signatureHeader } from './sign.js';

/** Where the dispatcher reports problems (pino's logger fits). */
export interface DispatcherLog {
  warn(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

/** What a dispatcher is built from; everything with a side effect is injectable. */
export interface DispatcherOptions {
  db: Db;
  now: () => Date;
  fetchImpl?: typeof fetch;
  /** [0, 1) source for backoff jitter. */
  random?: () => number;
  /** Deliveries claimed per run. */
  batch?: number;
  /** Pause between runs of the timer loop when there was nothing more to do. */
  intervalMs?: number;
  /** How long a claim lasts; must comfortably exceed the request timeout. */
  leaseMs?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  log?: DispatcherLog;
}

/** Sends due webhook deliveries from the outbox. */
export interface Dispatcher {
  /** Claim one batch of due deliveries and attempt each once. */
  runOnce(): Promise<{ sent: number; failed: number }>;
  /** Run in the background until stop(); the timer never keeps the process alive. */
  start(): void;
  /** Stop the loop and wait for the run in flight, if any. */
  stop(): Promise<void>;
}

/** The User-Agent every delivery carries. */
export const USER_AGENT = 'Caliper-Webhooks/1';

const MAX_ERROR_LENGTH = 500;

/** The JSON body of a delivery: the same bytes on every retry, so receivers can compare. */
export function deliveryBody(event: ClaimedDelivery['event']): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    createdAt: event.createdAt.toISOString(),
    data: event.payload,
  });
}

/** A one-line description of why a request failed, without a stack. */
function describeError(e: unknown, timeoutMs: number): string {
  if (e instanceof Error) {
    if (e.name === 'AbortError' || e.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
    const cause = e.cause instanceof Error ? e.cause : undefined;
    const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
    const detail = cause ? `: ${code ?? cause.message}` : '';
    return `${e.message}${detail}`.slice(0, MAX_ERROR_LENGTH);
  }
  return String(e).slice(0, MAX_ERROR_LENGTH);
}

/**
 * A webhook dispatcher over the transactional outbox. Each run claims due deliveries (a lease
 * that other dispatchers skip and that runs out if this process dies), POSTs each once with an
 * HMAC-SHA256 signature and the event id, and records the outcome: 2xx is delivered, anything
 * else (status, network error, timeout) is retried with exponential backoff and full jitter until
 * the attempts are used up. Delivery is at least once; receivers de-duplicate by Caliper-Event-Id.
 */
export function createDispatcher(opts: DispatcherOptions): Dispatcher {
  const fetchImpl = opts.fetchImpl ?? globalThis.fetch;
  const random = opts.random ?? Math.random;
  const batch = opts.batch ?? 20;
  const intervalMs = opts.intervalMs ?? 1_000;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const leaseMs = opts.leaseMs ?? 60_000;
  const policy = opts.backoff ?? DEFAULT_BACKOFF;
  if (leaseMs <= timeoutMs) throw new RangeError('leaseMs must exceed timeoutMs, or a slow send could be sent twice');

  /** POST one delivery; returns the HTTP status, or throws on a network error or timeout. */
  async function post(d: ClaimedDelivery): Promise<number> {
    const body = deliveryBody(d.event);
    const timestamp = Math.floor(opts.now().getTime() / 1000);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetchImpl(d.endpoint.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Caliper-Event-Id': d.event.id,
          'Caliper-Event-Type': d.event.type,
          'Caliper-Signature': signatureHeader(d.endpoint.secret, timestamp, body),
          'User-Agent': USER_AGENT,
        },
        body,
        // A redirect is not a delivery: the signed request goes to the registered URL only.
        redirect: 'manual',
        signal: controller.signal,
      });
      // The body is not needed; release the connection.
      await res.body?.cancel().catch(() => {});
      return res.status;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Attempt one delivery and record the outcome; true when delivered. */
  async function attempt(d: ClaimedDelivery): Promise<boolean> {
    let statusCode: number | null = null;
    let error: string;
    try {
      statusCode = await post(d);
      if (statusCode >= 200 && statusCode < 300) {
        await recordDelivered(opts.db, { id: d.id, at: opts.now(), statusCode });
        return true;
      }
      error = `HTTP ${statusCode}`;
    } catch (e) {
      error = describeError(e, timeoutMs);
    }
    const at = opts.now();
    const retryAt = nextAttemptAt(at, d.attempts + 1, random, policy);
    const held = await recordFailed(opts.db, { id: d.id, leaseUntil: d.leaseUntil, at, statusCode, error, retryAt });
    if (!retryAt && held) {
      opts.log?.warn({ deliveryId: d.id, eventId: d.event.id, endpointId: d.endpoint.id, error }, 'webhook failed');
    }
    return false;
  }

  async function runOnce(): Promise<{ sent: number; failed: number }> {
    const now = opts.now();
    const claimed = await claimDueDeliveries(opts.db, {
      now,
      leaseUntil: new Date(now.getTime() + leaseMs),
      limit: batch,
    });
    const outcomes = await Promise.allSettled(claimed.map(attempt));
    let sent = 0;
    let failed = 0;
    for (const [i, o] of outcomes.entries()) {
      if (o.status === 'fulfilled' && o.value) sent++;
      else failed++;
      if (o.status === 'rejected') {
        // Recording the outcome failed (database trouble): the lease runs out and it is retried.
        opts.log?.error({ err: o.reason, deliveryId: claimed[i]?.id }, 'webhook outcome not recorded');
      }
    }
    return { sent, failed };
  }

  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> | undefined;

  function schedule(delayMs: number): void {
    if (!running) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  }

  function tick(): void {
    timer = undefined;
    const run = runOnce().then(
      ({ sent, failed }) => sent + failed >= batch,
      (err: unknown) => {
        opts.log?.error({ err }, 'webhook dispatch failed');
        return false;
      },
    );
    inFlight = run;
    void run.then((more) => {
      inFlight = undefined;
      // A full batch means more may be due: go again at once.
      schedule(more ? 0 : intervalMs);
    });
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
  };
}
