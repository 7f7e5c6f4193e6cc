/**
 * The score-based reports' SQL: interviewer drift, panel reliability and question quality, only
 * on interviews whose scores the deciders may see. Each is one pass over the narrow summaries
 * kept at write time by report-summary-repo (rating_offsets, rating_units, scorecard_summaries),
 * which hold the same numbers the reports used to derive from scorecard_ratings on every request.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { applicationInScope, interviewInScope, type ReportScope, rowsOf, scopeCtes } from './report-repo.js';

type Conn = Db | Tx;

/** Count, sum and sum of squares of one interviewer's offsets for one breakdown. */
export interface DriftRow {
  /** 'dimension': per dimension; 'overall': per interview; 'month': per interview, by month. */
  kind: 'dimension' | 'overall' | 'month';
  interviewerId: string;
  name: string;
  /** The dimension, the month (YYYY-MM), or null for overall. */
  key: string | null;
  n: number;
  sum: number;
  sumSq: number;
}

/**
 * Offsets from co-panellists: for each score, own score − the mean of the other panellists'
 * scores for the same interview and dimension (only where someone else scored it too).
 * Per dimension the unit is one (interview, dimension); overall and by month the unit is the
 * interview, with its offsets averaged over dimensions so that an interview counts once.
 */
export async function driftRows(db: Conn, s: ReportScope): Promise<DriftRow[]> {
  return rowsOf<DriftRow>(
    db,
    sql`${scopeCtes(s)},
    ${datesNarrow(s) ? driftFromSummaries(s) : driftFromTotals(s)},
    agg as (
      select 'dimension' as kind, interviewer_id, key, n, sum, "sumSq" from dim
      union all
      select 'overall', interviewer_id, null, sum(n)::int, sum(sum)::float8, sum("sumSq")::float8
      from mon group by interviewer_id
      union all
      select 'month', interviewer_id, key, n, sum, "sumSq" from mon
    )
    select agg.kind, agg.interviewer_id as "interviewerId", coalesce(u.name, 'Former member') as name,
           agg.key, agg.n, agg.sum, agg."sumSq"
    from agg left join users u on u.id = agg.interviewer_id
    order by name, agg.interviewer_id, agg.kind, agg.key`,
  );
}

/** Whether the scope has dates, which the running totals (kept per organisation and role) cannot answer. */
function datesNarrow(s: ReportScope): boolean {
  return Boolean(s.from || s.before);
}

/** The role condition on a running-totals table. */
function roleOf(s: ReportScope): SQL {
  return s.roleId ? sql`and role_id = ${s.roleId}` : sql``;
}

/** `dim` (per interviewer and dimension) and `mon` (per interviewer and month) from the running totals. */
function driftFromTotals(s: ReportScope): SQL {
  return sql`dim as (
      select interviewer_id, dimension as key, sum(n)::int as n, sum(sum)::float8 as sum, sum(sum_sq)::float8 as "sumSq"
      from drift_dimension_totals where org_id = ${s.orgId} ${roleOf(s)}
      group by interviewer_id, dimension having sum(n) > 0
    ),
    mon as (
      select interviewer_id, month as key, sum(n)::int as n, sum(sum)::float8 as sum, sum(sum_sq)::float8 as "sumSq"
      from drift_month_totals where org_id = ${s.orgId} ${roleOf(s)}
      group by interviewer_id, month having sum(n) > 0
    )`;
}

/** The same, aggregated from the summaries of the applications in scope. */
function driftFromSummaries(s: ReportScope): SQL {
  return sql`dim as (
      select interviewer_id, dimension as key,
             count(*)::int as n, sum("offset")::float8 as sum, sum("offset" * "offset")::float8 as "sumSq"
      from rating_offsets
      where org_id = ${s.orgId} and visible ${interviewInScope(s, sql`interview_id`)}
      group by interviewer_id, dimension
    ),
    mon as (
      select interviewer_id, month as key,
             count(*)::int as n, sum(offset_mean)::float8 as sum, sum(offset_mean * offset_mean)::float8 as "sumSq"
      from scorecard_summaries
      where org_id = ${s.orgId} and visible and offset_n > 0 ${applicationInScope(s, sql`application_id`)}
      group by interviewer_id, month
    )`;
}

/** Pooled sums of one stage and dimension (see domain/reports/aggregate-reliability). */
export interface ReliabilityRow {
  key: string;
  name: string;
  dimension: string;
  units: number;
  ratings: number;
  sum: number;
  sumSq: number;
  sumMeanSq: number;
  sizeSq: number;
  pairedWithin: number;
}

