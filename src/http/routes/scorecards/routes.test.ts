import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed, DemoUser } from '../../../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
let other: DemoSeed;
let i1: DemoUser;
let i2: DemoUser;
let i3: DemoUser;
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Scoring Org');
  other = await seedOrg(t, 'Elsewhere');
  [i1, i2, i3] = org.users.filter((u) => u.role === 'interviewer') as [DemoUser, DemoUser, DemoUser];
});
afterAll(async () => t.close());

const call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  user: DemoUser,
  payload?: object,
  headers: Record<string, string> = {},
) => t.app.inject({ method, url, headers: { ...bearer(user), ...headers }, ...(payload && { payload }) });

/** A role, a candidate and an interview with I1 and I2 on the panel; returns ids and the stage's dimensions. */
async function setUp(name: string) {
  const admin = userWith(org, 'admin');
  const role = (
    await call('POST', '/api/v1/roles', admin, {
      title: `Role ${name}`,
      level: 'mid',
      band: { min: 130000, max: 160000 },
      location: 'Remote',
    })
  ).json();
  const loop = (await call('GET', `/api/v1/roles/${role.id}/loop`, admin)).json();
  const stage = loop.stages.find((s: { questions: unknown[] }) => s.questions.length > 0);
  const cand = (
    await call('POST', '/api/v1/candidates', admin, {
      name,
      email: `${name.toLowerCase()}@example.com`,
      roleId: role.id,
    })
  ).json();
  const applicationId = cand.applications[0].id;
  const interview = (
    await call('POST', '/api/v1/interviews', admin, {
      applicationId,
      stage: stage.key,
      scheduledAt: '2026-12-01T10:00:00Z',
      interviewerIds: [i1.id, i2.id],
    })
  ).json();
  const kit = (await call('GET', `/api/v1/interviews/${interview.id}`, i1)).json();
  const dimensions: string[] = kit.dimensions.map((d: { id: string }) => d.id);
  return { applicationId, interviewId: interview.id as string, dimensions };
}

const cardFor = (dimensions: string[], marker: string, recommendation = 3) => ({
  ratings: dimensions.map((dimension, i) => ({
    dimension,
    score: i === 0 ? 4 : 2,
    evidence: `${marker}: they said the queue absorbs bursts, which suggests ${dimension}`,
  })),
  notes: `${marker} notes`,
  recommendation,
});

describe('independent scoring: the visibility matrix', () => {
  type Viewer = 'i2' | 'i3' | 'hm' | 'admin' | 'recruiter' | 'other';
  const viewers: Record<Viewer, () => DemoUser> = {
    i2: () => i2,
    i3: () => i3,
    hm: () => userWith(org, 'hiring_manager'),
    admin: () => userWith(org, 'admin'),
    recruiter: () => userWith(org, 'recruiter'),
    other: () => userWith(other, 'admin'),
  };
  /** Whether each viewer sees I1's scorecard in each state; a status instead where the route refuses them. */
  const expected: Record<string, Record<Viewer, boolean | number>> = {
    'nothing submitted (I1 has a draft)': { i2: false, i3: 404, hm: false, admin: false, recruiter: false, other: 404 },
    'I1 submitted, I2 not': { i2: false, i3: 404, hm: false, admin: false, recruiter: false, other: 404 },
    'I1 submitted and the debrief is open': { i2: false, i3: 404, hm: true, admin: true, recruiter: false, other: 404 },
    'both submitted': { i2: true, i3: 404, hm: true, admin: true, recruiter: false, other: 404 },
  };

  for (const [state, row] of Object.entries(expected)) {
    it(`${state}`, async () => {
      const s = await setUp(state.replace(/[^a-z]/gi, '').slice(0, 20));
      const marker = `MARK-${s.interviewId.slice(0, 8)}`;
      await call('PUT', `/api/v1/interviews/${s.interviewId}/scorecards/me`, i1, cardFor(s.dimensions, marker));
      if (state !== 'nothing submitted (I1 has a draft)') {
        const submitted = await call('POST', `/api/v1/interviews/${s.interviewId}/scorecards/me/submit`, i1);
        expect(submitted.statusCode, submitted.body).toBe(200);
      }
      // I2 always has a draft: drafts are private to their author in every state.
      await call('PUT', `/api/v1/interviews/${s.interviewId}/scorecards/me`, i2, cardFor(s.dimensions, 'DRAFT-I2'));
      if (state === 'I1 submitted and the debrief is open')
        await call('POST', `/api/v1/applications/${s.applicationId}/debrief/open`, userWith(org, 'hiring_manager'));
      if (state === 'both submitted') {
        expect(
          (
            await call(
              'POST',
              `/api/v1/interviews/${s.interviewId}/scorecards/me/submit`,
              i2,
              cardFor(s.dimensions, 'SUB-I2'),
            )
          ).statusCode,
        ).toBe(200);
      }
      const routes = [
        `/api/v1/interviews/${s.interviewId}/scorecards`,
        `/api/v1/applications/${s.applicationId}/debrief`,
      ];
      for (const [name, want] of Object.entries(row) as [Viewer, boolean | number][]) {
        for (const url of routes) {
          const res = await call('GET', url, viewers[name]());
          if (typeof want === 'number') {
            expect([want, 403], `${name} ${url}`).toContain(res.statusCode);
            expect(res.body).not.toContain(marker);
            continue;
          }
          expect(res.statusCode, `${name} ${url}`).toBe(200);
          expect(res.body.includes(marker), `${name} sees I1 on ${url} in "${state}"`).toBe(want);
          if (name !== 'i2') expect(res.body, `${name} never sees another's draft`).not.toContain('DRAFT-I2');
          if (!want && url.endsWith('/scorecards')) {
            const body = res.json();
            expect(body.othersVisible).toBe(false);
            expect(body.hiddenReason).toEqual(expect.any(String));
            // Nothing about the others leaks, not even how many there are.
            expect(
              body.items.every((c: { interviewer: { id: string } }) => c.interviewer.id === viewers[name]().id),
            ).toBe(true);
          }
        }
      }
      // An amendment puts scores in the audit trail; the admin sees them only when allowed.
      if (state !== 'nothing submitted (I1 has a draft)') {
        const amended = await call('POST', `/api/v1/interviews/${s.interviewId}/scorecards/me/amend`, i1, {
          ...cardFor(s.dimensions, marker, 5),
          reason: 'Re-read my notes after the interview.',
        });
        expect(amended.statusCode).toBe(200);
        const audit = (
          await call('GET', `/api/v1/applications/${s.applicationId}/audit`, userWith(org, 'admin'))
        ).json().items;
        const entry = audit.find((a: { action: string }) => a.action === 'scorecard.amended');
        expect(entry.payload.after !== undefined, `admin sees amended scores in "${state}"`).toBe(row.admin === true);
      }
      // The author always sees their own, draft or not.
      expect((await call('GET', `/api/v1/interviews/${s.interviewId}/scorecards/me`, i1)).body).toContain(marker);
    });
  }
});

