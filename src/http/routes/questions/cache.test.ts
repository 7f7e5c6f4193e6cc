import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed } from '../../../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { buildQuestion } from '../../../test/factories.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let a: DemoSeed;
let b: DemoSeed;
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now, [buildQuestion({ id: 'builtin-one' })]);
  a = await seedOrg(t, 'Org A');
  b = await seedOrg(t, 'Org B');
});
afterAll(async () => t.close());

const list = (headers: Record<string, string> = {}, qs = '') =>
  t.app.inject({ url: `/api/v1/questions${qs}`, headers });
const ids = (res: { json: () => unknown }) => (res.json() as { items: { id: string }[] }).items.map((q) => q.id);

const draft = {
  id: 'org-a-checkout-timeouts',
  text: 'Our checkout endpoint times out under load. Walk me through how you would find out why.',
  category: 'situational',
  levels: ['mid'],
  topics: ['debugging', 'performance'],
  dimensions: ['debugging'],
};

describe('question list caching', () => {
  it('gives the built-in bank a strong ETag, a public Cache-Control, and a bodiless 304 on a match', async () => {
    const first = await list();
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toContain('public');
    expect(first.headers.vary).toContain('Authorization');

    const again = await list({ 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(Number(again.headers['content-length'] ?? 0)).toBe(0);
    expect(again.headers.etag).toBe(etag);

    const other = await list({ 'if-none-match': '"something-else"' });
    expect(other.statusCode).toBe(200);
    expect(ids(other)).toEqual(['builtin-one']);
    // Another filter is another resource with its own tag.
    expect((await list({}, '?level=staff')).headers.etag).not.toBe(etag);
  });

  it("marks a signed-in caller's list private, since it holds the organisation's questions", async () => {
    const res = await list(bearer(userWith(a, 'interviewer')));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('private');
    expect(res.headers['cache-control']).not.toContain('public');
  });

  it('changes the ETag when the organisation adds a question, adds a version, or retires one', async () => {
    const reader = bearer(userWith(a, 'interviewer'));
    const editor = bearer(userWith(a, 'hiring_manager'));
    const before = (await list(reader)).headers.etag as string;

    const created = await t.app.inject({ method: 'POST', url: '/api/v1/questions', headers: editor, payload: draft });
    expect(created.statusCode).toBe(201);
    const afterCreate = await list(reader, '');
    expect(ids(afterCreate)).toContain(draft.id);
    expect(afterCreate.headers.etag).not.toBe(before);
    // The copy the caller held before is no longer current.
    expect((await list({ ...reader, 'if-none-match': before })).statusCode).toBe(200);

    const etagV1 = afterCreate.headers.etag as string;
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/questions/${draft.id}`,
      headers: editor,
      payload: { ...draft, text: `${draft.text} Assume the database is the suspect.` },
    });
    expect(updated.statusCode).toBe(200);
    const afterUpdate = await list(reader);
    expect(afterUpdate.headers.etag).not.toBe(etagV1);
    expect((afterUpdate.json() as { items: { id: string; version: number }[] }).items).toContainEqual(
      expect.objectContaining({ id: draft.id, version: 2 }),
    );

    const retired = await t.app.inject({ method: 'DELETE', url: `/api/v1/questions/${draft.id}`, headers: editor });
    expect(retired.statusCode).toBe(204);
    const afterRetire = await list({ ...reader, 'if-none-match': afterUpdate.headers.etag as string });
    expect(afterRetire.statusCode).toBe(200);
    expect(ids(afterRetire)).not.toContain(draft.id);
  });

  it("never serves one organisation's questions to another organisation or to an anonymous caller", async () => {
    const editor = bearer(userWith(a, 'admin'));
    const own = { ...draft, id: 'org-a-private-question', text: `${draft.text} (second draft)` };
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/questions', headers: editor, payload: own })).statusCode,
    ).toBe(201);
    const mine = await list(editor);
    expect(ids(mine)).toContain(own.id);

    // Same query, warm cache: the other organisation and an anonymous caller get their own pages,
    // and the tag of org A's page does not unlock a 304 for them.
    const etag = mine.headers.etag as string;
    for (const headers of [bearer(userWith(b, 'admin')), {}]) {
      const res = await list({ ...headers, 'if-none-match': etag });
      expect(res.statusCode).toBe(200);
      expect(ids(res)).not.toContain(own.id);
      expect(ids(res)).toContain('builtin-one');
    }
  });

  it('refreshes the built-in pages when the shipped bank is synced again', async () => {
    const before = await list();
    await syncBuiltInBank(t.handle.db, t.clock.now, [
      buildQuestion({ id: 'builtin-one' }),
      buildQuestion({ id: 'builtin-two' }),
    ]);
    const after = await list({ 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(ids(after)).toEqual(['builtin-one', 'builtin-two']);
  });
});

describe('question list compression', () => {
  it('sends gzip to a caller that accepts it, with its own tag, and revalidates either tag', async () => {
    const plain = await list();
    const packed = await list({ 'accept-encoding': 'gzip, deflate, br' });
    expect(packed.statusCode).toBe(200);
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers.vary).toContain('Accept-Encoding');
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(gunzipSync(packed.rawPayload).toString('utf8'))).toEqual(plain.json());
    // Different bytes, so a different strong tag; a cache holding one form never gets the other's 304.
    expect(packed.headers.etag).not.toBe(plain.headers.etag);

    for (const held of [packed.headers.etag, plain.headers.etag] as string[]) {
      const again = await list({ 'accept-encoding': 'gzip', 'if-none-match': held });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    }
    // A client that does not ask for gzip never gets it.
    expect((await list({ 'accept-encoding': 'identity' })).headers['content-encoding']).toBeUndefined();
  });
});
