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

const draft = {
  text: 'Our checkout endpoint times out under load. Walk me through how you would find out why.',
  category: 'situational',
  levels: ['mid'],
  topics: ['debugging', 'performance'],
  dimensions: ['debugging'],
};

const post = (headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/questions', headers, payload });

describe('organisation questions', () => {
  it('adds a draft question with an id from its text, marked as needing signals, visible only to its organisation', async () => {
    const res = await post(bearer(userWith(a, 'hiring_manager')), draft);
    expect(res.statusCode).toBe(201);
    const q = res.json();
    expect(q.id).toBe('our-checkout-endpoint-times-out-under-load-walk-me-through');
    expect(q).toMatchObject({ version: 1, builtIn: false, needsSignals: true, shareInAdvance: true, difficulty: 3 });

    const mine = await t.app.inject({
      url: '/api/v1/questions?topic=performance',
      headers: bearer(userWith(a, 'interviewer')),
    });
    expect(mine.json().items.map((x: { id: string }) => x.id)).toEqual([q.id]);
    const theirs = await t.app.inject({ url: `/api/v1/questions/${q.id}`, headers: bearer(userWith(b, 'admin')) });
    expect(theirs.statusCode).toBe(404);
    const anonymous = await t.app.inject({ url: `/api/v1/questions/${q.id}` });
    expect(anonymous.statusCode).toBe(404);
  });

  it('refuses a question about a protected characteristic with 422 and the reason', async () => {
    const res = await post(bearer(userWith(a, 'admin')), {
      ...draft,
      id: 'family-plans',
      text: 'Do you plan to have children in the next few years?',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('unprocessable');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain('protected-characteristic');
    expect(
      (await t.app.inject({ url: '/api/v1/questions/family-plans', headers: bearer(userWith(a, 'admin')) })).statusCode,
    ).toBe(404);
  });

  it('refuses a salary-history question but accepts a technical one that uses the same words', async () => {
    const salary = await post(bearer(userWith(a, 'admin')), {
      ...draft,
      id: 'current-pay',
      text: 'What is your current salary at your present employer?',
    });
    expect(salary.statusCode).toBe(422);
    const payroll = await post(bearer(userWith(a, 'admin')), {
      ...draft,
      id: 'payroll-salary-encryption',
      category: 'technical',
      text: 'Design the table that stores employee salary data for a payroll system, including how you encrypt the salary column.',
    });
    expect(payroll.statusCode).toBe(201);
  });

  it('lets only admins, hiring managers and recruiters write questions', async () => {
    const res = await post(bearer(userWith(a, 'interviewer')), { ...draft, id: 'interviewer-try' });
    expect(res.statusCode).toBe(403);
  });

  it('refuses an id the built-in bank or the organisation already uses', async () => {
    expect((await post(bearer(userWith(a, 'admin')), { ...draft, id: 'builtin-one' })).statusCode).toBe(409);
  });

  it('edits as a new version and retires without deleting', async () => {
    const admin = bearer(userWith(a, 'admin'));
    const created = (await post(admin, { ...draft, id: 'edit-me' })).json();
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/questions/edit-me',
      headers: admin,
      payload: { ...draft, minutes: 25 },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ id: 'edit-me', version: created.version + 1, minutes: 25 });
    const versions = await t.handle.db.query.questions.findMany({ where: (q, { eq }) => eq(q.slug, 'edit-me') });
    expect(versions.map((v) => [v.version, v.isCurrent]).sort()).toEqual([
      [1, false],
      [2, true],
    ]);
    const del = await t.app.inject({ method: 'DELETE', url: '/api/v1/questions/edit-me', headers: admin });
    expect(del.statusCode).toBe(204);
    const list = await t.app.inject({ url: '/api/v1/questions?limit=100', headers: admin });
    expect(list.json().items.map((x: { id: string }) => x.id)).not.toContain('edit-me');
    expect((await t.app.inject({ url: '/api/v1/questions/edit-me', headers: admin })).json().retired).toBe(true);
  });

  it('keeps built-in questions read-only and other organisations out', async () => {
    const admin = bearer(userWith(a, 'admin'));
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/v1/questions/builtin-one', headers: admin, payload: draft }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/v1/questions/builtin-one', headers: admin })).statusCode,
    ).toBe(403);
    await post(admin, { ...draft, id: 'a-only' });
    const other = bearer(userWith(b, 'admin'));
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/v1/questions/a-only', headers: other, payload: draft }))
        .statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/questions/a-only', headers: other })).statusCode).toBe(
      404,
    );
  });

  it('keeps ids the web app uses for pages free', async () => {
    const res = await post(bearer(userWith(a, 'admin')), { ...draft, id: 'new' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.id');
    const derived = await post(bearer(userWith(a, 'admin')), { ...draft, text: 'New?! ??????????????' });
    expect(derived.json().id).toBe('new-2');
  });

  it('names the invalid field', async () => {
    const res = await post(bearer(userWith(a, 'admin')), { ...draft, levels: ['intern'], topics: [] });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.levels.0', 'body.topics']));
  });
});

describe('POST /api/v1/questions/lint', () => {
  it('returns findings with offsets for an editor, without saving', async () => {
    const text = 'Where were you born, and how does that shape your work?';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/questions/lint',
      headers: bearer(userWith(a, 'recruiter')),
      payload: { ...draft, text },
    });
    expect(res.statusCode).toBe(200);
    const finding = res.json().textFindings[0];
    expect(finding.rule).toBe('protected-characteristic');
    expect(text.slice(finding.start, finding.end)).toBe(finding.match);
    const clean = await t.app.inject({
      method: 'POST',
      url: '/api/v1/questions/lint',
      headers: bearer(userWith(a, 'recruiter')),
      payload: draft,
    });
    expect(clean.json().textFindings).toEqual([]);
    expect(clean.json().issues.map((i: { rule: string }) => i.rule)).toContain('missing-signals');
  });
});
