import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVALID_RESET_LINK } from '../../../services/auth/password-reset.js';
import type { DemoSeed, DemoUser } from '../../../services/demo/seed-demo.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, signInAs, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
let other: DemoSeed;
beforeAll(async () => {
  t = await createTestApp({ CALIPER_LOGIN_MAX_FAILURES: '2' });
  org = await seedOrg(t, 'Reset Org');
  other = await seedOrg(t, 'Other Org');
});
afterAll(async () => t.close());

const issue = (admin: DemoUser, memberId: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/members/${memberId}/password-reset`, headers: bearer(admin) });

const redeem = (token: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { token, password }, headers });

const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

/** Issue a link as the org's admin and return the token from its fragment. */
async function linkFor(member: DemoUser): Promise<string> {
  const res = await issue(userWith(org, 'admin'), member.id);
  expect(res.statusCode).toBe(201);
  const token = new URL(res.json().url).hash.replace('#token=', '');
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return token;
}

/** A fresh member of the org, so tests do not share passwords or sessions. */
async function newMember(name: string): Promise<DemoUser> {
  const password = `first-password-${name}`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/members',
    headers: bearer(userWith(org, 'admin')),
    payload: { email: `${name}@example.com`, name, role: 'interviewer', password },
  });
  expect(res.statusCode).toBe(201);
  return { ...res.json(), password, token: '' };
}

describe('password reset links', () => {
  it('lets a member set a new password once with the link an admin issued, and audits both steps', async () => {
    const member = await newMember('rosa');
    const res = await issue(userWith(org, 'admin'), member.id);
    expect(res.statusCode).toBe(201);
    const { url, expiresAt } = res.json();
    expect(url).toMatch(/^http:\/\/[^/]+\/reset-password#token=[A-Za-z0-9_-]{43}$/);
    expect(new Date(expiresAt).getTime() - t.clock.now.getTime()).toBe(60 * 60_000);
    const token = new URL(url).hash.replace('#token=', '');
    // Only a hash is kept: the link is not in the database.
    const stored = await t.handle.db.query.passwordResets.findMany({ where: (p, { eq }) => eq(p.userId, member.id) });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toContain(token);

    t.clock.advance(59 * 60_000);
    expect((await redeem(token, 'a brand new passphrase')).statusCode).toBe(204);
    expect((await login(member.email, member.password)).statusCode).toBe(401);
    expect((await login(member.email, 'a brand new passphrase')).statusCode).toBe(200);

    const again = await redeem(token, 'yet another passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toBe(INVALID_RESET_LINK);
    expect((await login(member.email, 'a brand new passphrase')).statusCode).toBe(200);

    const audit = await t.handle.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.targetId, member.id) });
    const actions = audit.map((a) => a.action);
    expect(actions).toContain('member.password_reset_issued');
    expect(audit.find((a) => a.action === 'auth.password_reset')).toMatchObject({
      orgId: org.org.id,
      actorUserId: member.id,
    });
  });

  it('refuses an expired, a used and an unknown link with the same clear message', async () => {
    const member = await newMember('sam');
    const expired = await linkFor(member);
    t.clock.advance(60 * 60_000 + 1000);
    const answers = [
      await redeem(expired, 'a brand new passphrase'),
      await redeem('x'.repeat(43), 'a brand new passphrase'),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_failed', message: INVALID_RESET_LINK });
    }
    expect(answers[0]?.json()).toEqual(answers[1]?.json());
    expect((await login(member.email, member.password)).statusCode).toBe(200);
  });

  it('voids the older unused link when a new one is issued', async () => {
    const member = await newMember('theo');
    const older = await linkFor(member);
    const newer = await linkFor(member);
    expect((await redeem(older, 'a brand new passphrase')).statusCode).toBe(400);
    expect((await redeem(newer, 'a brand new passphrase')).statusCode).toBe(204);
  });

  it('holds the new password to the usual rules and keeps the link usable after a refusal', async () => {
    const member = await newMember('uma');
    const token = await linkFor(member);
    const weak = await redeem(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.map((d: { path: string }) => d.path)).toContain('body.password');
    expect((await redeem(token, 'long enough passphrase')).statusCode).toBe(204);
  });

  it('signs the person out everywhere but leaves their API tokens working', async () => {
    const member = await newMember('vera');
    const first = await signInAs(t, member);
    const second = await signInAs(t, member);
    const tokenRes = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
      payload: { name: 'ci' },
    });
    expect(tokenRes.statusCode).toBe(201);
    const token = await linkFor(member);
    // The browser may hold some session; the reset needs no CSRF token and clears the cookie.
    const res = await redeem(token, 'a brand new passphrase', { cookie: first.cookie });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'caliper_session')?.value).toBe('');
    for (const s of [first, second])
      expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    const api = await t.app.inject({
      url: '/api/v1/auth/session',
      headers: { authorization: `Bearer ${tokenRes.json().token}` },
    });
    expect(api.statusCode).toBe(200);
  });
});

describe('a locked-out member', () => {
  it('signs in with the new password at once, without waiting out the lock', async () => {
    const member = await newMember('yusuf');
    for (const guess of ['guess one', 'guess two']) expect((await login(member.email, guess)).statusCode).toBe(401);
    expect((await login(member.email, member.password)).statusCode).toBe(429);
    expect((await redeem(await linkFor(member), 'a brand new passphrase')).statusCode).toBe(204);
    expect((await login(member.email, 'a brand new passphrase')).statusCode).toBe(200);
  });
});

describe('who may issue a link', () => {
  it('is an admin of the member’s own organisation only', async () => {
    const member = await newMember('wim');
    expect((await issue(userWith(org, 'recruiter'), member.id)).statusCode).toBe(403);
    expect((await issue(userWith(org, 'hiring_manager'), member.id)).statusCode).toBe(403);
    const elsewhere = await issue(userWith(other, 'admin'), member.id);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.body).not.toContain(member.email);
    expect((await issue(userWith(org, 'admin'), '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/v1/members/${member.id}/password-reset` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a person who is also a member of another organisation', async () => {
    const member = await newMember('xena');
    const joined = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      headers: bearer(userWith(other, 'admin')),
      payload: { email: member.email, name: 'Xena', role: 'recruiter', password: 'ignored password' },
    });
    expect(joined.statusCode).toBe(201);
    const res = await issue(userWith(org, 'admin'), member.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/another organisation/);
  });
});

describe('rate limit', () => {
  it('limits reset attempts per minute from one address, like sign-in', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset',
        payload: { token: `guess-${i}`, password: 'a brand new passphrase' },
        remoteAddress: '203.0.113.9',
      });
      codes.push(res.statusCode);
    }
    // The default allowance (30 a minute) is spent on refusals; then the address waits.
    expect(codes.slice(0, 30).every((c) => c === 400)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});
