import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { organisations } from '../../../db/schema.js';
import { moveApplication } from '../../../services/applications/change-application.js';
import { createCandidate } from '../../../services/candidates/create-candidate.js';
import { setDemographics } from '../../../services/candidates/demographics.js';
import type { Actor, Deps } from '../../../services/context.js';
import { decide, openApplicationDebrief } from '../../../services/decisions/decide.js';
import type { DemoSeed, DemoUser } from '../../../services/demo/seed-demo.js';
import { getInterviewKit } from '../../../services/interviews/get-interview-kit.js';
import { scheduleInterview } from '../../../services/interviews/schedule-interview.js';
import { getLoop } from '../../../services/loops/get-loop.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { submitScorecard } from '../../../services/scorecards/write-scorecard.js';
import type { Dimension } from '../../../shared/schemas/vocabulary.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { openRoleWithLoop } from '../../../test/hiring.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let deps: Deps;
let org: DemoSeed;
let other: DemoSeed;
let admin: Actor;
/** The role with demographic outcomes at its first stage. */
let fairRole: string;
/** The role with a hand-built scored panel. */
let panelRole: string;
let panelStage: string;
/** The application whose interview I3 has not scored. */
let hiddenApplication: string;
let dims: Dimension[];
let i1: DemoUser;
let i2: DemoUser;
let i3: DemoUser;

const REASON = 'The evidence recorded by the panel supports this outcome at this stage of the loop.';
const actorOf = (u: DemoUser): Actor => ({ userId: u.id, orgId: org.org.id, role: u.role, via: 'token' });

const newRole = (title: string) => openRoleWithLoop(deps, admin, title);

let serial = 0;
async function applicant(roleId: string, gender?: string): Promise<string> {
  serial += 1;
  const c = await createCandidate(deps, admin, {
    name: `Person ${serial}`,
    email: `person.${serial}@example.com`,
    roleId,
  });
  if (gender) await setDemographics(deps, admin, c.id, { consent: true, gender });
  return c.applications[0]?.id as string;
}

/**
 * Fairness role, first stage: 10 women (2 advanced, 8 rejected), 10 men (8 advanced, 2
 * rejected), 4 non-binary people (all advanced: a group of 4, suppressed), one "prefer not to
 * say" (rejected, in no group) and two without self-identification still undecided.
 */
async function buildFairness(): Promise<void> {
  const role = await newRole('Fairness Role');
  fairRole = role.id;
  const next = role.stages[1]?.key as string;
  const plan: [string | undefined, number, number][] = [
    ['woman', 2, 8],
    ['man', 8, 2],
    ['non-binary', 4, 0],
    ['prefer not to say', 0, 1],
    [undefined, 0, 0],
  ];
  for (const [gender, pass, fail] of plan) {
    for (let k = 0; k < pass; k++)
      await moveApplication(deps, admin, await applicant(role.id, gender), { stage: next });
    for (let k = 0; k < fail; k++)
      await decide(deps, admin, await applicant(role.id, gender), { outcome: 'reject', rationale: REASON });
  }
  await applicant(role.id);
  await applicant(role.id);
}

/**
 * Panel role: five interviews where I2 and I3 give x on every dimension and I1 gives x + 1
 * (x = 2, 3, 4, 2, 3); the first three candidates advance, the last two are rejected. A sixth
 * interview where I3 has not submitted (and no debrief) must not count: there I1 is 3 above I2.
 */
async function buildPanel(): Promise<void> {
  const role = await newRole('Panel Role');
  panelRole = role.id;
  const loop = await getLoop(deps, admin, role.id);
  const stageIndex = loop.stages.findIndex((s) => s.questions.some((q) => q.dimension !== null));
  panelStage = loop.stages[stageIndex]?.key as string;
  const next = loop.stages[stageIndex + 1]?.key as string;
  const xs = [2, 3, 4, 2, 3, 1];
  for (const [n, x] of xs.entries()) {
    const applicationId = await applicant(role.id);
    if (stageIndex > 0) await moveApplication(deps, admin, applicationId, { stage: panelStage });
    const interview = await scheduleInterview(deps, admin, {
      applicationId,
      stage: panelStage,
      scheduledAt: `2026-${n < 3 ? '10' : '11'}-0${n + 1}T10:00:00Z`,
      interviewerIds: [i1.id, i2.id, i3.id],
    });
    const kit = await getInterviewKit(deps, admin, interview.id);
    dims = kit.dimensions.map((d) => d.id);
    const card = (score: number) => ({
      ratings: dims.map((dimension) => ({ dimension, score, evidence: 'They measured before changing anything.' })),
      questionNotes: [],
      notes: '',
      redFlags: [],
      recommendation: 3,
    });
    const hidden = n === 5;
    await submitScorecard(deps, actorOf(i1), interview.id, card(hidden ? x + 3 : x + 1));
    await submitScorecard(deps, actorOf(i2), interview.id, card(x));
    if (hidden) {
      hiddenApplication = applicationId;
      continue;
    }
    await submitScorecard(deps, actorOf(i3), interview.id, card(x));
    if (n < 3) await moveApplication(deps, admin, applicationId, { stage: next });
    else await decide(deps, admin, applicationId, { outcome: 'reject', rationale: REASON });
  }
}

