import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed, DemoUser } from '../../../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
let other: DemoSeed;
let onPanel: DemoUser;
let offPanel: DemoUser;
let admin: DemoUser;
let interviewId: string;
let applicationId: string;
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Kit Org');
  other = await seedOrg(t, 'Elsewhere');
  const interviewers = org.users.filter((u) => u.role === 'interviewer');
  onPanel = interviewers[0] as DemoUser;
  offPanel = interviewers[1] as DemoUser;
  admin = userWith(org, 'admin');
  const post = async (url: string, payload: object) =>
    (await t.app.inject({ method: 'POST', url, headers: bearer(admin), payload })).json();
  const role = await post('/api/v1/roles', {
    title: 'Backend engineer',
    level: 'mid',
    band: { min: 130000, max: 160000 },
    location: 'Remote',
  });
  const loop = (await t.app.inject({ url: `/api/v1/roles/${role.id}/loop`, headers: bearer(admin) })).json();
  const stage = loop.stages.find((s: { questions: unknown[] }) => s.questions.length > 0);
  const cand = await post('/api/v1/candidates', { name: 'Ada', email: 'ada@example.com', roleId: role.id });
  applicationId = cand.applications[0].id;
  const interview = await post('/api/v1/interviews', {
    applicationId,
    stage: stage.key,
    scheduledAt: '2026-12-01T10:00:00Z',
    interviewerIds: [onPanel.id],
  });
  interviewId = interview.id;
});
afterAll(async () => t.close());

const kit = (user: DemoUser | undefined, etag?: string) =>
  t.app.inject({
    url: `/api/v1/interviews/${interviewId}`,
    headers: { ...(user && bearer(user)), ...(etag && { 'if-none-match': etag }) },
  });

describe('interview kit validators', () => {
  it('answers with a private ETag and a bodiless 304 when the interviewer already holds the kit', async () => {
    const first = await kit(onPanel);
    expect(first.statusCode).toBe(200);
    expect(first.json().questions.length).toBeGreaterThan(0);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');

    const again = await kit(onPanel, etag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // A 304 announcing a body length would leave HTTP clients waiting for bytes that never come.
    expect(Number(again.headers['content-length'] ?? 0)).toBe(0);
    // The same interview read twice without changes keeps its tag.
    expect((await kit(onPanel)).headers.etag).toBe(etag);
  });

  it('sends the kit gzipped to a browser, decoding to the same kit, and answers its tag with a 304', async () => {
    const plain = await kit(onPanel);
    const packed = await t.app.inject({
      url: `/api/v1/interviews/${interviewId}`,
      headers: { ...bearer(onPanel), 'accept-encoding': 'gzip, deflate' },
    });
    expect(packed.statusCode).toBe(200);
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers['cache-control']).toBe('private, no-cache');
    expect(JSON.parse(gunzipSync(packed.rawPayload).toString('utf8'))).toEqual(plain.json());
    const again = await t.app.inject({
      url: `/api/v1/interviews/${interviewId}`,
      headers: { ...bearer(onPanel), 'accept-encoding': 'gzip', 'if-none-match': packed.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    // Another panellist's credentials do not unlock the kit through a held tag: access is checked first.
    const outsider = await t.app.inject({
      url: `/api/v1/interviews/${interviewId}`,
      headers: { 'accept-encoding': 'gzip', 'if-none-match': packed.headers.etag as string },
    });
    expect(outsider.statusCode).toBe(401);
  });

  it('changes the ETag when the candidate’s accommodations change, and serves the new text', async () => {
    const before = (await kit(onPanel)).headers.etag as string;
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${applicationId}`,
      headers: bearer(admin),
      payload: { accommodations: 'Captions on video calls' },
    });
    expect(patched.statusCode).toBe(200);
    const after = await kit(onPanel, before);
    expect(after.statusCode).toBe(200);
    expect(after.json().accommodations).toBe('Captions on video calls');
    expect(after.headers.etag).not.toBe(before);
  });

  it('changes the ETag when the interview is marked held', async () => {
    const before = (await kit(onPanel)).headers.etag as string;
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/interviews/${interviewId}/complete`,
      headers: bearer(admin),
    });
    expect(done.statusCode).toBe(204);
    const after = await kit(onPanel, before);
    expect(after.statusCode).toBe(200);
    expect(after.json().status).toBe('completed');
  });

  it('never answers someone without access, even with a valid ETag: not on the panel, another organisation, anonymous', async () => {
    const etag = (await kit(onPanel)).headers.etag as string;
    expect((await kit(offPanel, etag)).statusCode).toBe(404);
    expect((await kit(userWith(other, 'admin'), etag)).statusCode).toBe(404);
    const anonymous = await kit(undefined, etag);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers.etag).toBeUndefined();
  });
});
