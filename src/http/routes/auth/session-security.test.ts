import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed } from '../../../services/demo/seed-demo.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { seedOrg, signInAs, userWith } from '../../../test/seed.js';

// Session fixation, rotation, CSRF side effects and the audit of every sign-in attempt.
// Cookie flags, sign-out and expiry are covered in routes.test.ts; password resets ending
// sessions in password-reset.test.ts.

let t: TestApp;
let org: DemoSeed;
beforeAll(async () => {
  t = await createTestApp({ CALIPER_LOGIN_MAX_FAILURES: '2' });
  org = await seedOrg(t, 'Session Org');
});
afterAll(async () => t.close());

const login = (payload: object, cookie?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers: cookie ? { cookie } : {} });
const sessionOf = (cookie: string) => t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
const cookieFrom = (res: Awaited<ReturnType<typeof login>>) => {
  const value = res.cookies.find((c) => c.name === 'caliper_session')?.value;
  if (!value) throw new Error('no session cookie');
  return `caliper_session=${value}`;
};

describe('session fixation', () => {
  it('never adopts a cookie value chosen before sign-in', async () => {
    const admin = userWith(org, 'admin');
    const planted = 'caliper_session=attacker-chosen-value-0123456789abcdefghijklmnop';
    const res = await login({ email: admin.email, password: admin.password }, planted);
    expect(res.statusCode).toBe(200);
    const issued = cookieFrom(res);
    expect(issued).not.toBe(planted);
    expect((await sessionOf(planted)).statusCode).toBe(401);
    expect((await sessionOf(issued)).json().user.id).toBe(admin.id);
  });

  it("ends the attacker's own session when a victim signs in on a browser it was planted in", async () => {
    const attacker = await signInAs(t, userWith(org, 'recruiter'));
    const victim = userWith(org, 'hiring_manager');
    const res = await login({ email: victim.email, password: victim.password }, attacker.cookie);
    const issued = cookieFrom(res);
    expect(issued).not.toBe(attacker.cookie);
    // The planted cookie neither follows the victim nor keeps working for the attacker.
    expect((await sessionOf(attacker.cookie)).statusCode).toBe(401);
    expect((await sessionOf(issued)).json().user.id).toBe(victim.id);
  });

  it('rotates the session id and CSRF token when someone signed in signs in again', async () => {
    const admin = userWith(org, 'admin');
    const before = await signInAs(t, admin);
    const res = await login({ email: admin.email, password: admin.password }, before.cookie);
    const after = cookieFrom(res);
    expect(after).not.toBe(before.cookie);
    expect(res.json().csrfToken).not.toBe(before.csrf);
    expect((await sessionOf(before.cookie)).statusCode).toBe(401);
    expect((await sessionOf(after)).statusCode).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a cookie write without or with a wrong token and changes nothing', async () => {
    const admin = userWith(org, 'admin');
    const mine = await signInAs(t, admin);
    const someoneElses = await signInAs(t, userWith(org, 'recruiter'));
    const payload = { email: 'csrf-victim@example.com', name: 'Mallory', role: 'admin', password: 'chosen by mallory' };
    for (const headers of [
      { cookie: mine.cookie },
      { cookie: mine.cookie, 'x-csrf-token': 'forged' },
      // A real token, but another session's: tokens are bound to their session.
      { cookie: mine.cookie, 'x-csrf-token': someoneElses.csrf },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/members', headers, payload });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('csrf_failed');
    }
    expect((await login({ email: payload.email, password: payload.password })).statusCode).toBe(401);
    const members = await t.app.inject({ url: '/api/v1/members?limit=100', headers: { cookie: mine.cookie } });
    expect(members.json().items.map((m: { email: string }) => m.email)).not.toContain(payload.email);
  });

  it('does not let a cross-site request sign someone out', async () => {
    const { cookie } = await signInAs(t, userWith(org, 'interviewer'));
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect((await sessionOf(cookie)).statusCode).toBe(200);
  });
});

describe('audit of sign-in attempts', () => {
  const authEntries = async () =>
    t.handle.db.query.auditLog.findMany({
      where: (a, { like }) => like(a.action, 'auth.sign_in%'),
      orderBy: (a, { asc }) => asc(a.id),
    });

  it('writes one entry for every attempt: success, wrong password, unknown email and blocked', async () => {
    const victim = userWith(org, 'interviewer');
    const before = (await authEntries()).length;
    const answers = [
      (await login({ email: victim.email, password: victim.password })).statusCode,
      (await login({ email: victim.email, password: 'wrong password 1' })).statusCode,
      (await login({ email: 'nobody@example.com', password: 'whatever it is' })).statusCode,
      (await login({ email: victim.email, password: 'wrong password 2' })).statusCode,
      (await login({ email: victim.email, password: victim.password })).statusCode,
    ];
    expect(answers).toEqual([200, 401, 401, 401, 429]);
    const added = (await authEntries()).slice(before);
    expect(added.map((a) => a.action)).toEqual([
      'auth.sign_in',
      'auth.sign_in_failed',
      'auth.sign_in_failed',
      'auth.sign_in_failed',
      'auth.sign_in_blocked',
    ]);
    expect(added[0]).toMatchObject({ orgId: org.org.id, actorUserId: victim.id });
    expect(added[1]).toMatchObject({ actorUserId: victim.id, payload: { email: victim.email } });
    expect(added[2]).toMatchObject({ actorUserId: null, payload: { email: 'nobody@example.com' } });
    for (const entry of added) expect(entry.payload).toHaveProperty('ip');
    // Nothing secret is written down.
    expect(JSON.stringify(added)).not.toContain('wrong password');
    expect(JSON.stringify(added)).not.toContain(victim.password);
  });
});
