import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { rowsOf } from '../../db/repos/report-repo.js';
import { recordFirstSubmission } from '../../db/repos/submission-repo.js';
import { refreshQueuedSummaries } from '../../db/repos/summary-queue-repo.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testEngine } from '../../test/db.js';
import { openRoleWithLoop } from '../../test/hiring.js';
import { seedOrg, userWith } from '../../test/seed.js';
import { keptAndRebuilt } from '../../test/totals.js';
import { moveApplication } from '../applications/change-application.js';
import { createCandidate } from '../candidates/create-candidate.js';
import { setDemographics } from '../candidates/demographics.js';
import type { Actor, Deps } from '../context.js';
import { decide } from '../decisions/decide.js';
import type { DemoSeed, DemoUser } from '../demo/seed-demo.js';
import { getInterviewKit } from '../interviews/get-interview-kit.js';
import { scheduleInterview } from '../interviews/schedule-interview.js';
import { syncBuiltInBank } from '../questions/sync-built-in-bank.js';
import { submitScorecard } from './write-scorecard.js';

// Writers touching one application at the same moment (every panellist submitting, a decision,
// a changed self-identification, drains of the summary queue) each rewrite the report summaries
// or move the running totals by subtracting what was there and adding what is now. On PostgreSQL they run in parallel
// connections; they must still all succeed and leave totals that a rebuild from the rows
// reproduces. (On PGlite the writes are serial, so this holds trivially.)

let t: TestApp;
let deps: Deps;
let org: DemoSeed;
let admin: Actor;
let panel: DemoUser[];
let role: Awaited<ReturnType<typeof openRoleWithLoop>>;
let stage: string;

const actorOf = (u: DemoUser): Actor => ({ userId: u.id, orgId: org.org.id, role: u.role, via: 'token' });
const REASON = 'The evidence recorded by the panel supports this outcome at this stage of the loop.';

beforeAll(async () => {
  t = await createTestApp();
  deps = { db: t.handle.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => t.clock.now };
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Concurrent Org');
  admin = actorOf(userWith(org, 'admin'));
  panel = org.users.filter((u) => u.role === 'interviewer').slice(0, 3);
  role = await openRoleWithLoop(deps, admin, 'Concurrent Role');
  const index = role.stages.findIndex((s) => s.questions.some((q) => q.dimension !== null));
  stage = role.stages[index]?.key as string;
});
afterAll(async () => t.close());

/** A candidate who self-identified, at the scored stage, with an interview of the whole panel. */
async function scheduled(n: number) {
  const c = await createCandidate(deps, admin, { name: `P${n}`, email: `p${n}@example.com`, roleId: role.id });
  await setDemographics(deps, admin, c.id, { consent: true, gender: n % 2 ? 'woman' : 'man' });
  const applicationId = c.applications[0]?.id as string;
  if (role.stages[0]?.key !== stage) await moveApplication(deps, admin, applicationId, { stage });
  const interview = await scheduleInterview(deps, admin, {
    applicationId,
    stage,
    scheduledAt: '2026-10-01T10:00:00Z',
    interviewerIds: panel.map((u) => u.id),
  });
  const kit = await getInterviewKit(deps, admin, interview.id);
  const card = (score: number) => ({
    ratings: kit.dimensions.map((d) => ({ dimension: d.id, score, evidence: 'They named the trade-off.' })),
    questionNotes: [],
    notes: '',
    redFlags: [],
    recommendation: score + 1,
  });
  return { candidateId: c.id, applicationId, interviewId: interview.id, card };
}

describe(`concurrent writes to one application (${testEngine})`, () => {
  it('every panellist submitting at once, with a decision and a changed answer, keeps the totals exact', async () => {
    expect(panel).toHaveLength(3);
    for (let n = 0; n < 6; n++) {
      const { candidateId: candidate, applicationId, interviewId, card } = await scheduled(n);
      const results = await Promise.allSettled([
        ...panel.map((u, k) => submitScorecard(deps, actorOf(u), interviewId, card(2 + k))),
        setDemographics(deps, admin, candidate, { consent: true, gender: 'non-binary' }),
        ...(n % 2 ? [decide(deps, admin, applicationId, { outcome: 'reject', rationale: REASON })] : []),
        // Drains (a report's, the background refresher's) racing the submissions they drain.
        refreshQueuedSummaries(deps.db),
        refreshQueuedSummaries(deps.db, org.org.id),
      ]);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    }
    const fairness = await keptAndRebuilt(t.handle, '0009_fairness-totals.sql', [
      'fairness_stage_totals',
      'fairness_interviewer_totals',
    ]);
    expect(fairness.rebuilt).toEqual(fairness.kept);
    const questions = await keptAndRebuilt(t.handle, '0007_question-totals.sql', [
      'question_asked_totals',
      'question_unit_totals',
    ]);
    expect(questions.rebuilt).toEqual(questions.kept);
    // Every interview is complete, so all 18 recommendations count, all now as non-binary.
    expect(fairness.kept[1]?.reduce((sum, row) => sum + Number(row.n), 0)).toBe(18);
  });

  it('a drain that meets a submission not yet committed waits for it, so the card is not left out', async () => {
    const { interviewId, card } = await scheduled(100);
    const [first, second] = panel as [DemoUser, DemoUser];
    await submitScorecard(deps, actorOf(first), interviewId, card(3));
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The second submission's statement runs (and queues the interview again) but does not commit yet.
    const submitting = t.handle.db.transaction(async (tx) => {
      const content = card(4);
      await recordFirstSubmission(tx, {
        orgId: org.org.id,
        interviewId,
        interviewerId: second.id,
        content,
        at: new Date(),
        auditPayload: {},
        eventPayload: {},
      });
      await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const draining = refreshQueuedSummaries(deps.db);
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await Promise.all([submitting, draining]);
    const count = async (query: SQL) => (await rowsOf<{ n: number }>(t.handle.db, query))[0]?.n;
    const queued = await count(
      sql`select count(*)::int as n from summary_refresh_queue where interview_id = ${interviewId}`,
    );
    const summarised = await count(
      sql`select count(*)::int as n from scorecard_summaries where interview_id = ${interviewId}`,
    );
    // Either the drain waited and summarised both cards, or the interview is still queued.
    expect(queued === 1 || summarised === 2, `queued ${queued}, summarised ${summarised}`).toBe(true);
  });
});