/** Per stage and dimension: the sums over interviews with at least two scores of the dimension. */
export async function reliabilityRows(db: Conn, s: ReportScope): Promise<ReliabilityRow[]> {
  return rowsOf<ReliabilityRow>(
    db,
    sql`${scopeCtes(s)},
    u as (${datesNarrow(s) ? reliabilityFromUnits(s) : reliabilityFromTotals(s)})
    select u.stage_key as key, coalesce(n.name, u.stage_key) as name, u.dimension,
           u.units, u.ratings, u.sum, u."sumSq", u."sumMeanSq", u."sizeSq", u."pairedWithin"
    from u left join stage_names n on n.key = u.stage_key
    order by n.idx, u.stage_key, u.dimension`,
  );
}

/** Reliability sums per stage and dimension from the running totals. */
function reliabilityFromTotals(s: ReportScope): SQL {
  return sql`
      select stage_key, dimension, sum(units)::int as units, sum(ratings)::int as ratings, sum(sum)::float8 as sum,
             sum(sum_sq)::float8 as "sumSq", sum(sum_mean_sq)::float8 as "sumMeanSq", sum(size_sq)::float8 as "sizeSq",
             sum(paired_within)::float8 as "pairedWithin"
      from reliability_totals where org_id = ${s.orgId} ${roleOf(s)}
      group by stage_key, dimension having sum(units) > 0`;
}

/** The same from the units of the interviews in scope. */
function reliabilityFromUnits(s: ReportScope): SQL {
  return sql`
      select stage_key, dimension, count(*)::int as units, sum(n)::int as ratings, sum(s)::float8 as sum,
             sum(ss)::float8 as "sumSq", sum(s * s / n)::float8 as "sumMeanSq", sum(n * n)::float8 as "sizeSq",
             sum(n * (ss - s * s / n) / (n - 1))::float8 as "pairedWithin"
      from (
        select stage_key, dimension, n::float8 as n, sum::float8 as s, sum_sq as ss
        from rating_units
        where org_id = ${s.orgId} and visible and n >= 2 ${interviewInScope(s, sql`interview_id`)}
      ) x
      group by stage_key, dimension`;
}

/** One question's numbers (a question is its slug and pinned version, scored on one dimension). */
export interface QuestionRow {
  questionId: string;
  version: number;
  dimension: string | null;
  text: string | null;
  stages: string[];
  asked: number;
  ratings: number;
  scored: number;
  sum: number | null;
  sumSq: number | null;
  advancedN: number;
  advancedSum: number | null;
  advancedSumSq: number | null;
  rejectedN: number;
  rejectedSum: number | null;
  rejectedSumSq: number | null;
}

/**
 * Per question of the loops in scope: the visible interviews at its stage (times asked), the
 * ratings of its dimension on them (null = not assessed), and per-interview mean scores split by
 * how the application was decided at that stage (advanced or hired, versus rejected there).
 *
 * The big tables are aggregated first, by columns of their own only (the interview's loop version
 * and stage, the application's loop version, stage and status, the dimension), so the planner sees
 * real statistics and plans hash joins, in parallel where it can; the stage indexes, the outcome
 * and the questions, which come from loop content in jsonb and have no statistics, are applied
 * afterwards to a few hundred grouped rows.
 */
export async function questionRows(db: Conn, s: ReportScope): Promise<QuestionRow[]> {
  return db.transaction(async (tx) => {
    // The interviews of a large organisation are hashed for the join; with the default few MB the
    // hash spills to disk in batches. SET LOCAL ends with this transaction.
    await tx.execute(sql`set local work_mem = '64MB'`);
    return rowsOf<QuestionRow>(tx, questionSql(s));
  });
}