beforeAll(async () => {
  t = await createTestApp();
  deps = { db: t.handle.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => t.clock.now };
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Reports Org');
  other = await seedOrg(t, 'Other Org');
  admin = actorOf(userWith(org, 'admin'));
  [i1, i2, i3] = org.users.filter((u) => u.role === 'interviewer') as [DemoUser, DemoUser, DemoUser];
  await buildFairness();
  await buildPanel();
});
afterAll(async () => t.close());

const get = (url: string, user: DemoUser) => t.app.inject({ method: 'GET', url, headers: bearer(user) });
const setRecruitersSeeFairness = (on: boolean) =>
  t.handle.db.update(organisations).set({ recruitersSeeFairness: on }).where(eq(organisations.id, org.org.id));

describe('who may read which report', () => {
  const REPORTS = ['funnel', 'adverse-impact', 'interviewer-drift', 'panel-reliability', 'question-quality'];
  const want: Record<string, Record<string, number>> = {
    admin: {
      funnel: 200,
      'adverse-impact': 200,
      'interviewer-drift': 200,
      'panel-reliability': 200,
      'question-quality': 200,
    },
    hiring_manager: {
      funnel: 200,
      'adverse-impact': 403,
      'interviewer-drift': 200,
      'panel-reliability': 200,
      'question-quality': 200,
    },
    recruiter: {
      funnel: 200,
      'adverse-impact': 403,
      'interviewer-drift': 403,
      'panel-reliability': 403,
      'question-quality': 403,
    },
    interviewer: {
      funnel: 403,
      'adverse-impact': 403,
      'interviewer-drift': 403,
      'panel-reliability': 403,
      'question-quality': 403,
    },
  };
  for (const [role, row] of Object.entries(want))
    it(`${role}`, async () => {
      for (const report of REPORTS) {
        const res = await get(`/api/v1/reports/${report}`, userWith(org, role as 'admin'));
        expect(res.statusCode, `${role} ${report}: ${res.body}`).toBe(row[report]);
      }
    });

  it('recruiters see fairness reports only while the organisation allows it', async () => {
    const recruiter = userWith(org, 'recruiter');
    await setRecruitersSeeFairness(true);
    try {
      expect((await get('/api/v1/reports/adverse-impact', recruiter)).statusCode).toBe(200);
      // Still no scores for recruiters.
      expect((await get('/api/v1/reports/interviewer-drift', recruiter)).statusCode).toBe(403);
    } finally {
      await setRecruitersSeeFairness(false);
    }
    expect((await get('/api/v1/reports/adverse-impact', recruiter)).statusCode).toBe(403);
  });

  it("another organisation's role is not found, and bad queries are 400s", async () => {
    const otherAdmin = userWith(other, 'admin');
    for (const report of REPORTS)
      expect((await get(`/api/v1/reports/${report}?roleId=${fairRole}`, otherAdmin)).statusCode).toBe(404);
    const a = userWith(org, 'admin');
    expect((await get('/api/v1/reports/adverse-impact?attribute=shoeSize', a)).statusCode).toBe(400);
    expect((await get('/api/v1/reports/funnel?from=2026-12-02&to=2026-12-01', a)).statusCode).toBe(400);
    expect((await get('/api/v1/reports/funnel?roleId=nope', a)).statusCode).toBe(400);
  });
});

describe('funnel', () => {
  it('counts who reached each stage and how they were decided there', async () => {
    const res = await get(`/api/v1/reports/funnel?roleId=${fairRole}`, userWith(org, 'recruiter'));
    expect(res.statusCode, res.body).toBe(200);
    const [first, second] = res.json().stages;
    expect(first).toMatchObject({ entered: 27, passed: 14, rejected: 11, withdrawn: 0, active: 2 });
    expect(first.rate).toBeCloseTo(14 / 25, 12);
    expect(second).toMatchObject({ entered: 14, passed: 0, rejected: 0, active: 14, rate: null });
  });

  it('filters by when applications were created', async () => {
    const res = await get(`/api/v1/reports/funnel?roleId=${fairRole}&to=2001-01-01`, userWith(org, 'admin'));
    expect(res.json().stages[0]).toMatchObject({ entered: 0, rate: null });
  });
});

