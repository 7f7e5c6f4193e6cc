import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed } from '../../../services/demo/seed-demo.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { seedOrg, signInAs, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
beforeAll(async () => {
  t = await createTestApp({ CALIPER_LOGIN_MAX_FAILURES: '3', CALIPER_TRUST_PROXY: 'true' });
  org = await seedOrg(t);
});
afterAll(async () => t.close());

const login = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object, headers });

describe('sign-in', () => {
  it('signs in with email and password and sets a hardened session cookie', async () => {
    const admin = userWith(org, 'admin');
    const res = await login({ email: admin.email.toUpperCase(), password: admin.password });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.email).toBe(admin.email);
    expect(body.role).toBe('admin');
    expect(body.organisation.id).toBe(org.org.id);
    expect(body.csrfToken).toEqual(expect.any(String));
    const cookie = res.cookies.find((c) => c.name === 'caliper_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.path).toBe('/');
  });

  it('marks the cookie Secure behind TLS', async () => {
    const admin = userWith(org, 'admin');
    const res = await login({ email: admin.email, password: admin.password }, { 'x-forwarded-proto': 'https' });
    expect(res.cookies.find((c) => c.name === 'caliper_session')?.secure).toBe(true);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = await login({ email: userWith(org, 'recruiter').email, password: 'not-the-password' });
    const unknown = await login({ email: 'nobody@demo.caliper.example', password: 'whatever-it-is' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('names the invalid field', async () => {
    const res = await login({ email: 'not an email', password: '' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('answers 429 after repeated failures, even with the right password, until the window passes', async () => {
    const victim = userWith(org, 'interviewer');
    for (let i = 0; i < 3; i++)
      expect((await login({ email: victim.email, password: `guess-${i}` })).statusCode).toBe(401);
    const blocked = await login({ email: victim.email, password: victim.password });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60_000);
    expect((await login({ email: victim.email, password: victim.password })).statusCode).toBe(200);
  });

  it('audits sign-ins', async () => {
    const admin = userWith(org, 'admin');
    const { cookie } = await signInAs(t, admin);
    const res = await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    expect(res.json().user.id).toBe(admin.id);
    const rows = await t.handle.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'auth.sign_in') });
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('sessions and CSRF', () => {
  it('returns the session, refuses a cookie write without the CSRF header, accepts it with', async () => {
    const admin = userWith(org, 'admin');
    const { cookie, csrf } = await signInAs(t, admin);
    const session = await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json().csrfToken).toBe(csrf);

    const payload = { name: 'ci' };
    const noHeader = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { cookie }, payload });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('csrf_failed');
    const wrongHeader = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie, 'x-csrf-token': 'forged' },
      payload,
    });
    expect(wrongHeader.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie, 'x-csrf-token': csrf },
      payload,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('lets a browser that still holds a session sign in again without the CSRF header', async () => {
    const admin = userWith(org, 'admin');
    const { cookie } = await signInAs(t, admin);
    const again = await login({ email: admin.email, password: admin.password }, { cookie });
    expect(again.statusCode).toBe(200);
  });

  it('signs out: the cookie no longer works', async () => {
    const { cookie, csrf } = await signInAs(t, userWith(org, 'hiring_manager'));
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('expires sessions', async () => {
    const { cookie } = await signInAs(t, userWith(org, 'recruiter'));
    t.clock.advance(15 * 86_400_000);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('rate limit per address', () => {
  it('limits sign-in requests per minute from one address', async () => {
    const strict = await createTestApp({ CALIPER_LOGIN_MAX_PER_MINUTE: '2' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await strict.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `x${i}@example.com`, password: 'y' },
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 429]);
    } finally {
      await strict.close();
    }
  });
});
