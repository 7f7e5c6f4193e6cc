import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { currentDatabase, eventually, secondNode } from '../../test/nodes.js';
import { bearer, seedOrg, signInAs, userWith } from '../../test/seed.js';
import type { DemoSeed } from '../demo/seed-demo.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe('credentials kept in memory', () => {
  let t: TestApp;
  let org: DemoSeed;
  const session = (headers: Record<string, string>) =>
    t.app.inject({ url: '/api/v1/auth/session', headers }).then((r) => ({ status: r.statusCode, body: r.json() }));

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
  });
  afterAll(async () => t?.close());

  it('answers a known token from memory: a change no trigger reports goes unseen', async () => {
    const recruiter = userWith(org, 'recruiter');
    expect((await session(bearer(recruiter))).body.role).toBe('recruiter');
    // Change the role behind the feed's back; only a cache answering from memory misses it.
    await t.handle.db.transaction(async (tx) => {
      await tx.execute(sql`alter table memberships disable trigger memberships_notify_credentials`);
      await tx.execute(sql`update memberships set role = 'interviewer' where user_id = ${recruiter.id}`);
      await tx.execute(sql`alter table memberships enable trigger memberships_notify_credentials`);
    });
    expect((await session(bearer(recruiter))).body.role).toBe('recruiter');
    // A reported change (a no-op update fires the trigger) drops the copy.
    await t.handle.db.execute(sql`update memberships set role = role where user_id = ${recruiter.id}`);
    expect(await eventually(async () => (await session(bearer(recruiter))).body.role === 'interviewer')).toBe(true);
  });

  it('refuses a token revoked in the database, and a session deleted there', async () => {
    const manager = userWith(org, 'hiring_manager');
    expect((await session(bearer(manager))).status).toBe(200);
    await t.handle.db.execute(sql`update api_tokens set revoked_at = now() where user_id = ${manager.id}`);
    expect(await eventually(async () => (await session(bearer(manager))).status === 401)).toBe(true);

    const { cookie } = await signInAs(t, userWith(org, 'admin'));
    expect((await session({ cookie })).status).toBe(200);
    await t.handle.db.execute(sql`delete from sessions`);
    expect(await eventually(async () => (await session({ cookie })).status === 401)).toBe(true);
  });

  it.runIf(onPostgres)('another API node refuses a token revoked through this one', async () => {
    const other = await secondNode(t);
    try {
      const admin = userWith(org, 'admin');
      const tokens = await t.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: bearer(admin),
        payload: { name: 'second node' },
      });
      expect(tokens.statusCode, tokens.body).toBe(201);
      const { id, token } = tokens.json();
      const auth = { authorization: `Bearer ${token}` };
      const onOther = () => other.app.inject({ url: '/api/v1/auth/session', headers: auth }).then((r) => r.statusCode);
      expect(await onOther()).toBe(200);
      expect(await onOther()).toBe(200);
      const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: bearer(admin) });
      expect(revoked.statusCode).toBe(204);
      expect(await eventually(async () => (await onOther()) === 401)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it.runIf(onPostgres)('while the feed is down, every request checks the database', async () => {
    const interviewer = userWith(org, 'interviewer');
    expect((await session(bearer(interviewer))).status).toBe(200);
    const name = await currentDatabase(t);
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where application_name = 'caliper-change-feed' and datname = $1`,
        [name],
      );
      expect(rows.length).toBe(1);
    } finally {
      await admin.end();
    }
    await new Promise((r) => setTimeout(r, 200));
    // Behind the feed's back again: with no live feed, the database is asked and sees it.
    await t.handle.db.transaction(async (tx) => {
      await tx.execute(sql`alter table api_tokens disable trigger api_tokens_notify_credentials`);
      await tx.execute(sql`update api_tokens set revoked_at = now() where user_id = ${interviewer.id}`);
      await tx.execute(sql`alter table api_tokens enable trigger api_tokens_notify_credentials`);
    });
    expect((await session(bearer(interviewer))).status).toBe(401);
  });
});