describe('adverse impact', () => {
  it('flags the stage, explains it in words, and suppresses the group of 4', async () => {
    const res = await get(`/api/v1/reports/adverse-impact?roleId=${fairRole}`, userWith(org, 'admin'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ by: 'stage', attribute: 'gender', minGroupSize: 5 });
    const [first, second] = body.stages;
    expect(first.referenceGroup).toBe('man');
    expect(first.flagged).toBe(true);
    expect(first.explanation).toMatch(
      /woman: below four-fifths \(impact ratio 0\.25\) and significant \(Fisher p = 0\.023\)/,
    );
    const woman = first.groups.find((g: { group: string }) => g.group === 'woman');
    expect(woman).toMatchObject({ applicants: 10, selected: 2, rate: 0.2, adverseImpact: true, suppressed: false });
    expect(first.groups.find((g: { group: string }) => g.group === 'non-binary')).toEqual({
      group: 'non-binary',
      applicants: null,
      selected: null,
      rate: null,
      impactRatio: null,
      adverseImpact: false,
      fisherP: null,
      suppressed: true,
    });
    // "Prefer not to say" is nobody's group.
    expect(first.groups.map((g: { group: string }) => g.group)).toEqual(['man', 'non-binary', 'woman']);
    expect(second.flagged).toBe(false);
    expect(second.explanation).toMatch(/No one who self-identified has been decided at this stage yet/);
  });

  it('a smaller minimum group size shows the group of 4', async () => {
    await t.handle.db.update(organisations).set({ minGroupSize: 4 }).where(eq(organisations.id, org.org.id));
    try {
      const res = await get(`/api/v1/reports/adverse-impact?roleId=${fairRole}`, userWith(org, 'admin'));
      const nb = res.json().stages[0].groups.find((g: { group: string }) => g.group === 'non-binary');
      expect(nb).toMatchObject({ applicants: 4, selected: 4, suppressed: false });
    } finally {
      await t.handle.db.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, org.org.id));
    }
  });

  it('exports CSV with the suppressed group empty', async () => {
    const res = await get(`/api/v1/reports/adverse-impact?roleId=${fairRole}&format=csv`, userWith(org, 'admin'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="caliper-adverse-impact.csv"');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'attribute,stage,name,reference_group,flagged,explanation,group,suppressed,applicants,selected,rate,impact_ratio,adverse_impact,fisher_p',
    );
    expect(lines.find((l) => l.includes(',non-binary,'))).toMatch(/,non-binary,true,,,,,false,$/);
    expect(lines.find((l) => l.includes(',woman,'))).toMatch(/,woman,false,10,2,0\.2,0\.25,true,0\.02/);
  });

  it('by interviewer: recommendations of 4 or 5 count as advancing', async () => {
    const res = await get('/api/v1/reports/adverse-impact?by=interviewer', userWith(org, 'admin'));
    expect(res.statusCode, res.body).toBe(200);
    // The scored panel has no self-identified candidates: no interviewer has a group to show.
    expect(res.json()).toMatchObject({ by: 'interviewer', advanceAtRecommendation: 4, interviewers: [] });
  });
});

