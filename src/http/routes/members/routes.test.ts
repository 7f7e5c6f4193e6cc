import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed } from '../../../services/demo/seed-demo.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let a: DemoSeed;
let b: DemoSeed;
beforeAll(async () => {
  t = await createTestApp();
  a = await seedOrg(t, 'Org A');
  b = await seedOrg(t, 'Org B');
});
afterAll(async () => t.close());

const newMember = (email: string) => ({ email, name: 'New Person', role: 'interviewer', password: 'a-long-password' });

describe('organisation scoping', () => {
  it('lists only the caller organisation members, with cursor pagination', async () => {
    const admin = userWith(a, 'admin');
    const first = await t.app.inject({ url: '/api/v1/members?limit=4', headers: bearer(admin) });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(4);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = (
      await t.app.inject({ url: `/api/v1/members?limit=4&cursor=${page1.nextCursor}`, headers: bearer(admin) })
    ).json();
    const ids = [...page1.items, ...page2.items].map((m: { id: string }) => m.id);
    expect(new Set(ids)).toEqual(new Set(a.users.map((u) => u.id)));
    expect(page2.nextCursor).toBeNull();
  });

  it("never returns another organisation's member, even by id", async () => {
    const res = await t.app.inject({
      url: `/api/v1/members/${userWith(b, 'admin').id}`,
      headers: bearer(userWith(a, 'admin')),
    });
    expect(res.statusCode).toBe(404);
    const own = await t.app.inject({
      url: `/api/v1/members/${userWith(a, 'recruiter').id}`,
      headers: bearer(userWith(a, 'admin')),
    });
    expect(own.json().email).toBe(userWith(a, 'recruiter').email);
  });

  it('rejects a cursor it did not issue', async () => {
    const res = await t.app.inject({ url: '/api/v1/members?cursor=%%%', headers: bearer(userWith(a, 'admin')) });
    expect(res.statusCode).toBe(400);
  });
});

describe('adding members', () => {
  it('lets only admins add members', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers: bearer(userWith(a, 'interviewer')),
      payload: newMember('x1@example.com'),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('adds a member who can then sign in; a duplicate is a 409', async () => {
    const admin = userWith(a, 'admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers: bearer(admin),
      payload: newMember('x2@example.com'),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().role).toBe('interviewer');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'x2@example.com', password: 'a-long-password' },
    });
    expect(login.statusCode).toBe(200);
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers: bearer(admin),
      payload: newMember('x2@example.com'),
    });
    expect(dup.statusCode).toBe(409);
  });

  it('honours Idempotency-Key: the same key returns the same member once; another body with it is a 422', async () => {
    const admin = userWith(a, 'admin');
    const headers = { ...bearer(admin), 'idempotency-key': 'add-x3-once' };
    const one = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers,
      payload: newMember('x3@example.com'),
    });
    const two = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers,
      payload: newMember('x3@example.com'),
    });
    expect(one.statusCode).toBe(201);
    expect(two.statusCode).toBe(201);
    expect(two.json()).toEqual(one.json());
    expect(two.headers['idempotent-replayed']).toBe('true');
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers,
      payload: newMember('x4@example.com'),
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('idempotency_key_reused');
    // Keys are per user: another admin's identical key is independent.
    const otherOrg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers: { ...bearer(userWith(b, 'admin')), 'idempotency-key': 'add-x3-once' },
      payload: newMember('x5@example.com'),
    });
    expect(otherOrg.statusCode).toBe(201);
  });

  it('lets a client retry with the same key after a failed request', async () => {
    const admin = userWith(a, 'admin');
    const headers = { ...bearer(admin), 'idempotency-key': 'retry-after-fix' };
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers,
      payload: { ...newMember('x6@example.com'), password: 'short' },
    });
    expect(bad.statusCode).toBe(400);
    const dupFail = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers: { ...bearer(admin), 'idempotency-key': 'dup-then-fix' },
      payload: newMember('x2@example.com'),
    });
    expect(dupFail.statusCode).toBe(409);
    const fixed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers: { ...bearer(admin), 'idempotency-key': 'dup-then-fix' },
      payload: newMember('x7@example.com'),
    });
    expect(fixed.statusCode).toBe(201);
  });
});
