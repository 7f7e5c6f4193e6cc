import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed, DemoUser } from '../../../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
let other: DemoSeed;
let admin: DemoUser;
let i1: DemoUser;
let i2: DemoUser;
let i3: DemoUser;
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Calibration Org');
  other = await seedOrg(t, 'Elsewhere');
  admin = userWith(org, 'admin');
  [i1, i2, i3] = org.users.filter((u) => u.role === 'interviewer') as [DemoUser, DemoUser, DemoUser];
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, user: DemoUser, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(user), ...(payload && { payload }) });

const CANDIDATE = { name: 'Marisol Quintero', email: 'marisol.q@example.com', phone: '+1 415 555 0199' };

/** A past interview: I1 and I2 on the panel, both submitted with evidence that names people. */
async function pastInterview(submit = true, notAssessed?: 'last') {
  const role = (
    await call('POST', '/api/v1/roles', admin, {
      title: `Calibrated role ${Math.random().toString(36).slice(2, 7)}`,
      level: 'mid',
      band: { min: 130000, max: 160000 },
      location: 'Remote',
    })
  ).json();
  const loop = (await call('GET', `/api/v1/roles/${role.id}/loop`, admin)).json();
  const stage = loop.stages.find((s: { questions: unknown[] }) => s.questions.length > 0);
  const unique = Math.random().toString(36).slice(2, 7);
  const cand = (
    await call('POST', '/api/v1/candidates', admin, {
      ...CANDIDATE,
      email: `marisol.${unique}@example.com`,
      roleId: role.id,
    })
  ).json();
  const interview = (
    await call('POST', '/api/v1/interviews', admin, {
      applicationId: cand.applications[0].id,
      stage: stage.key,
      scheduledAt: '2026-12-01T10:00:00Z',
      interviewerIds: [i1.id, i2.id],
    })
  ).json();
  const kit = (await call('GET', `/api/v1/interviews/${interview.id}`, i1)).json();
  const dimensions: string[] = kit.dimensions.map((d: { id: string }) => d.id);
  const email = `marisol.${unique}@example.com`;
  if (submit) {
    for (const [user, high, low] of [
      [i1, 4, 2],
      [i2, 5, 3],
    ] as const) {
      const res = await call('POST', `/api/v1/interviews/${interview.id}/scorecards/me/submit`, user, {
        ratings: dimensions.map((dimension, i) => ({
          dimension,
          score: notAssessed && i === dimensions.length - 1 ? null : i === 0 ? high : low,
          evidence: `QUOTE-${dimension}: Marisol Quintero said Quintero's team measured p99 first (she wrote from ${email}, call +1 415 555 0199); ${i1.name} pushed back and Marisol held her ground.`,
        })),
        notes: `${CANDIDATE.name} private notes that must not travel`,
        recommendation: 3,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  }
  return { interviewId: interview.id as string, candidateId: cand.id as string, email, dimensions };
}

describe('a session from a past interview', () => {
  it('carries the questions and evidence with no trace of who the candidate or the panel were', async () => {
    const past = await pastInterview();
    const created = await call('POST', '/api/v1/calibration-sessions', admin, {
      title: 'Q4 debugging calibration',
      sourceInterviewId: past.interviewId,
      participantIds: [i1.id, i3.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const session = created.json();
    expect(session.source).toBe('interview');
    expect(session.material.questions.length).toBeGreaterThan(0);
    // Two scorecards, one quote each per dimension.
    expect(session.material.evidence).toHaveLength(past.dimensions.length * 2);
    expect(session.material.evidence[0].text).toMatch(
      /^QUOTE-\w+: \[candidate\] said \[candidate\]'s team measured p99/,
    );
    // Reference: the rounded median of the original panel (4 and 5 -> 5; 2 and 3 -> 3).
    const [first, ...rest] = past.dimensions;
    expect(session.reference).toEqual(Object.fromEntries([[first, 5], ...rest.map((d) => [d, 3])]));
    // Neither the participant's view nor the admin's holds the candidate's identity or the source.
    const asParticipant = await call('GET', `/api/v1/calibration-sessions/${session.id}`, i3);
    const list = await call('GET', '/api/v1/calibration-sessions', i3);
    for (const body of [created.body, asParticipant.body, list.body]) {
      for (const secret of [
        'Marisol',
        'Quintero',
        past.email,
        '415 555',
        past.candidateId,
        past.interviewId,
        'private notes',
      ])
        expect(body, `leaks ${secret}`).not.toContain(secret);
    }
    // The panellist named in the evidence is removed from the material (they are listed only as invited).
    expect(JSON.stringify(asParticipant.json().material)).not.toContain(i1.name);
    expect(session.material.evidence[0].text).toContain('[interviewer] pushed back');
    // The interview's own panellist was invited again; they score blind like anyone else.
    const own = (await call('GET', `/api/v1/calibration-sessions/${session.id}`, i1)).json();
    expect(own).toMatchObject({
      me: { invited: true, submitted: false },
      revealed: false,
      reference: null,
      scores: null,
    });
  });

  it('refuses an interview with no submitted scorecards, another organisation’s interview, and a dimension nobody scored', async () => {
    const unscored = await pastInterview(false);
    const body = { title: 'Too early', participantIds: [i1.id] };
    const early = await call('POST', '/api/v1/calibration-sessions', admin, {
      ...body,
      sourceInterviewId: unscored.interviewId,
    });
    expect(early.statusCode).toBe(422);
    const elsewhere = await call('POST', '/api/v1/calibration-sessions', userWith(other, 'admin'), {
      ...body,
      sourceInterviewId: (await pastInterview()).interviewId,
      participantIds: [userWith(other, 'interviewer').id],
    });
    expect(elsewhere.statusCode).toBe(404);
    // Nobody on the original panel assessed the last dimension: it cannot be calibrated against them.
    const partly = await pastInterview(true, 'last');
    const unassessed = partly.dimensions.at(-1);
    const res = await call('POST', '/api/v1/calibration-sessions', admin, {
      ...body,
      sourceInterviewId: partly.interviewId,
      dimensions: [unassessed],
    });
    expect(res.statusCode, res.body).toBe(422);
    const whole = await call('POST', '/api/v1/calibration-sessions', admin, {
      ...body,
      sourceInterviewId: partly.interviewId,
    });
    expect(whole.json().dimensions.map((d: { id: string }) => d.id)).toEqual(partly.dimensions.slice(0, -1));
  });
});

const written = (participantIds: string[], extra: object = {}) => ({
  title: 'Written answer: the slow checkout',
  referenceAnswer:
    'I would first reproduce the slowness and look at p99 latency per endpoint, then read the slow query log before changing anything.',
  questions: ['Our checkout endpoint times out under load. How would you find out why?'],
  dimensions: ['debugging', 'system_design'],
  referenceScores: { debugging: 3, system_design: 4 },
  participantIds,
  ...extra,
});

async function writtenSession(participants: DemoUser[]): Promise<string> {
  const res = await call('POST', '/api/v1/calibration-sessions', admin, written(participants.map((p) => p.id)));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe('blind scoring', () => {
  it('hides the reference and everyone’s scores from a participant until they submit their own', async () => {
    const hm = userWith(org, 'hiring_manager');
    const id = await writtenSession([i1, i3, hm]);
    const url = `/api/v1/calibration-sessions/${id}`;
    const before = (await call('GET', url, i3)).json();
    expect(before).toMatchObject({ revealed: false, reference: null, scores: null, me: { submitted: false } });
    expect(before.material.referenceAnswer).toContain('reproduce the slowness');
    expect((await call('GET', `${url}/report`, i3)).statusCode).toBe(403);

    const mine = await call('PUT', `${url}/scores`, i1, { scores: { debugging: 5, system_design: 1 } });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ revealed: true, reference: { debugging: 3, system_design: 4 } });
    // I3 has still not scored: I1's scores stay hidden from them, in the session and the report.
    const still = await call('GET', url, i3);
    expect(still.json()).toMatchObject({ revealed: false, reference: null, scores: null });
    expect(still.json().participants.find((p: { id: string }) => p.id === i1.id).submitted).toBe(true);
    expect((await call('GET', `${url}/report`, i3)).statusCode).toBe(403);

    const theirs = await call('PUT', `${url}/scores`, i3, { scores: { debugging: 2, system_design: 4 } });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().scores.find((s: { userId: string }) => s.userId === i1.id).scores).toEqual({
      debugging: 5,
      system_design: 1,
    });
    expect((await call('GET', `${url}/report`, i3)).statusCode).toBe(200);
  });

  it('keeps an admin who scores blind too, until they submit', async () => {
    const id = await writtenSession([admin, i1]);
    const url = `/api/v1/calibration-sessions/${id}`;
    expect((await call('GET', url, admin)).json()).toMatchObject({ revealed: false, reference: null, scores: null });
    expect((await call('GET', `${url}/report`, admin)).statusCode).toBe(403);
    await call('PUT', `${url}/scores`, admin, { scores: { debugging: 4, system_design: 4 } });
    expect((await call('GET', `${url}/report`, admin)).statusCode).toBe(200);
  });

  it('takes scores once, for every dimension, from invited participants while the session is open', async () => {
    const id = await writtenSession([i1, i2]);
    const url = `/api/v1/calibration-sessions/${id}/scores`;
    const partial = await call('PUT', url, i1, { scores: { debugging: 3 } });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.details).toEqual([{ path: 'scores.system_design', message: expect.any(String) }]);
    expect((await call('PUT', url, i1, { scores: { debugging: 3, system_design: 6 } })).statusCode).toBe(400);
    expect(
      (await call('PUT', url, i1, { scores: { debugging: 3, system_design: 3, fundamentals: 2 } })).statusCode,
    ).toBe(400);
    expect((await call('PUT', url, i1, { scores: { debugging: 3, system_design: 3 } })).statusCode).toBe(200);
    expect((await call('PUT', url, i1, { scores: { debugging: 4, system_design: 4 } })).statusCode).toBe(409);
    expect((await call('PUT', url, admin, { scores: { debugging: 4, system_design: 4 } })).statusCode).toBe(403);
    expect((await call('PUT', url, i3, { scores: { debugging: 4, system_design: 4 } })).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/calibration-sessions/${id}/close`, i1)).statusCode).toBe(403);
    const closed = await call('POST', `/api/v1/calibration-sessions/${id}/close`, admin);
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect((await call('POST', `/api/v1/calibration-sessions/${id}/close`, admin)).statusCode).toBe(409);
    expect((await call('PUT', url, i2, { scores: { debugging: 4, system_design: 4 } })).statusCode).toBe(409);
  });
});

describe('the divergence report', () => {
  it('matches the hand-checked example', async () => {
    // Reference: debugging 3, system design 4. Scores (debugging, design): I1 5,4  I2 3,3  I3 2,4; the HM never scores.
    // I1: others' means 2.5 and 3.5 -> +2.5, +0.5 (mean |.| 1.5); from the reference +2, 0 (mean 1), debugging flagged.
    // I2: 3.5 and 4 -> -0.5, -1 (0.75); reference 0, -1 (0.5).  I3: 4 and 3.5 -> -2, +0.5 (1.25); -1, 0 (0.5).
    const hm = userWith(org, 'hiring_manager');
    const id = await writtenSession([i1, i2, i3, hm]);
    const url = `/api/v1/calibration-sessions/${id}`;
    for (const [user, debugging, system_design] of [
      [i1, 5, 4],
      [i2, 3, 3],
      [i3, 2, 4],
    ] as const) {
      expect((await call('PUT', `${url}/scores`, user, { scores: { debugging, system_design } })).statusCode).toBe(200);
    }
    const res = await call('GET', `${url}/report`, admin);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    const byId = Object.fromEntries(report.participants.map((p: { id: string }) => [p.id, p]));
    expect(byId[i1.id].rows).toEqual([
      {
        dimension: 'debugging',
        score: 5,
        panelMean: 2.5,
        reference: 3,
        fromPanel: 2.5,
        fromReference: 2,
        flagged: true,
      },
      {
        dimension: 'system_design',
        score: 4,
        panelMean: 3.5,
        reference: 4,
        fromPanel: 0.5,
        fromReference: 0,
        flagged: false,
      },
    ]);
    expect(
      [i1, i2, i3].map((u) => [byId[u.id].meanAbsFromPanel, byId[u.id].meanAbsFromReference, byId[u.id].flags.length]),
    ).toEqual([
      [1.5, 1, 1],
      [0.75, 0.5, 0],
      [1.25, 0.5, 0],
    ]);
    expect(byId[i1.id].flags).toEqual(['Debugging under ambiguity: scored 5, 2 points above the reference of 3']);
    expect(byId[hm.id]).toMatchObject({ submitted: false, rows: [], meanAbsFromPanel: null });
    expect(report.flagThreshold).toBe(1.5);
    expect(report.dimensions).toEqual([
      { id: 'debugging', name: 'Debugging under ambiguity', reference: 3, mean: 3.33, count: 3 },
      { id: 'system_design', name: 'System design', reference: 4, mean: 3.67, count: 3 },
    ]);
    // The hiring manager is invited but has not scored: the report stays hidden from them.
    expect((await call('GET', `${url}/report`, hm)).statusCode).toBe(403);
  });
});

describe('permissions and validation', () => {
  it('lets only admins create, and only with members of their organisation as participants', async () => {
    const ok = written([i1.id]);
    expect((await call('POST', '/api/v1/calibration-sessions', userWith(org, 'hiring_manager'), ok)).statusCode).toBe(
      403,
    );
    expect((await call('POST', '/api/v1/calibration-sessions', i1, ok)).statusCode).toBe(403);
    const stranger = await call(
      'POST',
      '/api/v1/calibration-sessions',
      admin,
      written([i1.id, userWith(other, 'interviewer').id]),
    );
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().error.details).toEqual([{ path: 'participantIds.1', message: expect.any(String) }]);
  });

  it.each([
    ['no source at all', { referenceAnswer: undefined }],
    ['both a source interview and a written answer', { sourceInterviewId: '00000000-0000-4000-8000-000000000000' }],
    ['a written answer without reference scores', { referenceScores: undefined }],
    ['a reference score missing for a dimension', { referenceScores: { debugging: 3 } }],
    ['a reference score out of range', { referenceScores: { debugging: 0, system_design: 4 } }],
    ['an unknown dimension', { dimensions: ['charisma'] }],
    ['no participants', { participantIds: [] }],
    ['a participant id that is not a UUID', { participantIds: ['ines'] }],
    ['a blank title', { title: '  ' }],
  ])('answers 400 for %s', async (_label, change) => {
    const res = await call('POST', '/api/v1/calibration-sessions', admin, { ...written([i1.id]), ...change });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('shows a session to admins and invited participants only, and never across organisations', async () => {
    const id = await writtenSession([i1]);
    const url = `/api/v1/calibration-sessions/${id}`;
    expect((await call('GET', url, admin)).json()).toMatchObject({ revealed: true, reference: { debugging: 3 } });
    expect((await call('GET', url, i2)).statusCode).toBe(404);
    expect((await call('GET', url, userWith(org, 'recruiter'))).statusCode).toBe(404);
    expect((await call('GET', url, userWith(other, 'admin'))).statusCode).toBe(404);
    expect((await call('GET', `${url}/report`, userWith(other, 'admin'))).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/calibration-sessions/not-a-uuid', admin)).statusCode).toBe(400);
    const listed = async (u: DemoUser) =>
      (await call('GET', '/api/v1/calibration-sessions', u)).json().items.some((s: { id: string }) => s.id === id);
    expect([await listed(admin), await listed(i1), await listed(i2), await listed(userWith(other, 'admin'))]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
