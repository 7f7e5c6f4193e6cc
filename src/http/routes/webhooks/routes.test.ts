import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEvent, type WebhookEvent } from '../../../db/repos/outbox-repo.js';
import type { DemoSeed } from '../../../services/demo/seed-demo.js';
import { createDispatcher } from '../../../services/webhooks/dispatcher.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let a: DemoSeed;
let b: DemoSeed;
beforeAll(async () => {
  t = await createTestApp();
  // Deliveries are due from the database's now(); keep the injected clock ahead of it.
  t.clock.advance(60_000);
  a = await seedOrg(t, 'Org A');
  b = await seedOrg(t, 'Org B');
});
afterAll(async () => t.close());

const URL_A = 'https://ats.example.com/hooks/caliper';

async function create(org: DemoSeed, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: bearer(userWith(org, 'admin')), payload });
}

async function createOk(org: DemoSeed, url = URL_A, events: WebhookEvent[] = ['decision.made']) {
  const res = await create(org, { url, events });
  expect(res.statusCode).toBe(201);
  return res.json() as {
    id: string;
    url: string;
    events: string[];
    active: boolean;
    createdAt: string;
    secret: string;
  };
}

function enqueue(org: DemoSeed, type: WebhookEvent, payload: Record<string, unknown>) {
  return t.handle.db.transaction((tx) => enqueueEvent(tx, { orgId: org.org.id, type, payload }));
}

describe('registering endpoints', () => {
  it('returns the endpoint with a signing secret once; listing never shows it again', async () => {
    const created = await createOk(a, URL_A, ['scorecard.submitted', 'decision.made', 'decision.made']);
    expect(created).toMatchObject({ url: URL_A, active: true, events: ['scorecard.submitted', 'decision.made'] });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(created.createdAt).toEqual(expect.any(String));

    const list = await t.app.inject({ url: '/api/v1/webhooks', headers: bearer(userWith(a, 'admin')) });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.secret);
    const item = list.json().items.find((x: { id: string }) => x.id === created.id);
    expect(item).toEqual({
      id: created.id,
      url: URL_A,
      events: created.events,
      active: true,
      createdAt: created.createdAt,
    });
  });

  it('accepts plain http (a loopback receiver, a private network) and gives each endpoint its own secret', async () => {
    const one = await createOk(a, 'http://127.0.0.1:9999/hook');
    const two = await createOk(a, 'http://127.0.0.1:9999/hook');
    expect(one.secret).not.toBe(two.secret);
  });

  it('refuses a URL that is not http(s), naming the field', async () => {
    for (const url of ['ftp://ats.example.com/x', 'not a url', 'javascript:alert(1)', 'file:///etc/passwd', '', 42]) {
      const res = await create(a, { url, events: ['decision.made'] });
      expect(res.statusCode, String(url)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.details[0].path).toBe('body.url');
    }
    const long = await create(a, { url: `https://a.example/${'x'.repeat(2000)}`, events: ['decision.made'] });
    expect(long.statusCode).toBe(400);
  });

  it('refuses unknown, missing or empty event types, naming the field', async () => {
    const unknown = await create(a, { url: URL_A, events: ['decision.made', 'candidate.hired'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.events.1');
    expect(unknown.json().error.message).toContain('scorecard.submitted');
    const empty = await create(a, { url: URL_A, events: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].path).toBe('body.events');
    const missing = await create(a, { url: URL_A });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('body.events');
  });

  it('honours Idempotency-Key on create', async () => {
    const headers = { ...bearer(userWith(a, 'admin')), 'idempotency-key': 'webhook-once' };
    const payload = { url: 'https://once.example.com/h', events: ['decision.made'] };
    const one = await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers, payload });
    const two = await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers, payload });
    expect(one.statusCode).toBe(201);
    expect(two.json().id).toBe(one.json().id);
    const list = (await t.app.inject({ url: '/api/v1/webhooks', headers: bearer(userWith(a, 'admin')) })).json();
    expect(list.items.filter((x: { url: string }) => x.url === payload.url)).toHaveLength(1);
  });
});

