import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEvent, type WebhookEvent } from '../../db/repos/outbox-repo.js';
import { claimDueDeliveries, recordFailed } from '../../db/repos/webhook-repo.js';
import { outboxEvents, webhookDeliveries } from '../../db/schema-scorecards.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { bearer, seedOrg, userWith } from '../../test/seed.js';
import type { DemoSeed, DemoUser } from '../demo/seed-demo.js';
import { createDispatcher, type Dispatcher, type DispatcherOptions, USER_AGENT } from './dispatcher.js';
import { verifySignature } from './sign.js';

/** What the receiver does with the next request: answer 500, drop the connection, or accept. */
type Behaviour = 'fail500' | 'drop' | 'ok';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  behaviour: Behaviour;
}

/** A real HTTP receiver on loopback, scriptable per request, that can go down and come back. */
class Receiver {
  readonly requests: Received[] = [];
  /** Behaviours for the next requests, in order; after them every request is accepted. */
  script: Behaviour[] = [];
  /** Wait before answering (to make concurrent senders overlap, or to trip the timeout). */
  delayMs = 0;
  private server: Server | undefined;
  private port = 0;

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const behaviour = this.script.shift() ?? 'ok';
        this.requests.push({
          path: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
          behaviour,
        });
        setTimeout(() => {
          if (behaviour === 'drop') req.socket.destroy();
          else if (behaviour === 'fail500') res.writeHead(500).end('boom');
          else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        }, this.delayMs);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Go down: refuse connections until start() again (on the same port). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Accepted requests per event id. */
  acceptedByEvent(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.requests) {
      if (r.behaviour !== 'ok') continue;
      const id = String(r.headers['caliper-event-id']);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}

interface DeliveryLine {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string;
  deliveredAt: string | null;
}

let t: TestApp;
const receivers: Receiver[] = [];
beforeAll(async () => {
  t = await createTestApp();
  // New deliveries are due from the database's own now(); keep the injected clock ahead of it.
  t.clock.advance(60_000);
});
afterEach(async () => {
  for (const r of receivers.splice(0)) await r.stop();
});
afterAll(async () => t.close());

const HALF = () => 0.5;

function dispatcher(opts: Partial<DispatcherOptions> = {}): Dispatcher {
  return createDispatcher({ db: t.handle.db, now: () => t.clock.now, random: HALF, ...opts });
}

async function newReceiver(): Promise<Receiver> {
  const r = new Receiver();
  await r.start();
  receivers.push(r);
  return r;
}

/** Register an endpoint through the API, as an admin would. */
async function register(admin: DemoUser, url: string, events: WebhookEvent[]): Promise<{ id: string; secret: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/webhooks',
    headers: bearer(admin),
    payload: { url, events },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

/** Write an event the way a service does: inside the transaction that makes the change. */
function enqueue(org: DemoSeed, type: WebhookEvent, payload: Record<string, unknown>): Promise<string> {
  return t.handle.db.transaction((tx) => enqueueEvent(tx, { orgId: org.org.id, type, payload }));
}

async function deliveryLog(admin: DemoUser, endpointId: string): Promise<DeliveryLine[]> {
  const res = await t.app.inject({ url: `/api/v1/webhooks/${endpointId}/deliveries`, headers: bearer(admin) });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

/** Run until a run finds nothing due (only for receivers that accept). */
async function drain(d: Dispatcher): Promise<number> {
  let sent = 0;
  for (let i = 0; i < 50; i++) {
    const r = await d.runOnce();
    sent += r.sent;
    if (r.sent + r.failed === 0) return sent;
  }
  throw new Error('dispatcher did not drain');
}

let orgs = 0;
async function newOrg(): Promise<{ org: DemoSeed; admin: DemoUser }> {
  const org = await seedOrg(t, `Webhooks ${++orgs}`);
  return { org, admin: userWith(org, 'admin') };
}

describe('webhook dispatcher', () => {
  it('retries after a 500 and a dropped connection, with a stable event id and a valid signature each time', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    const endpoint = await register(admin, rx.url(), ['scorecard.submitted', 'decision.made']);
    rx.script = ['fail500', 'drop'];
    const d = dispatcher();
    const payload = { scorecardId: 'sc-1', interviewId: 'iv-1', recommendation: 4 };
    const eventId = await enqueue(org, 'scorecard.submitted', payload);

    expect(await d.runOnce()).toEqual({ sent: 0, failed: 1 });
    let [line] = await deliveryLog(admin, endpoint.id);
    expect(line).toMatchObject({ eventId, eventType: 'scorecard.submitted', status: 'pending', attempts: 1 });
    expect(line?.lastStatusCode).toBe(500);
    expect(line?.lastError).toBe('HTTP 500');
    // Full jitter with random 0.5: half of the 5 s ceiling.
    expect(line?.nextAttemptAt).toBe(new Date(t.clock.now.getTime() + 2_500).toISOString());

    // Not due yet: nothing is sent.
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 0 });
    t.clock.advance(2_500);
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 1 });
    [line] = await deliveryLog(admin, endpoint.id);
    expect(line).toMatchObject({ status: 'pending', attempts: 2, lastStatusCode: null });
    expect(line?.lastError).toMatch(/fetch failed/);
    expect(line?.nextAttemptAt).toBe(new Date(t.clock.now.getTime() + 5_000).toISOString());

    t.clock.advance(5_000);
    expect(await d.runOnce()).toEqual({ sent: 1, failed: 0 });
    [line] = await deliveryLog(admin, endpoint.id);
    expect(line).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200, lastError: null });
    expect(line?.deliveredAt).toBe(t.clock.now.toISOString());

    expect(rx.requests.map((r) => r.behaviour)).toEqual(['fail500', 'drop', 'ok']);
    for (const r of rx.requests) {
      expect(r.path).toBe('/hook');
      expect(r.headers['caliper-event-id']).toBe(eventId);
      expect(r.headers['caliper-event-type']).toBe('scorecard.submitted');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['user-agent']).toBe(USER_AGENT);
      const header = String(r.headers['caliper-signature']);
      expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifySignature({ secret: endpoint.secret, header, body: r.body, now: t.clock.now })).toBe(true);
      expect(verifySignature({ secret: 'whsec_wrong', header, body: r.body, now: t.clock.now })).toBe(false);
    }
    // The same bytes on every retry, so a receiver can compare or de-duplicate.
    expect(new Set(rx.requests.map((r) => r.body)).size).toBe(1);
    const body = JSON.parse(rx.requests[0]?.body ?? '{}');
    expect(body).toEqual({ id: eventId, type: 'scorecard.submitted', createdAt: expect.any(String), data: payload });

    const decisionId = await enqueue(org, 'decision.made', { decisionId: 'dc-1', outcome: 'hire' });
    expect(await drain(d)).toBe(1);
    expect(rx.acceptedByEvent()).toEqual(
      new Map([
        [eventId, 1],
        [decisionId, 1],
      ]),
    );
    const log = await deliveryLog(admin, endpoint.id);
    expect(log.map((l) => [l.eventId, l.eventType, l.status, l.attempts])).toEqual([
      [decisionId, 'decision.made', 'delivered', 1],
      [eventId, 'scorecard.submitted', 'delivered', 3],
    ]);
    // Nothing is ever sent again.
    t.clock.advance(24 * 3_600_000);
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(rx.requests).toHaveLength(4);
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    const endpoint = await register(admin, rx.url(), ['decision.made']);
    await expect(
      t.handle.db.transaction(async (tx) => {
        await enqueueEvent(tx, { orgId: org.org.id, type: 'decision.made', payload: { decisionId: 'rolled-back' } });
        throw new Error('the decision failed to save');
      }),
    ).rejects.toThrow('the decision failed to save');
    await drain(dispatcher());
    expect(rx.requests).toHaveLength(0);
    expect(await deliveryLog(admin, endpoint.id)).toEqual([]);
    expect(await t.handle.db.select().from(outboxEvents).where(eq(outboxEvents.orgId, org.org.id))).toEqual([]);
  });

  it('sends an endpoint only the event types it subscribed to', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    const all = await register(admin, rx.url('/all'), ['scorecard.submitted', 'decision.made']);
    const decisionsOnly = await register(admin, rx.url('/decisions'), ['decision.made']);
    const scorecard = await enqueue(org, 'scorecard.submitted', { scorecardId: 'sc-2' });
    const decision = await enqueue(org, 'decision.made', { decisionId: 'dc-2' });
    await drain(dispatcher());
    const seen = (path: string) =>
      rx.requests
        .filter((r) => r.path === path)
        .map((r) => r.headers['caliper-event-id'])
        .sort();
    expect(seen('/all')).toEqual([scorecard, decision].sort());
    expect(seen('/decisions')).toEqual([decision]);
    expect((await deliveryLog(admin, decisionsOnly.id)).map((l) => l.eventType)).toEqual(['decision.made']);
    expect(await deliveryLog(admin, all.id)).toHaveLength(2);
  });

  it('loses nothing while a receiver is down: deliveries stay pending and go out once it is back', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    const endpoint = await register(admin, rx.url(), ['scorecard.submitted', 'decision.made']);
    await rx.stop();
    const ids = [
      await enqueue(org, 'scorecard.submitted', { n: 1 }),
      await enqueue(org, 'scorecard.submitted', { n: 2 }),
      await enqueue(org, 'decision.made', { n: 3 }),
    ];
    const d = dispatcher();
    for (let i = 0; i < 6; i++) {
      expect(await d.runOnce()).toEqual({ sent: 0, failed: 3 });
      t.clock.advance(3_600_000);
    }
    for (const line of await deliveryLog(admin, endpoint.id)) {
      expect(line).toMatchObject({ status: 'pending', attempts: 6, lastStatusCode: null, deliveredAt: null });
      expect(line.lastError).toMatch(/ECONNREFUSED/);
    }

    await rx.start();
    expect(await drain(d)).toBe(3);
    expect(rx.acceptedByEvent()).toEqual(new Map(ids.map((id) => [id, 1])));
    for (const line of await deliveryLog(admin, endpoint.id)) {
      expect(line).toMatchObject({ status: 'delivered', attempts: 7, lastStatusCode: 200 });
    }
  });

  it('marks a delivery failed after the last attempt and stops trying', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    const endpoint = await register(admin, rx.url(), ['decision.made']);
    rx.script = ['fail500', 'fail500', 'fail500', 'fail500'];
    const d = dispatcher({ backoff: { baseMs: 1_000, factor: 2, capMs: 10_000, maxAttempts: 3 } });
    await enqueue(org, 'decision.made', { decisionId: 'dc-3' });
    for (let i = 0; i < 5; i++) {
      await d.runOnce();
      t.clock.advance(60_000);
    }
    expect(rx.requests).toHaveLength(3);
    const [line] = await deliveryLog(admin, endpoint.id);
    expect(line).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 500, deliveredAt: null });
  });

  it('times a slow receiver out and retries it', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    const endpoint = await register(admin, rx.url(), ['decision.made']);
    rx.delayMs = 2_000;
    const d = dispatcher({ timeoutMs: 100, leaseMs: 1_000 });
    const eventId = await enqueue(org, 'decision.made', { decisionId: 'dc-4' });
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 1 });
    const [line] = await deliveryLog(admin, endpoint.id);
    expect(line).toMatchObject({ status: 'pending', attempts: 1, lastError: 'timed out after 100 ms' });
    rx.delayMs = 0;
    t.clock.advance(60_000);
    expect(await drain(d)).toBe(1);
    expect(rx.requests.map((r) => r.headers['caliper-event-id'])).toEqual([eventId, eventId]);
  });

  it('retries a delivery whose dispatcher died mid-send once its lease runs out, and only then', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    const endpoint = await register(admin, rx.url(), ['decision.made']);
    const eventId = await enqueue(org, 'decision.made', { decisionId: 'dc-5' });
    // A dispatcher claims the delivery, then the process is killed before it records anything.
    const now = t.clock.now;
    const crashed = await claimDueDeliveries(t.handle.db, {
      now,
      leaseUntil: new Date(now.getTime() + 60_000),
      limit: 100,
    });
    const mine = crashed.find((c) => c.event.id === eventId);
    expect(mine).toBeDefined();

    const d = dispatcher();
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 0 });
    t.clock.advance(59_000);
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(rx.requests).toHaveLength(0);
    t.clock.advance(1_000);
    expect(await d.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(rx.acceptedByEvent()).toEqual(new Map([[eventId, 1]]));

    // The dead dispatcher's late report cannot overwrite the log.
    if (!mine) return;
    const late = await recordFailed(t.handle.db, {
      id: mine.id,
      leaseUntil: mine.leaseUntil,
      at: t.clock.now,
      statusCode: 502,
      error: 'late',
      retryAt: t.clock.now,
    });
    expect(late).toBe(false);
    const [line] = await deliveryLog(admin, endpoint.id);
    expect(line).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200 });
  });

  it('never sends the same delivery twice when two dispatchers run at once', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    rx.delayMs = 15;
    const endpoint = await register(admin, rx.url(), ['scorecard.submitted', 'decision.made']);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      ids.push(await enqueue(org, i % 2 ? 'decision.made' : 'scorecard.submitted', { n: i }));
    }
    const d1 = dispatcher({ batch: 6 });
    const d2 = dispatcher({ batch: 6 });
    let sent1 = 0;
    let sent2 = 0;
    for (let round = 0; round < 50; round++) {
      const [a, b] = await Promise.all([d1.runOnce(), d2.runOnce()]);
      sent1 += a.sent;
      sent2 += b.sent;
      expect(a.failed + b.failed).toBe(0);
      if (a.sent + b.sent === 0) break;
    }
    expect(sent1 + sent2).toBe(40);
    // Both did a share of the work; neither sent what the other had claimed.
    expect(sent1).toBeGreaterThan(0);
    expect(sent2).toBeGreaterThan(0);
    expect(rx.requests).toHaveLength(40);
    const counts = rx.acceptedByEvent();
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
    expect(Math.max(...counts.values())).toBe(1);
    const rows = await t.handle.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpoint.id));
    expect(rows.every((r) => r.status === 'delivered' && r.attempts === 1)).toBe(true);
  });

  it('runs in the background once started, and stop() waits for the run in flight', async () => {
    const { org, admin } = await newOrg();
    const rx = await newReceiver();
    await register(admin, rx.url(), ['decision.made']);
    const d = dispatcher({ intervalMs: 10 });
    d.start();
    d.start();
    const eventId = await enqueue(org, 'decision.made', { decisionId: 'dc-6' });
    const deadline = Date.now() + 10_000;
    while (!rx.acceptedByEvent().has(eventId) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await d.stop();
    expect(rx.acceptedByEvent().get(eventId)).toBe(1);
    // Stopped: a new event waits for the next dispatcher.
    const later = await enqueue(org, 'decision.made', { decisionId: 'dc-7' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rx.acceptedByEvent().has(later)).toBe(false);
    await drain(dispatcher());
    expect(rx.acceptedByEvent().get(later)).toBe(1);
  });
});