/** The statement of questionRows. */
function questionSql(s: ReportScope): SQL {
  return sql`${scopeCtes(s)},
    q as (
      select st.lv_id, st.key, qq.value->>'id' as qid, (qq.value->>'version')::int as qver,
             qq.value->>'dimension' as dim
      from st cross join lateral jsonb_array_elements(coalesce(st.questions, '[]'::jsonb)) as qq(value)
    ),
    ${datesNarrow(s) ? groupedFromSummaries(s) : groupedFromTotals(s)},
    -- The outcome at the interview's stage, from the stage indexes in both loop versions.
    ${outcomeOf('ivg')},
    ${outcomeOf('ug')},
    -- Materialized: a few rows each, which the planner cannot estimate through the jsonb of st.
    per_stage as materialized (select ilv as lv_id, ikey as key, sum(asked)::int as asked from ivg_o group by 1, 2),
    per_dim as materialized (
      select ilv as lv_id, ikey as key, dim,
             sum(ratings)::int as ratings, sum(scored)::int as scored, sum(s)::float8 as s, sum(ss)::float8 as ss,
             coalesce(sum(mn) filter (where outcome = 'advanced'), 0)::int as an,
             sum(msum) filter (where outcome = 'advanced') as asum,
             sum(msq) filter (where outcome = 'advanced') as asq,
             coalesce(sum(mn) filter (where outcome = 'rejected'), 0)::int as rn,
             sum(msum) filter (where outcome = 'rejected') as rsum,
             sum(msq) filter (where outcome = 'rejected') as rsq
      from ug_o group by 1, 2, 3
    ),
    agg as (
      select q.qid, q.qver, q.dim, array_agg(distinct q.key) as stages,
             coalesce(sum(ps.asked), 0)::int as asked, coalesce(sum(pd.ratings), 0)::int as ratings,
             coalesce(sum(pd.scored), 0)::int as scored, sum(pd.s)::float8 as sum, sum(pd.ss)::float8 as "sumSq",
             coalesce(sum(pd.an), 0)::int as "advancedN", sum(pd.asum)::float8 as "advancedSum",
             sum(pd.asq)::float8 as "advancedSumSq",
             coalesce(sum(pd.rn), 0)::int as "rejectedN", sum(pd.rsum)::float8 as "rejectedSum",
             sum(pd.rsq)::float8 as "rejectedSumSq"
      from q
      join per_stage ps on ps.lv_id = q.lv_id and ps.key = q.key
      left join per_dim pd on pd.lv_id = q.lv_id and pd.key = q.key and pd.dim = q.dim
      group by q.qid, q.qver, q.dim
    )
    select agg.qid as "questionId", agg.qver as version, agg.dim as dimension, qt.text, agg.stages,
           agg.asked, agg.ratings, agg.scored, agg.sum, agg."sumSq",
           agg."advancedN", agg."advancedSum", agg."advancedSumSq",
           agg."rejectedN", agg."rejectedSum", agg."rejectedSumSq"
    from agg
    left join lateral (
      select qs.text from questions qs
      where qs.slug = agg.qid and qs.version = agg.qver and (qs.org_id = ${s.orgId} or qs.org_id is null)
      order by qs.org_id nulls last limit 1
    ) qt on true
    order by agg.asked desc, agg.qid, agg.qver`;
}

/**
 * `ivg` and `ug` from the rating units: visible interviews, and their units per dimension, grouped
 * by interview stage, application stage and status (needed when dates narrow the applications).
 */
function groupedFromSummaries(s: ReportScope): SQL {
  return sql`
    ivg as (
      select i.loop_version_id as ilv, i.stage_key as ikey, a.loop_version_id as alv, a.stage_key as akey,
             a.status, count(*)::int as asked
      from interviews i join applications a on a.id = i.application_id
      where i.org_id = ${s.orgId} and i.scores_visible and a.org_id = ${s.orgId}
        ${applicationInScope(s, sql`i.application_id`)}
      group by 1, 2, 3, 4, 5
    ),
    -- The per-interview means only where the dimension was scored.
    ug as (
      select i.loop_version_id as ilv, i.stage_key as ikey, a.loop_version_id as alv, a.stage_key as akey,
             a.status, u.dimension as dim,
             sum(u.rated)::int as ratings, sum(u.n)::int as scored, sum(u.sum)::float8 as s, sum(u.sum_sq)::float8 as ss,
             (count(*) filter (where u.n > 0))::int as mn,
             sum(u.sum::float8 / u.n) filter (where u.n > 0) as msum,
             sum((u.sum::float8 / u.n) ^ 2) filter (where u.n > 0) as msq
      from rating_units u
      join interviews i on i.id = u.interview_id
      join applications a on a.id = i.application_id
      where i.org_id = ${s.orgId} and i.scores_visible and a.org_id = ${s.orgId}
        ${applicationInScope(s, sql`i.application_id`)}
      group by 1, 2, 3, 4, 5, 6
    )`;
}

/**
 * The same from the running totals (question_asked_totals, question_unit_totals): a few hundred
 * rows for the whole organisation. A role narrows them through the loop versions of `st`.
 */
function groupedFromTotals(s: ReportScope): SQL {
  const key = sql.raw(
    'interview_loop_version_id as ilv, interview_stage_key as ikey, application_loop_version_id as alv, application_stage_key as akey, status',
  );
  return sql`
    ivg as (select ${key}, asked from question_asked_totals where org_id = ${s.orgId} and asked > 0),
    ug as (
      select ${key}, dimension as dim, ratings, scored,
             case when scored > 0 then sum end as s, case when scored > 0 then sum_sq end as ss,
             means as mn, case when means > 0 then mean_sum end as msum, case when means > 0 then mean_sum_sq end as msq
      from question_unit_totals where org_id = ${s.orgId} and ratings > 0
    )`;
}

/**
 * `<name>_o`: the grouped rows of `<name>` whose interview and application stages are both in the
 * loop versions in scope, each with the application's outcome at the interview's stage.
 */
function outcomeOf(name: 'ivg' | 'ug'): SQL {
  return sql.raw(`${name}_o as (
      select g.*,
             case when sa.idx > si.idx or (sa.idx = si.idx and g.status = 'hired') then 'advanced'
                  when sa.idx = si.idx and g.status = 'rejected' then 'rejected' end as outcome
      from ${name} g
      join st si on si.lv_id = g.ilv and si.key = g.ikey
      join st sa on sa.lv_id = g.alv and sa.key = g.akey
    )`);
}