describe('scorecards need evidence, lock on submit and amend with a reason', () => {
  it('refuses a scored dimension without evidence (422), accepts "not assessed" without it', async () => {
    const s = await setUp('Evidence');
    const noEvidence = {
      ...cardFor(s.dimensions, 'x'),
      ratings: s.dimensions.map((dimension) => ({ dimension, score: 3, evidence: '' })),
    };
    const res = await call('POST', `/api/v1/interviews/${s.interviewId}/scorecards/me/submit`, i1, noEvidence);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      s.dimensions.map((d) => `ratings.${d}.evidence`),
    );
    const notAssessed = {
      ...cardFor(s.dimensions, 'x'),
      ratings: s.dimensions.map((dimension) => ({ dimension, score: null, evidence: '' })),
    };
    expect(
      (await call('POST', `/api/v1/interviews/${s.interviewId}/scorecards/me/submit`, i1, notAssessed)).statusCode,
    ).toBe(200);
  });

  it('needs a recommendation, rates only the stage dimensions, and lets only the panel write', async () => {
    const s = await setUp('Rules');
    const noRec = { ...cardFor(s.dimensions, 'y'), recommendation: null };
    expect((await call('POST', `/api/v1/interviews/${s.interviewId}/scorecards/me/submit`, i1, noRec)).statusCode).toBe(
      422,
    );
    const all = ['fundamentals', 'system_design', 'debugging', 'operational_judgment', 'tradeoff_reasoning'];
    const foreign = all.find((d) => !s.dimensions.includes(d));
    if (foreign) {
      const res = await call('PUT', `/api/v1/interviews/${s.interviewId}/scorecards/me`, i1, {
        ratings: [{ dimension: foreign, score: 3, evidence: 'something they said' }],
      });
      expect(res.statusCode).toBe(400);
    }
    expect(
      (
        await call(
          'PUT',
          `/api/v1/interviews/${s.interviewId}/scorecards/me`,
          userWith(org, 'hiring_manager'),
          cardFor(s.dimensions, 'z'),
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await call('PUT', `/api/v1/interviews/${s.interviewId}/scorecards/me`, i3, cardFor(s.dimensions, 'z')))
        .statusCode,
    ).toBe(404);
  });

  it('locks on submit; an amendment needs a reason, keeps the old version and is audited', async () => {
    const s = await setUp('Amend');
    await call('POST', `/api/v1/interviews/${s.interviewId}/scorecards/me/submit`, i1, cardFor(s.dimensions, 'v1', 2));
    expect(
      (await call('PUT', `/api/v1/interviews/${s.interviewId}/scorecards/me`, i1, cardFor(s.dimensions, 'v1b')))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await call(
          'POST',
          `/api/v1/interviews/${s.interviewId}/scorecards/me/amend`,
          i1,
          cardFor(s.dimensions, 'v2', 4),
        )
      ).statusCode,
    ).toBe(400);
    const amended = await call('POST', `/api/v1/interviews/${s.interviewId}/scorecards/me/amend`, i1, {
      ...cardFor(s.dimensions, 'v2', 4),
      reason: 'Re-read my notes: the design answer covered failure modes.',
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toMatchObject({ version: 2, recommendation: 4 });
    const versions = await t.handle.db.query.scorecardVersions.findMany({
      where: (v, { eq }) => eq(v.scorecardId, amended.json().id),
    });
    expect(versions.map((v) => [v.version, v.content.recommendation, v.amendmentReason !== null])).toEqual([
      [1, 2, false],
      [2, 4, true],
    ]);
    const audit = (await call('GET', `/api/v1/applications/${s.applicationId}/audit`, userWith(org, 'admin'))).json()
      .items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['scorecard.submitted', 'scorecard.amended']);
    expect(
      (await call('GET', `/api/v1/applications/${s.applicationId}/audit`, userWith(org, 'hiring_manager'))).statusCode,
    ).toBe(403);
  });
});

