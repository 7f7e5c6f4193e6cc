/**
 * The report summaries (interviews.scores_visible, rating_offsets, rating_units,
 * scorecard_summaries) are derived from scorecards, scorecard_ratings, panels and debriefs. They
 * are rewritten per interview, in the writer's transaction, whenever one of those inputs changes,
 * so a report reads them in one pass instead of recomputing visibility and co-panellist means
 * over every rating. The same statements, over every interview, backfill them (migration 0006,
 * with `true` as the predicate) and fill the benchmark's generated organisation.
 */
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../client.js';
import { fairnessInterviewerStatement, fairnessStageStatement } from './fairness-totals-repo.js';
import { lockApplications, signOf } from './running-totals.js';

type Conn = Db | Tx;

/**
 * The statements that rewrite the summaries of the interviews `i` (alias of interviews) matching
 * `where`, in order: visibility first, since the other rows copy it.
 */
export function summaryStatements(where: SQL): SQL[] {
  const ids = sql`(select i.id from interviews i where ${where})`;
  return [
    // Take the interviews' current contributions out of the running totals, rewrite, put them back.
    ...totalStatements(where, -1),
    // The independence rule of domain/scorecards/visibility: every panellist has submitted, or the
    // application's debrief is open.
    sql`update interviews i set scores_visible = (
          exists (select 1 from debriefs d where d.application_id = i.application_id)
          or not exists (
            select 1 from interview_interviewers ii
            where ii.interview_id = i.id
              and not exists (
                select 1 from scorecards sc
                where sc.interview_id = i.id and sc.interviewer_id = ii.user_id and sc.status = 'submitted'
              )
          ))
        where ${where}`,
    sql`delete from rating_offsets where interview_id in ${ids}`,
    sql`insert into rating_offsets (scorecard_id, dimension, org_id, interview_id, interviewer_id, visible, "offset")
        select scorecard_id, dimension, org_id, interview_id, interviewer_id, visible,
               score - (total - score)::float8 / (c - 1)
        from (
          select r.scorecard_id, r.dimension, r.org_id, r.interview_id, r.interviewer_id, i.scores_visible as visible,
                 r.score::float8 as score, sum(r.score) over w as total, count(*) over w as c
          from scorecard_ratings r join interviews i on i.id = r.interview_id
          where ${where} and r.score is not null
          window w as (partition by r.interview_id, r.dimension)
        ) x
        where c >= 2`,
    sql`delete from rating_units where interview_id in ${ids}`,
    sql`insert into rating_units (interview_id, dimension, org_id, stage_key, visible, rated, n, sum, sum_sq)
        select r.interview_id, r.dimension, i.org_id, i.stage_key, i.scores_visible,
               count(*), count(r.score), sum(r.score), sum(r.score::float8 * r.score)
        from scorecard_ratings r join interviews i on i.id = r.interview_id
        where ${where}
        group by r.interview_id, r.dimension, i.org_id, i.stage_key, i.scores_visible`,
    sql`delete from scorecard_summaries where interview_id in ${ids}`,
    sql`insert into scorecard_summaries
          (scorecard_id, org_id, interview_id, application_id, candidate_id, interviewer_id, visible, recommendation, month,
           offset_n, offset_mean)
        select sc.id, sc.org_id, sc.interview_id, i.application_id, a.candidate_id, sc.interviewer_id, i.scores_visible,
               case when jsonb_typeof(sc.content->'recommendation') = 'number' then (sc.content->>'recommendation')::int end,
               to_char(date_trunc('month', i.scheduled_at at time zone 'UTC'), 'YYYY-MM'),
               coalesce(o.n, 0), o.m
        from scorecards sc
        join interviews i on i.id = sc.interview_id
        join applications a on a.id = i.application_id
        left join (
          select o.scorecard_id, count(*)::int as n, avg(o."offset") as m
          from rating_offsets o where o.interview_id in ${ids}
          group by o.scorecard_id
        ) o on o.scorecard_id = sc.id
        where ${where} and sc.status = 'submitted'`,
    ...totalStatements(where, 1),
  ];
}

