import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed, DemoUser } from '../../../services/demo/seed-demo.js';
import { runRetentionSweep } from '../../../services/gdpr/retention-sweep.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
let other: DemoSeed;
let admin: DemoUser;
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Settings Org');
  other = await seedOrg(t, 'Other Org');
  admin = userWith(org, 'admin');
});
afterAll(async () => t?.close());

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, user: DemoUser, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(user), ...(payload && { payload }) });
const DAY = 24 * 60 * 60 * 1000;

describe('organisation settings', () => {
  it('starts at the defaults and changes only for the caller’s organisation', async () => {
    expect((await call('GET', '/api/v1/org/settings', admin)).json()).toEqual({
      recruitersSeeFairness: false,
      minGroupSize: 5,
      retentionDays: null,
    });
    const res = await call('PATCH', '/api/v1/org/settings', admin, { minGroupSize: 10, retentionDays: 365 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ recruitersSeeFairness: false, minGroupSize: 10, retentionDays: 365 });
    expect((await call('PATCH', '/api/v1/org/settings', admin, { recruitersSeeFairness: true })).json()).toEqual({
      recruitersSeeFairness: true,
      minGroupSize: 10,
      retentionDays: 365,
    });
    expect((await call('PATCH', '/api/v1/org/settings', admin, { retentionDays: null })).json().retentionDays).toBe(
      null,
    );
    expect((await call('GET', '/api/v1/org/settings', userWith(other, 'admin'))).json()).toEqual({
      recruitersSeeFairness: false,
      minGroupSize: 5,
      retentionDays: null,
    });
  });

  it('refuses out-of-range, fractional, empty and unknown settings with a 400', async () => {
    for (const body of [
      {},
      { minGroupSize: 2 },
      { minGroupSize: 51 },
      { minGroupSize: 7.5 },
      { retentionDays: 29 },
      { retentionDays: 3651 },
      { recruitersSeeFairness: 'yes' },
      { colour: 'blue' },
    ]) {
      const res = await call('PATCH', '/api/v1/org/settings', admin, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('is for admins only', async () => {
    for (const role of ['recruiter', 'hiring_manager', 'interviewer'] as const) {
      expect((await call('GET', '/api/v1/org/settings', userWith(org, role))).statusCode).toBe(403);
      expect((await call('PATCH', '/api/v1/org/settings', userWith(org, role), { minGroupSize: 3 })).statusCode).toBe(
        403,
      );
    }
  });
});

describe('retention sweep', () => {
  async function candidate(seed: DemoSeed, name: string, roleId?: string) {
    const res = await call('POST', '/api/v1/candidates', userWith(seed, 'admin'), {
      name,
      email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`,
      ...(roleId && { roleId }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    return { id: body.id as string, applicationId: body.applications[0]?.id as string | undefined };
  }
  const withdraw = async (applicationId: string | undefined) =>
    expect(
      (await call('PATCH', `/api/v1/applications/${applicationId}`, admin, { status: 'withdrawn' })).statusCode,
    ).toBe(200);
  const status = async (id: string, seed = org) =>
    (await call('GET', `/api/v1/candidates/${id}`, userWith(seed, 'admin'))).statusCode;

  it('erases candidates whose applications closed longer ago than the retention period, once', async () => {
    const role = (
      await call('POST', '/api/v1/roles', admin, {
        title: 'Retention role',
        level: 'mid',
        band: { min: 130000, max: 160000 },
        location: 'Remote',
      })
    ).json();
    const deps = { db: t.handle.db };
    expect((await call('PATCH', '/api/v1/org/settings', admin, { retentionDays: 30 })).statusCode).toBe(200);
    const closedEarly = await candidate(org, 'Closed Early', role.id);
    await withdraw(closedEarly.applicationId);
    const active = await candidate(org, 'Still Active', role.id);
    const noApplication = await candidate(org, 'No Application');
    const elsewhere = await candidate(other, 'Other Org Person');
    const start = t.clock.now.getTime();

    expect((await runRetentionSweep(deps, new Date(start + 29 * DAY))).erased).toBe(0);

    t.clock.advance(29 * DAY);
    const closedLate = await candidate(org, 'Closed Late', role.id);
    await withdraw(closedLate.applicationId);

    // Past the period for everything closed at the start (and the real creation time), not for the late one.
    const sweep = await runRetentionSweep(deps, new Date(start + 31 * DAY));
    expect(sweep.candidateIds.sort()).toEqual([closedEarly.id, noApplication.id].sort());
    expect(await status(closedEarly.id)).toBe(404);
    expect(await status(noApplication.id)).toBe(404);
    expect(await status(active.id)).toBe(200);
    expect(await status(closedLate.id)).toBe(200);
    expect(await status(elsewhere.id, other)).toBe(200);

    expect((await runRetentionSweep(deps, new Date(start + 31 * DAY))).erased).toBe(0);
    const entries = (await t.handle.db.execute(
      sql`select actor_user_id, payload from audit_log where action = 'candidate.erased' and target_id = ${closedEarly.id}`,
    )) as unknown as { rows: { actor_user_id: string | null; payload: { reason: string } }[] };
    expect(entries.rows).toEqual([{ actor_user_id: null, payload: expect.objectContaining({ reason: 'retention' }) }]);

    // Much later, the late one is due too; the active one never is.
    expect((await runRetentionSweep(deps, new Date(start + 61 * DAY))).candidateIds).toEqual([closedLate.id]);
    expect(await status(active.id)).toBe(200);
  });
});