describe('decisions', () => {
  const rationale =
    'Strong evidence on system design and debugging from both interviews; references confirm ownership.';

  it('only a hiring manager or an admin decides, with a written reason', async () => {
    const s = await setUp('Decide');
    for (const role of ['interviewer', 'recruiter'] as const) {
      expect(
        (
          await call('POST', `/api/v1/applications/${s.applicationId}/decisions`, userWith(org, role), {
            outcome: 'reject',
            rationale,
          })
        ).statusCode,
      ).toBe(403);
    }
    const short = await call(
      'POST',
      `/api/v1/applications/${s.applicationId}/decisions`,
      userWith(org, 'hiring_manager'),
      { outcome: 'reject', rationale: 'no' },
    );
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].path).toBe('body.rationale');
    const ok = await call(
      'POST',
      `/api/v1/applications/${s.applicationId}/decisions`,
      userWith(org, 'hiring_manager'),
      { outcome: 'hold', rationale, dissent: 'Ivo would advance now.' },
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      outcome: 'hold',
      dissent: 'Ivo would advance now.',
      decidedBy: { id: userWith(org, 'hiring_manager').id },
    });
    expect(
      (
        await call('POST', `/api/v1/applications/${s.applicationId}/decisions`, userWith(other, 'admin'), {
          outcome: 'hire',
          rationale,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('rests on the submitted scorecards, closes the application on reject, and tells the outbox', async () => {
    const s = await setUp('Reject');
    const submitted = (
      await call('POST', `/api/v1/interviews/${s.interviewId}/scorecards/me/submit`, i1, cardFor(s.dimensions, 'r'))
    ).json();
    const res = await call('POST', `/api/v1/applications/${s.applicationId}/decisions`, userWith(org, 'admin'), {
      outcome: 'reject',
      rationale,
    });
    expect(res.json().scorecardIds).toEqual([submitted.id]);
    expect(
      (
        await call('POST', `/api/v1/applications/${s.applicationId}/decisions`, userWith(org, 'admin'), {
          outcome: 'hire',
          rationale,
        })
      ).statusCode,
    ).toBe(409);
    const events = await t.handle.db.query.outboxEvents.findMany({ where: (e, { eq }) => eq(e.orgId, org.org.id) });
    const types = events.filter((e) => e.payload.applicationId === s.applicationId).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['scorecard.submitted', 'decision.made']));
  });

  it('honours Idempotency-Key: the same key returns the same decision once', async () => {
    const s = await setUp('Idem');
    const hm = userWith(org, 'hiring_manager');
    const body = { outcome: 'advance', rationale };
    const one = await call('POST', `/api/v1/applications/${s.applicationId}/decisions`, hm, body, {
      'idempotency-key': `decide-${s.applicationId}`,
    });
    const two = await call('POST', `/api/v1/applications/${s.applicationId}/decisions`, hm, body, {
      'idempotency-key': `decide-${s.applicationId}`,
    });
    expect(two.statusCode).toBe(201);
    expect(two.json().id).toBe(one.json().id);
    const again = await call(
      'POST',
      `/api/v1/applications/${s.applicationId}/decisions`,
      hm,
      { ...body, outcome: 'hold' },
      { 'idempotency-key': `decide-${s.applicationId}` },
    );
    expect(again.statusCode).toBe(422);
    const debrief = (await call('GET', `/api/v1/applications/${s.applicationId}/debrief`, hm)).json();
    expect(debrief.decisions).toHaveLength(1);
  });
});