/** Add (1) or subtract (-1) the visible summaries of the interviews matching `where` to the running totals. */
function totalStatements(where: SQL, sign: 1 | -1): SQL[] {
  const m = signOf(sign);
  const role = sql`join interviews i on i.id = x.interview_id join applications a on a.id = i.application_id`;
  return [
    ...questionTotalStatements(where, sign),
    fairnessInterviewerStatement(where, sign),
    sql`insert into drift_dimension_totals as t (org_id, role_id, interviewer_id, dimension, n, sum, sum_sq)
        select x.org_id, a.role_id, x.interviewer_id, x.dimension,
               ${m}count(*), ${m}sum(x."offset"), ${m}sum(x."offset" * x."offset")
        from rating_offsets x ${role}
        where ${where} and x.visible
        group by x.org_id, a.role_id, x.interviewer_id, x.dimension
        on conflict (org_id, role_id, interviewer_id, dimension) do update
          set n = t.n + excluded.n, sum = t.sum + excluded.sum, sum_sq = t.sum_sq + excluded.sum_sq`,
    sql`insert into drift_month_totals as t (org_id, role_id, interviewer_id, month, n, sum, sum_sq)
        select x.org_id, a.role_id, x.interviewer_id, x.month,
               ${m}count(*), ${m}sum(x.offset_mean), ${m}sum(x.offset_mean * x.offset_mean)
        from scorecard_summaries x ${role}
        where ${where} and x.visible and x.offset_n > 0
        group by x.org_id, a.role_id, x.interviewer_id, x.month
        on conflict (org_id, role_id, interviewer_id, month) do update
          set n = t.n + excluded.n, sum = t.sum + excluded.sum, sum_sq = t.sum_sq + excluded.sum_sq`,
    sql`insert into reliability_totals as t
          (org_id, role_id, stage_key, dimension, units, ratings, sum, sum_sq, sum_mean_sq, size_sq, paired_within)
        select x.org_id, a.role_id, x.stage_key, x.dimension, ${m}count(*), ${m}sum(x.n),
               ${m}sum(x.s), ${m}sum(x.ss), ${m}sum(x.s * x.s / x.n), ${m}sum(x.n * x.n),
               ${m}sum(x.n * (x.ss - x.s * x.s / x.n) / (x.n - 1))
        from (
          select interview_id, org_id, stage_key, dimension, n::float8 as n, sum::float8 as s, sum_sq as ss
          from rating_units where visible and n >= 2
        ) x ${role}
        where ${where}
        group by x.org_id, a.role_id, x.stage_key, x.dimension
        on conflict (org_id, role_id, stage_key, dimension) do update
          set units = t.units + excluded.units, ratings = t.ratings + excluded.ratings, sum = t.sum + excluded.sum,
              sum_sq = t.sum_sq + excluded.sum_sq, sum_mean_sq = t.sum_mean_sq + excluded.sum_mean_sq,
              size_sq = t.size_sq + excluded.size_sq, paired_within = t.paired_within + excluded.paired_within`,
  ];
}

/**
 * Add (1) or subtract (-1) the visible interviews matching `where`, and their rating units, to the
 * question totals, keyed by the application's current loop version, stage and status. Besides the
 * summary refresh, an application's change of stage or status moves its contributions
 * (changeApplicationOutcome).
 */
