import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { organisations } from '../../../db/schema.js';
import { moveApplication } from '../../../services/applications/change-application.js';
import { createApplication } from '../../../services/applications/create-application.js';
import { createCandidate } from '../../../services/candidates/create-candidate.js';
import { setDemographics } from '../../../services/candidates/demographics.js';
import type { Actor, Deps } from '../../../services/context.js';
import { decide } from '../../../services/decisions/decide.js';
import type { DemoSeed, DemoUser } from '../../../services/demo/seed-demo.js';
import { withdrawDemographicsConsent } from '../../../services/gdpr/withdraw-consent.js';
import { getInterviewKit } from '../../../services/interviews/get-interview-kit.js';
import { scheduleInterview } from '../../../services/interviews/schedule-interview.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { submitScorecard } from '../../../services/scorecards/write-scorecard.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { openRoleWithLoop } from '../../../test/hiring.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';
import { keptAndRebuilt } from '../../../test/totals.js';

// Over all time the adverse-impact reports read running totals; with dates they count the rows
// themselves. Every way the inputs change (self-identifying before or after applying, a changed
// answer, a withdrawn consent, scorecards, decisions) must leave the two in agreement.

let t: TestApp;
let deps: Deps;
let org: DemoSeed;
let admin: Actor;
let roleId: string;
let panelStage: string;
let i1: DemoUser;
let i2: DemoUser;

const REASON = 'The evidence recorded by the panel supports this outcome at this stage of the loop.';
const actorOf = (u: DemoUser): Actor => ({ userId: u.id, orgId: org.org.id, role: u.role, via: 'token' });
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: bearer(userWith(org, 'admin')) });

interface Group {
  group: string;
  applicants: number | null;
  selected: number | null;
}

/** A scored interview at the panel stage: I1 recommends `r1`; I2 recommends 3 unless it has not submitted. */
async function interviewed(applicationId: string, r1: number, i2Submits = true): Promise<void> {
  const interview = await scheduleInterview(deps, admin, {
    applicationId,
    stage: panelStage,
    scheduledAt: '2026-10-01T10:00:00Z',
    interviewerIds: [i1.id, i2.id],
  });
  const kit = await getInterviewKit(deps, admin, interview.id);
  const card = (recommendation: number) => ({
    ratings: kit.dimensions.map((d) => ({ dimension: d.id, score: 3, evidence: 'They named the trade-off.' })),
    questionNotes: [],
    notes: '',
    redFlags: [],
    recommendation,
  });
  await submitScorecard(deps, actorOf(i1), interview.id, card(r1));
  if (i2Submits) await submitScorecard(deps, actorOf(i2), interview.id, card(3));
}

beforeAll(async () => {
  t = await createTestApp();
  deps = { db: t.handle.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => t.clock.now };
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Totals Org');
  admin = actorOf(userWith(org, 'admin'));
  [i1, i2] = org.users.filter((u) => u.role === 'interviewer') as [DemoUser, DemoUser];
  // Nothing suppressed, so the comparison covers every count.
  await t.handle.db.update(organisations).set({ minGroupSize: 1 }).where(eq(organisations.id, org.org.id));
  const role = await openRoleWithLoop(deps, admin, 'Totals Role');
  roleId = role.id;
  const index = role.stages.findIndex((s) => s.questions.some((q) => q.dimension !== null));
  panelStage = role.stages[index]?.key as string;
  const next = role.stages[index + 1]?.key as string;

  const apps: string[] = [];
  const people: string[] = [];
  for (let k = 0; k < 7; k++) {
    const early = k < 3;
    const c = await createCandidate(deps, admin, {
      name: `Person ${k}`,
      email: `person.${k}@example.com`,
      ...(early ? {} : { roleId }),
    });
    const answers = { consent: true as const, gender: early ? 'woman' : ' man ', ageBand: '25-34' as const };
    // The first three self-identify before they apply, the others after.
    if (early) {
      await setDemographics(deps, admin, c.id, answers);
      apps.push((await createApplication(deps, admin, { candidateId: c.id, roleId })).id);
    } else {
      apps.push(c.applications[0]?.id as string);
      await setDemographics(deps, admin, c.id, answers);
    }
    people.push(c.id);
    if (index > 0) await moveApplication(deps, admin, apps[k] as string, { stage: panelStage });
    // The seventh interview is unfinished (I2 has not submitted): it must not count.
    await interviewed(apps[k] as string, k === 6 ? 5 : k % 2 === 0 ? 4 : 2, k !== 6);
  }
  for (const k of [0, 1]) await moveApplication(deps, admin, apps[k] as string, { stage: next });
  for (const k of [2, 3]) await decide(deps, admin, apps[k] as string, { outcome: 'reject', rationale: REASON });
  // Person 3 changes their answer after being scored and decided; person 0 withdraws consent.
  await setDemographics(deps, admin, people[3] as string, { consent: true, gender: 'woman' });
  await withdrawDemographicsConsent(deps, admin, people[0] as string);
});
afterAll(async () => t.close());

describe('adverse impact from running totals', () => {
  const rounded = (body: unknown) =>
    JSON.parse(JSON.stringify(body, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(9)) : v)));
  // ROLE stands for the role's id, which exists only once beforeAll has run.
  const queries = [
    '',
    'roleId=ROLE',
    'by=interviewer',
    'by=interviewer&roleId=ROLE',
    'attribute=ageBand',
    'by=interviewer&attribute=ageBand',
  ];

  it.each(queries)('agrees with the dated scan (?%s)', async (template) => {
    const query = template.replace('ROLE', roleId);
    const all = await get(`/api/v1/reports/adverse-impact?${query}`);
    const dated = await get(`/api/v1/reports/adverse-impact?${query}&from=2000-01-01&to=2100-01-01`);
    expect(all.statusCode, all.body).toBe(200);
    expect(dated.statusCode, dated.body).toBe(200);
    const { scope: _a, ...allBody } = all.json();
    const { scope: _b, ...datedBody } = dated.json();
    expect(rounded(allBody)).toEqual(rounded(datedBody));
  });

  it('by interviewer: a changed answer moves the recommendations, a withdrawn one removes them', async () => {
    const res = await get('/api/v1/reports/adverse-impact?by=interviewer');
    const one = res.json().interviewers.find((x: { interviewerId: string }) => x.interviewerId === i1.id);
    const counts = one.groups.map((g: Group) => [g.group, g.applicants, g.selected]);
    // Women: persons 1 (2), 2 (4) and 3 (2, changed from man); men: persons 4 (4) and 5 (2).
    // Person 0 withdrew; person 6's interview is unfinished.
    expect(counts).toEqual([
      ['man', 2, 1],
      ['woman', 3, 1],
    ]);
  });

  it('by stage: who applied after self-identifying counts, and decisions move them', async () => {
    const res = await get(`/api/v1/reports/adverse-impact?roleId=${roleId}`);
    const stage = res.json().stages.find((s: { stage: string }) => s.stage === panelStage);
    // Decided at the panel stage: person 1 passed, persons 2 and 3 failed; the men are undecided.
    expect(stage.groups.map((g: Group) => [g.group, g.applicants, g.selected])).toEqual([['woman', 3, 1]]);
  });

  // Last, since the rebuild replaces the tables: a key kept at -1 (an application never counted
  // when opened) would hide behind later moves in the reports, but not here.
  it('the totals equal a rebuild from the rows', async () => {
    const tables = ['fairness_stage_totals', 'fairness_interviewer_totals'];
    const { kept, rebuilt } = await keptAndRebuilt(t.handle, '0009_fairness-totals.sql', tables);
    expect(rebuilt).toEqual(kept);
  });
});
