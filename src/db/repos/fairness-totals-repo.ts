/**
 * Keeps the adverse-impact running totals (schema-fairness-totals) in step with their inputs, in
 * the writer's transaction: applications (stage, status), visible scorecard summaries
 * (recommendation) and candidate demographics. Each input change subtracts the old
 * contributions, makes the change, and adds the new ones.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { lockApplications, signOf } from './running-totals.js';

type Conn = Db | Tx;

/** One (attribute, trimmed answer) pair per answered self-identification question of `cd`. */
const answers = sql`cross join lateral jsonb_each_text(cd.data) d`;
const answered = sql`btrim(d.value) <> ''`;

/** Add (1) or subtract (-1) the applications `a` matching `where` to the stage totals. */
export function fairnessStageStatement(where: SQL, sign: 1 | -1): SQL {
  const m = signOf(sign);
  return sql`insert into fairness_stage_totals as t (org_id, loop_version_id, stage_key, status, attribute, grp, n)
    select a.org_id, a.loop_version_id, a.stage_key, a.status, d.key, btrim(d.value), ${m}count(*)
    from applications a join candidate_demographics cd on cd.candidate_id = a.candidate_id ${answers}
    where ${where} and ${answered}
    group by 1, 2, 3, 4, 5, 6
    on conflict (org_id, loop_version_id, stage_key, status, attribute, grp) do update set n = t.n + excluded.n`;
}

/**
 * Add (1) or subtract (-1) the visible recommendations of the interviews `i` matching `where` to
 * the interviewer totals. Part of the summary refresh (report-summary-repo), which rewrites
 * scorecard_summaries between the two.
 */
export function fairnessInterviewerStatement(where: SQL, sign: 1 | -1): SQL {
  const m = signOf(sign);
  return sql`insert into fairness_interviewer_totals as t
      (org_id, role_id, interviewer_id, attribute, grp, recommendation, n)
    select x.org_id, a.role_id, x.interviewer_id, d.key, btrim(d.value), x.recommendation, ${m}count(*)
    from scorecard_summaries x
    join interviews i on i.id = x.interview_id
    join applications a on a.id = i.application_id
    join candidate_demographics cd on cd.candidate_id = x.candidate_id ${answers}
    where ${where} and x.visible and x.recommendation is not null and ${answered}
    group by 1, 2, 3, 4, 5, 6
    on conflict (org_id, role_id, interviewer_id, attribute, grp, recommendation) do update set n = t.n + excluded.n`;
}

/** Count a newly opened application in the stage totals (its candidate may have self-identified already). */
export async function countOpenedApplication(db: Conn, applicationId: string): Promise<void> {
  await db.execute(fairnessStageStatement(sql`a.id = ${applicationId}`, 1));
}

/**
 * Record or withdraw a candidate's demographics (`change`) while moving the contributions of all
 * their applications and visible recommendations to the new groups.
 */
export async function changeDemographics(
  db: Conn,
  candidateId: string,
  change: (tx: Tx) => Promise<void>,
): Promise<void> {
  const ofCandidate = sql`a.candidate_id = ${candidateId}`;
  const interviews = sql`i.application_id in (select a.id from applications a where ${ofCandidate})`;
  await db.transaction(async (tx) => {
    await tx.execute(lockApplications(ofCandidate));
    await tx.execute(fairnessStageStatement(ofCandidate, -1));
    await tx.execute(fairnessInterviewerStatement(interviews, -1));
    await change(tx);
    await tx.execute(fairnessStageStatement(ofCandidate, 1));
    await tx.execute(fairnessInterviewerStatement(interviews, 1));
  });
}
