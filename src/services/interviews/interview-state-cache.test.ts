import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { eventually, secondNode } from '../../test/nodes.js';
import { bearer, userWith } from '../../test/seed.js';
import { type DemoSeed, seedDemo } from '../demo/seed-demo.js';
import { syncBuiltInBank } from '../questions/sync-built-in-bank.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe('interview kits kept in memory', () => {
  let t: TestApp;
  let org: DemoSeed;
  let interviewId: string;
  let candidateId: string;
  const kitOn = (app: TestApp['app']) => async () => {
    const res = await app.inject({ url: `/api/v1/interviews/${interviewId}`, headers: bearer(userWith(org, 'admin')) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().candidate.name as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await syncBuiltInBank(t.handle.db, t.clock.now);
    org = await seedDemo({ db: t.handle.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => t.clock.now });
    const interview = org.interviews[0];
    if (!interview) throw new Error('the demo has no interviews');
    interviewId = interview.id;
    const kit = await t.app.inject({
      url: `/api/v1/interviews/${interviewId}`,
      headers: bearer(userWith(org, 'admin')),
    });
    candidateId = kit.json().candidate.id;
  });
  afterAll(async () => t?.close());

  it('answers a kit from memory: a change no trigger reports goes unseen, a reported one is seen', async () => {
    const kit = kitOn(t.app);
    const before = await kit();
    await t.handle.db.transaction(async (tx) => {
      await tx.execute(sql`alter table candidates disable trigger candidates_notify_kits`);
      await tx.execute(sql`update candidates set name = 'Unreported Name' where id = ${candidateId}`);
      await tx.execute(sql`alter table candidates enable trigger candidates_notify_kits`);
    });
    expect(await kit()).toBe(before);
    await t.handle.db.execute(sql`update candidates set name = 'Reported Name' where id = ${candidateId}`);
    expect(await eventually(async () => (await kit()) === 'Reported Name')).toBe(true);
  });

  it('shows a rectified name at once on this node', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/candidates/${candidateId}`,
      headers: bearer(userWith(org, 'admin')),
      payload: { name: 'Rectified Name' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await kitOn(t.app)()).toBe('Rectified Name');
  });

  it.runIf(onPostgres)('another API node shows a name rectified through this one', async () => {
    const other = await secondNode(t);
    try {
      const onOther = kitOn(other.app);
      await onOther();
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/candidates/${candidateId}`,
        headers: bearer(userWith(org, 'admin')),
        payload: { name: 'Renamed Elsewhere' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(await eventually(async () => (await onOther()) === 'Renamed Elsewhere')).toBe(true);
    } finally {
      await other.close();
    }
  });
});