describe('score reports on the hand-built panel', () => {
  const q = () => `?roleId=${panelRole}`;

  it('drift: I1 sits one point above the others; the unfinished interview does not count', async () => {
    const res = await get(`/api/v1/reports/interviewer-drift${q()}`, userWith(org, 'hiring_manager'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.minInterviews).toBe(5);
    const one = body.interviewers.find((x: { interviewerId: string }) => x.interviewerId === i1.id);
    expect(one.overall).toEqual({ n: 5, meanOffset: 1, ci95: [1, 1], enough: true });
    expect(one.dimensions).toHaveLength(dims.length);
    for (const d of one.dimensions) expect(d).toMatchObject({ n: 5, meanOffset: 1, enough: true });
    expect(one.trend).toEqual([
      { month: '2026-10', n: 3, meanOffset: 1 },
      { month: '2026-11', n: 2, meanOffset: 1 },
    ]);
    const two = body.interviewers.find((x: { interviewerId: string }) => x.interviewerId === i2.id);
    expect(two.overall.meanOffset).toBeCloseTo(-0.5, 12);
  });

  it('reliability: ICC(1,1) and interval alpha match the hand calculation', async () => {
    const res = await get(`/api/v1/reports/panel-reliability${q()}`, userWith(org, 'admin'));
    expect(res.statusCode, res.body).toBe(200);
    const stage = res.json().stages.find((s: { stage: string }) => s.stage === panelStage);
    expect(stage.dimensions).toHaveLength(dims.length);
    for (const d of stage.dimensions) {
      // Rows {x+1, x, x} for x = 2, 3, 4, 2, 3: MSB = 8.4/4 = 2.1, MSW = (10/3)/10 = 1/3,
      // ICC = (2.1 − 1/3)/(2.1 + 2/3) = 0.6386; α = 1 − 14·5/(15·159 − 47²) = 1 − 70/176 = 0.6023.
      expect(d).toMatchObject({ interviews: 5, ratings: 15 });
      expect(d.icc).toBeCloseTo(0.6386, 4);
      expect(d.alpha).toBeCloseTo(1 - 70 / 176, 10);
      expect(d.iccCi95[0]).toBeLessThan(d.icc);
      expect(d.iccCi95[1]).toBeGreaterThan(d.icc);
    }
  });

  it('question quality: asked five times, separating advanced from rejected', async () => {
    const res = await get(`/api/v1/reports/question-quality${q()}`, userWith(org, 'admin'));
    expect(res.statusCode, res.body).toBe(200);
    const scored = res
      .json()
      .questions.filter(
        (x: { dimension: string | null; stages: string[] }) => x.dimension !== null && x.stages.includes(panelStage),
      );
    expect(scored.length).toBeGreaterThan(0);
    for (const question of scored) {
      expect(question).toMatchObject({ timesAsked: 5, ratings: 15, notAssessedRate: 0 });
      expect(question.text).toEqual(expect.any(String));
      // Per-interview means x + 1/3: advanced 2⅓, 3⅓, 4⅓ (s² = 1), rejected 2⅓, 3⅓ (s² = 0.5).
      expect(question.separation).toMatchObject({ advanced: 3, rejected: 2 });
      expect(question.separation.meanDifference).toBeCloseTo(0.5, 10);
      expect(question.separation.effectSize).toBeCloseTo(0.5 / Math.sqrt(2.5 / 3), 10);
    }
  });

  it('drift: below five interviews the mean is shown without an interval', async () => {
    const role = await newRole('Small Panel');
    const stage = panelStage;
    for (const x of [2, 4]) {
      const applicationId = await applicant(role.id);
      if (role.stages[0]?.key !== stage) await moveApplication(deps, admin, applicationId, { stage });
      const interview = await scheduleInterview(deps, admin, {
        applicationId,
        stage,
        scheduledAt: '2026-12-01T10:00:00Z',
        interviewerIds: [i1.id, i2.id],
      });
      const kit = await getInterviewKit(deps, admin, interview.id);
      const card = (score: number) => ({
        ratings: kit.dimensions.map((d) => ({ dimension: d.id, score, evidence: 'They named the bottleneck.' })),
        questionNotes: [],
        notes: '',
        redFlags: [],
        recommendation: 3,
      });
      await submitScorecard(deps, actorOf(i1), interview.id, card(x));
      await submitScorecard(deps, actorOf(i2), interview.id, card(x + 1));
    }
    const res = await get(`/api/v1/reports/interviewer-drift?roleId=${role.id}`, userWith(org, 'admin'));
    const one = res.json().interviewers.find((x: { interviewerId: string }) => x.interviewerId === i1.id);
    expect(one.overall).toEqual({ n: 2, meanOffset: -1, ci95: null, enough: false });
  });

  it('each report exports CSV', async () => {
    for (const report of ['funnel', 'interviewer-drift', 'panel-reliability', 'question-quality']) {
      const res = await get(`/api/v1/reports/${report}${q()}&format=csv`, userWith(org, 'admin'));
      expect(res.statusCode, report).toBe(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="caliper-${report}.csv"`);
      expect(res.body.split('\r\n').length).toBeGreaterThan(2);
    }
  });

  // With dates the reports aggregate the per-interview summaries; without, the running totals.
  it('drift, reliability and question quality agree whether or not the dates narrow anything', async () => {
    const rounded = (body: unknown) =>
      JSON.parse(JSON.stringify(body, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(9)) : v)));
    for (const path of ['interviewer-drift', 'panel-reliability', 'question-quality']) {
      const all = await get(`/api/v1/reports/${path}${q()}`, userWith(org, 'admin'));
      const dated = await get(`/api/v1/reports/${path}${q()}&from=2000-01-01&to=2100-01-01`, userWith(org, 'admin'));
      expect(dated.statusCode, dated.body).toBe(200);
      const { scope: _a, ...allBody } = all.json();
      const { scope: _b, ...datedBody } = dated.json();
      expect(rounded(datedBody)).toEqual(rounded(allBody));
      expect(Object.values(allBody).some((v) => Array.isArray(v) && v.length > 0)).toBe(true);
    }
  });

  // Last: it changes what counts.
  it('opening the debrief makes the unfinished interview count', async () => {
    await openApplicationDebrief(deps, admin, hiddenApplication);
    const res = await get(`/api/v1/reports/interviewer-drift${q()}`, userWith(org, 'admin'));
    const one = res.json().interviewers.find((x: { interviewerId: string }) => x.interviewerId === i1.id);
    // Five interviews at +1 and one at +3 (against I2 alone).
    expect(one.overall.n).toBe(6);
    expect(one.overall.meanOffset).toBeCloseTo(8 / 6, 12);
  });
});