describe('permissions and organisation scoping', () => {
  it('lets only admins register, list, remove and read the log', async () => {
    const own = await createOk(a);
    for (const role of ['hiring_manager', 'recruiter', 'interviewer'] as const) {
      const headers = bearer(userWith(a, role));
      const requests = [
        { method: 'POST' as const, url: '/api/v1/webhooks', payload: { url: URL_A, events: ['decision.made'] } },
        { method: 'GET' as const, url: '/api/v1/webhooks' },
        { method: 'DELETE' as const, url: `/api/v1/webhooks/${own.id}` },
        { method: 'GET' as const, url: `/api/v1/webhooks/${own.id}/deliveries` },
      ];
      for (const req of requests) {
        const res = await t.app.inject({ ...req, headers });
        expect(res.statusCode, `${role} ${req.method} ${req.url}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
    expect((await t.app.inject({ url: '/api/v1/webhooks' })).statusCode).toBe(401);
  });

  it("answers 404 for another organisation's endpoint and never lists it", async () => {
    const theirs = await createOk(b, 'https://b.example.com/hook');
    const adminA = bearer(userWith(a, 'admin'));
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${theirs.id}`, headers: adminA });
    expect(del.statusCode).toBe(404);
    const log = await t.app.inject({ url: `/api/v1/webhooks/${theirs.id}/deliveries`, headers: adminA });
    expect(log.statusCode).toBe(404);
    const list = await t.app.inject({ url: '/api/v1/webhooks', headers: adminA });
    expect(list.json().items.map((x: { id: string }) => x.id)).not.toContain(theirs.id);
    const stillActive = (await t.app.inject({ url: '/api/v1/webhooks', headers: bearer(userWith(b, 'admin')) })).json();
    expect(stillActive.items.find((x: { id: string }) => x.id === theirs.id).active).toBe(true);
    const malformed = await t.app.inject({ url: '/api/v1/webhooks/not-a-uuid/deliveries', headers: adminA });
    expect(malformed.statusCode).toBe(400);
  });
});

describe('removing endpoints and the delivery log', () => {
  it('shows each delivery with its event, attempts and outcome, newest first, a page at a time', async () => {
    const org = await seedOrg(t, 'Org Log');
    const admin = bearer(userWith(org, 'admin'));
    const endpoint = await createOk(org, 'https://log.example.com/hook', ['scorecard.submitted', 'decision.made']);
    const first = await enqueue(org, 'scorecard.submitted', { scorecardId: 's1' });
    const second = await enqueue(org, 'decision.made', { decisionId: 'd1' });
    const third = await enqueue(org, 'decision.made', { decisionId: 'd2' });

    const pending = await t.app.inject({ url: `/api/v1/webhooks/${endpoint.id}/deliveries`, headers: admin });
    expect(pending.statusCode).toBe(200);
    expect(pending.json().items.map((l: { eventId: string }) => l.eventId)).toEqual([third, second, first]);
    expect(pending.json().items[2]).toMatchObject({
      eventId: first,
      eventType: 'scorecard.submitted',
      status: 'pending',
      attempts: 0,
      lastStatusCode: null,
      lastError: null,
      deliveredAt: null,
    });

    // A receiver that accepts decisions and refuses scorecards.
    const seen: string[] = [];
    const fetchImpl: typeof fetch = async (_url, init) => {
      const headers = new Headers(init?.headers);
      seen.push(headers.get('caliper-event-id') ?? '');
      return new Response(null, { status: headers.get('caliper-event-type') === 'decision.made' ? 204 : 410 });
    };
    const d = createDispatcher({ db: t.handle.db, now: () => t.clock.now, fetchImpl, random: () => 0 });
    await d.runOnce();
    expect(seen.sort()).toEqual([first, second, third].sort());

    const page1 = await t.app.inject({ url: `/api/v1/webhooks/${endpoint.id}/deliveries?limit=2`, headers: admin });
    const body1 = page1.json();
    expect(body1.items).toHaveLength(2);
    expect(body1.items[0]).toMatchObject({ eventId: third, status: 'delivered', attempts: 1, lastStatusCode: 204 });
    expect(body1.items[0].deliveredAt).toBe(t.clock.now.toISOString());
    expect(body1.nextCursor).toEqual(expect.any(String));
    const page2 = await t.app.inject({
      url: `/api/v1/webhooks/${endpoint.id}/deliveries?limit=2&cursor=${body1.nextCursor}`,
      headers: admin,
    });
    const body2 = page2.json();
    expect(body2.items).toHaveLength(1);
    expect(body2.items[0]).toMatchObject({
      eventId: first,
      status: 'pending',
      attempts: 1,
      lastStatusCode: 410,
      lastError: 'HTTP 410',
    });
    expect(body2.nextCursor).toBeNull();
    const bad = await t.app.inject({ url: `/api/v1/webhooks/${endpoint.id}/deliveries?cursor=abc`, headers: admin });
    expect(bad.statusCode).toBe(400);

    // Removing the endpoint gives up what is pending, keeps the log, and stops new events.
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${endpoint.id}`, headers: admin });
    expect(del.statusCode).toBe(204);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${endpoint.id}`, headers: admin });
    expect(again.statusCode).toBe(404);
    await enqueue(org, 'decision.made', { decisionId: 'd3' });
    t.clock.advance(3_600_000);
    seen.length = 0;
    await d.runOnce();
    expect(seen).toEqual([]);
    const after = (await t.app.inject({ url: `/api/v1/webhooks/${endpoint.id}/deliveries`, headers: admin })).json();
    expect(after.items).toHaveLength(3);
    expect(after.items[2]).toMatchObject({ eventId: first, status: 'failed', lastError: 'endpoint removed' });
    const listed = (await t.app.inject({ url: '/api/v1/webhooks', headers: admin })).json();
    expect(listed.items).toEqual([expect.objectContaining({ id: endpoint.id, active: false })]);
  });
});
