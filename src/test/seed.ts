import { loadConfig } from '../config.js';
import { type DemoSeed, type DemoUser, seedDemo } from '../services/demo/seed-demo.js';
import type { Role } from '../shared/schemas/vocabulary.js';
import type { TestApp } from './app.js';

/** Create a demo organisation (admin, hiring manager, recruiter, three interviewers) in the test database. */
export async function seedOrg(t: TestApp, orgName?: string): Promise<DemoSeed> {
  return seedDemo(
    { db: t.handle.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => t.clock.now },
    { orgName, panel: false },
  );
}

/** The first seeded user with a role. */
export function userWith(seed: DemoSeed, role: Role): DemoUser {
  const u = seed.users.find((x) => x.role === role);
  if (!u) throw new Error(`seed has no ${role}`);
  return u;
}

/** Authorization header for a seeded user's API token. */
export function bearer(user: DemoUser): Record<string, string> {
  return { authorization: `Bearer ${user.token}` };
}

/** Sign in through the API; returns the session cookie and the CSRF token. */
export async function signInAs(t: TestApp, user: DemoUser): Promise<{ cookie: string; csrf: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'caliper_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `caliper_session=${cookie.value}`, csrf: res.json().csrfToken };
}
