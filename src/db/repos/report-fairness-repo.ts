/**
 * The SQL behind the adverse-impact reports. Over all time they read the running totals of
 * schema-fairness-totals (one row per stage or interviewer, group and outcome, however many
 * applications); narrowed by dates they aggregate the applications or scorecard summaries
 * created in the range, since the totals carry no dates. Both must agree.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { applicationInScope, type ReportScope, rowsOf, scopeCtes } from './report-repo.js';

type Conn = Db | Tx;

/** Whether the scope has dates, which only the scan can apply. */
function hasDates(s: ReportScope): boolean {
  return Boolean(s.from || s.before);
}

/** Decided applications and selections for one group at one stage. */
export interface StageGroupRow {
  key: string;
  group: string;
  applicants: number;
  selected: number;
}

/**
 * Per stage and self-identified group (the trimmed answer for `attribute`; no answer, no group):
 * applicants = decided at the stage (passed or failed), selected = passed. Erased candidates
 * count: their demographics row is anonymous and kept so history does not change.
 */
async function scannedStageGroupRows(db: Conn, s: ReportScope, attribute: string): Promise<StageGroupRow[]> {
  return rowsOf<StageGroupRow>(
    db,
    sql`${scopeCtes(s)},
    dem as materialized (
      select app.lv_id, app.j, app.status, btrim(cd.data->>${attribute}) as grp
      from app join candidate_demographics cd on cd.candidate_id = app.candidate_id
      where cd.org_id = ${s.orgId}
    )
    select st.key, dem.grp as "group",
           count(*)::int as applicants,
           (count(*) filter (where dem.j > st.idx or dem.status = 'hired'))::int as selected
    from dem join st on st.lv_id = dem.lv_id and st.idx <= dem.j
    where dem.grp is not null and dem.grp <> ''
      and (dem.j > st.idx or dem.status in ('hired', 'rejected'))
    group by st.key, dem.grp`,
  );
}

/**
 * stageGroupRows from the totals: each (loop version, current stage, status, group) count is
 * spread over the stages up to the current one with the same rule as the scan.
 */
async function totalledStageGroupRows(db: Conn, s: ReportScope, attribute: string): Promise<StageGroupRow[]> {
  return rowsOf<StageGroupRow>(
    db,
    sql`${scopeCtes(s)}
    select st.key, t.grp as "group",
           sum(t.n)::int as applicants,
           (coalesce(sum(t.n) filter (where cur.idx > st.idx or t.status = 'hired'), 0))::int as selected
    from fairness_stage_totals t
    join st cur on cur.lv_id = t.loop_version_id and cur.key = t.stage_key
    join st on st.lv_id = t.loop_version_id and st.idx <= cur.idx
    where t.org_id = ${s.orgId} and t.attribute = ${attribute}
      and (cur.idx > st.idx or t.status in ('hired', 'rejected'))
    group by st.key, t.grp
    having sum(t.n) > 0`,
  );
}

/** Per stage and group: applicants decided at the stage and those who passed it. */
export async function stageGroupRows(db: Conn, s: ReportScope, attribute: string): Promise<StageGroupRow[]> {
  return hasDates(s) ? scannedStageGroupRows(db, s, attribute) : totalledStageGroupRows(db, s, attribute);
}

/** One interviewer's submitted recommendations for one group. */
export interface InterviewerGroupRow {
  interviewerId: string;
  name: string;
  group: string;
  applicants: number;
  selected: number;
}

/**
 * Per interviewer and group: submitted scorecards with a recommendation on interviews the
 * deciders may see (applicants), and those recommending to advance, `minRecommendation` or more
 * on the 1–5 scale (selected).
 */
async function scannedInterviewerGroupRows(
  db: Conn,
  s: ReportScope,
  attribute: string,
  minRecommendation: number,
): Promise<InterviewerGroupRow[]> {
  return rowsOf<InterviewerGroupRow>(
    db,
    sql`${scopeCtes(s)},
    agg as (
      select ss.interviewer_id, dem.grp, count(*)::int as applicants,
             (count(*) filter (where ss.recommendation >= ${minRecommendation}))::int as selected
      from scorecard_summaries ss
      -- A plain join of real tables (not a CTE), so the planner can hash it in parallel.
      join (
        select cd.candidate_id, btrim(cd.data->>${attribute}) as grp
        from candidate_demographics cd
        where cd.org_id = ${s.orgId} and btrim(cd.data->>${attribute}) <> ''
      ) dem on dem.candidate_id = ss.candidate_id
      where ss.org_id = ${s.orgId} and ss.visible and ss.recommendation is not null
        ${applicationInScope(s, sql`ss.application_id`)}
      group by ss.interviewer_id, dem.grp
    )
    select agg.interviewer_id as "interviewerId", coalesce(u.name, 'Former member') as name, agg.grp as "group",
           agg.applicants, agg.selected
    from agg left join users u on u.id = agg.interviewer_id`,
  );
}

/** interviewerGroupRows from the totals, the threshold applied to the recommendations kept. */
async function totalledInterviewerGroupRows(
  db: Conn,
  s: ReportScope,
  attribute: string,
  minRecommendation: number,
): Promise<InterviewerGroupRow[]> {
  const role = s.roleId ? sql`and t.role_id = ${s.roleId}` : sql``;
  return rowsOf<InterviewerGroupRow>(
    db,
    sql`select t.interviewer_id as "interviewerId", coalesce(min(u.name), 'Former member') as name,
               t.grp as "group", sum(t.n)::int as applicants,
               (coalesce(sum(t.n) filter (where t.recommendation >= ${minRecommendation}), 0))::int as selected
        from fairness_interviewer_totals t left join users u on u.id = t.interviewer_id
        where t.org_id = ${s.orgId} and t.attribute = ${attribute} ${role}
        group by t.interviewer_id, t.grp
        having sum(t.n) > 0`,
  );
}

/** Per interviewer and group: visible recommendations given, and those to advance. */
export async function interviewerGroupRows(
  db: Conn,
  s: ReportScope,
  attribute: string,
  minRecommendation: number,
): Promise<InterviewerGroupRow[]> {
  return hasDates(s)
    ? scannedInterviewerGroupRows(db, s, attribute, minRecommendation)
    : totalledInterviewerGroupRows(db, s, attribute, minRecommendation);
}
