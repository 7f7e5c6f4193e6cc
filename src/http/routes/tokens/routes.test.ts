import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed } from '../../../services/demo/seed-demo.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrg(t);
});
afterAll(async () => t.close());

describe('personal API tokens', () => {
  it('creates a token shown once, authenticates with it, lists it without the secret, and revokes it', async () => {
    const admin = userWith(org, 'admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer(admin),
      payload: { name: 'ats sync' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^clp_/);

    const me = await t.app.inject({ url: '/api/v1/auth/session', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(admin.id);
    expect(me.json().csrfToken).toBeNull();

    const list = await t.app.inject({ url: '/api/v1/tokens', headers: bearer(admin) });
    expect(list.body).not.toContain(token);
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(id);

    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: bearer(admin) });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/auth/session', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
  });

  it('stores tokens hashed', async () => {
    const admin = userWith(org, 'admin');
    const rows = await t.handle.db.query.apiTokens.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.tokenHash).not.toBe(admin.token);
    expect(JSON.stringify(rows)).not.toContain(admin.token);
  });

  it('refuses malformed and unknown bearer tokens with 401 instead of falling back to the cookie', async () => {
    for (const authorization of ['Bearer', 'Bearer clp_unknown', 'Basic abc', `Bearer ${'x'.repeat(5000)}`]) {
      const res = await t.app.inject({ url: '/api/v1/tokens', headers: { authorization } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it("cannot revoke another user's token", async () => {
    const interviewer = userWith(org, 'interviewer');
    const mine = (await t.app.inject({ url: '/api/v1/tokens', headers: bearer(userWith(org, 'recruiter')) })).json()
      .items[0].id;
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${mine}`, headers: bearer(interviewer) });
    expect(res.statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/v1/tokens/not-a-uuid', headers: bearer(interviewer) }))
        .statusCode,
    ).toBe(400);
  });

  it('requires authentication', async () => {
    expect((await t.app.inject({ url: '/api/v1/tokens' })).statusCode).toBe(401);
  });
});