export function questionTotalStatements(where: SQL, sign: 1 | -1): SQL[] {
  const m = signOf(sign);
  const key = sql.raw(
    'org_id, interview_loop_version_id, interview_stage_key, application_loop_version_id, application_stage_key, status',
  );
  return [
    sql`insert into question_asked_totals as t (${key}, asked)
        select i.org_id, i.loop_version_id, i.stage_key, a.loop_version_id, a.stage_key, a.status, ${m}count(*)
        from interviews i join applications a on a.id = i.application_id
        where ${where} and i.scores_visible
        group by 1, 2, 3, 4, 5, 6
        on conflict (${key}) do update set asked = t.asked + excluded.asked`,
    sql`insert into question_unit_totals as t (${key}, dimension, ratings, scored, sum, sum_sq, means, mean_sum, mean_sum_sq)
        select i.org_id, i.loop_version_id, i.stage_key, a.loop_version_id, a.stage_key, a.status, u.dimension,
               ${m}sum(u.rated), ${m}sum(u.n), ${m}coalesce(sum(u.sum), 0)::float8, ${m}coalesce(sum(u.sum_sq), 0),
               ${m}count(*) filter (where u.n > 0),
               ${m}coalesce(sum(u.sum::float8 / u.n) filter (where u.n > 0), 0),
               ${m}coalesce(sum((u.sum::float8 / u.n) ^ 2) filter (where u.n > 0), 0)
        from rating_units u join interviews i on i.id = u.interview_id join applications a on a.id = i.application_id
        where ${where} and u.visible
        group by 1, 2, 3, 4, 5, 6, 7
        on conflict (${key}, dimension) do update
          set ratings = t.ratings + excluded.ratings, scored = t.scored + excluded.scored, sum = t.sum + excluded.sum,
              sum_sq = t.sum_sq + excluded.sum_sq, means = t.means + excluded.means,
              mean_sum = t.mean_sum + excluded.mean_sum, mean_sum_sq = t.mean_sum_sq + excluded.mean_sum_sq`,
  ];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dialect = new PgDialect();

/** A uuid as a SQL literal; refuses anything else, since it is spliced into the statement text. */
function uuidLiteral(id: string): string {
  if (!UUID.test(id)) throw new Error(`not a uuid: ${id}`);
  return `'${id}'::uuid`;
}

/**
 * Run the statements as one anonymous block: one round trip instead of thirteen on every
 * submission. First it locks the applications matching `applications` (alias a): see
 * lockApplications. The block takes no parameters, so ids are spliced in as checked uuid literals.
 */
async function runAsOneBlock(db: Conn, applications: string, statements: SQL[]): Promise<void> {
  const body = [lockApplications(sql.raw(applications)), ...statements].map((statement, n) => {
    const query = dialect.sqlToQuery(statement);
    if (query.params.length > 0) throw new Error('summary statements must not take parameters');
    // In PL/pgSQL a query whose rows are not kept is run with PERFORM.
    return n === 0 ? `${query.sql.replace(/^select /, 'perform ')};` : `${query.sql};`;
  });
  await db.execute(sql.raw(`do $summaries$ begin\n${body.join('\n')}\nend $summaries$`));
}

/**
 * Rewrite the report summaries of some interviews. Call it in the same transaction as every change
 * to their scorecards, panel or debrief, after the change.
 */
export async function refreshReportSummaries(db: Conn, interviewIds: string[]): Promise<void> {
  if (interviewIds.length === 0) return;
  const interviews = `i.id in (${interviewIds.map(uuidLiteral).join(', ')})`;
  await runAsOneBlock(
    db,
    `a.id in (select i.application_id from interviews i where ${interviews})`,
    summaryStatements(sql.raw(interviews)),
  );
}

/** Rewrite the report summaries of every interview of an application (its debrief opened). */
export async function refreshApplicationSummaries(db: Conn, applicationId: string): Promise<void> {
  const id = uuidLiteral(applicationId);
  await runAsOneBlock(db, `a.id = ${id}`, summaryStatements(sql.raw(`i.application_id = ${id}`)));
}

/**
 * Change an application's stage or status (`change`, run between the two blocks) while keeping
 * the totals keyed by them (question quality, adverse impact by stage) in step. Runs in a
 * transaction of its own, or in a savepoint of the caller's.
 */
export async function changeApplicationOutcome(db: Conn, applicationId: string, change: (tx: Tx) => Promise<void>) {
  const id = uuidLiteral(applicationId);
  const move = (sign: 1 | -1) => [
    ...questionTotalStatements(sql.raw(`i.application_id = ${id}`), sign),
    fairnessStageStatement(sql.raw(`a.id = ${id}`), sign),
  ];
  await db.transaction(async (tx) => {
    await runAsOneBlock(tx, `a.id = ${id}`, move(-1));
    await change(tx);
    await runAsOneBlock(tx, `a.id = ${id}`, move(1));
  });
}
