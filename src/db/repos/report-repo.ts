/**
 * The SQL behind the reports: every number is aggregated in the database, so a report reads a
 * few rows per stage, group or interviewer however many applications and scorecards there are.
 *
 * How a stage is decided, from current data: an application sits at stage j of its own loop
 * version (stages ordered as stored in loop_versions.content). For each stage i ≤ j it passed i
 * when j > i, or j = i and it was hired; it failed i when j = i and it was rejected; active or
 * withdrawn at i is undecided and not counted at i.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';

type Conn = Db | Tx;

/** What every report may be narrowed by. */
export interface ReportScope {
  orgId: string;
  roleId?: string | undefined;
  /** Applications created at or after this instant (ISO). */
  from?: string | undefined;
  /** Applications created before this instant (ISO). */
  before?: string | undefined;
}

/** Run a raw query and return its rows (both drivers answer with `{ rows }`). */
export async function rowsOf<T>(db: Conn, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/**
 * The common table expressions of every report:
 * - `st`: one row per stage of each loop version in scope, with its 0-based index and questions;
 * - `app`: applications in scope with j, the index of their current stage in their loop version;
 * - `stage_names`: one row per stage key with its first index and its newest name;
 * - `vis`: interviews in scope whose scores the deciders may see (interviews.scores_visible, kept
 *   by report-summary-repo: the independence rule of domain/scorecards/visibility).
 */
export function scopeCtes(s: ReportScope): SQL {
  const role = s.roleId ? sql`and lv.role_id = ${s.roleId}` : sql``;
  const from = s.from ? sql`and a.created_at >= ${s.from}::timestamptz` : sql``;
  const before = s.before ? sql`and a.created_at < ${s.before}::timestamptz` : sql``;
  return sql`
    with st as (
      select lv.id as lv_id, lv.version, s.value->>'key' as key, s.value->>'name' as name,
             (s.ord - 1)::int as idx, s.value->'questions' as questions
      from loop_versions lv
      cross join lateral jsonb_array_elements(lv.content->'stages') with ordinality as s(value, ord)
      where lv.org_id = ${s.orgId} ${role}
    ),
    app as (
      select a.id, a.candidate_id, a.status, a.loop_version_id as lv_id, cur.idx as j
      from applications a
      join st cur on cur.lv_id = a.loop_version_id and cur.key = a.stage_key
      where a.org_id = ${s.orgId} ${from} ${before}
    ),
    stage_names as (
      select key, min(idx)::int as idx, (array_agg(name order by version desc))[1] as name
      from st group by key
    ),
    vis as (
      select i.id, i.application_id, i.stage_key, i.loop_version_id as lv_id, i.scheduled_at, app.j, app.status
      from interviews i
      join app on app.id = i.application_id
      where i.org_id = ${s.orgId} and i.scores_visible
    )`;
}

/** Whether the scope narrows the organisation (by role or by dates), so rows must be matched to `app`. */
export function isNarrowed(s: ReportScope): boolean {
  return Boolean(s.roleId || s.from || s.before);
}

/**
 * A condition keeping only rows of applications in scope: nothing to add for the whole
 * organisation (every row already carries org_id), a semi-join to `app` otherwise.
 */
export function applicationInScope(s: ReportScope, column: SQL): SQL {
  return isNarrowed(s) ? sql`and ${column} in (select id from app)` : sql``;
}

/** The same for rows keyed by interview. */
export function interviewInScope(s: ReportScope, column: SQL): SQL {
  return isNarrowed(s)
    ? sql`and ${column} in (select i.id from interviews i join app on app.id = i.application_id)`
    : sql``;
}

/** One stage of the funnel. */
export interface FunnelRow {
  key: string;
  name: string;
  entered: number;
  passed: number;
  failed: number;
  withdrawn: number;
  active: number;
}

/** Per stage: how many applications reached it and how each was decided there. */
export async function funnelRows(db: Conn, s: ReportScope): Promise<FunnelRow[]> {
  return rowsOf<FunnelRow>(
    db,
    sql`${scopeCtes(s)},
    per as (
      select st.key,
             (app.j > st.idx or (app.j = st.idx and app.status = 'hired')) as passed,
             (app.j = st.idx and app.status = 'rejected') as failed,
             (app.j = st.idx and app.status = 'withdrawn') as withdrawn,
             (app.j = st.idx and app.status = 'active') as active
      from app join st on st.lv_id = app.lv_id and st.idx <= app.j
    )
    select n.key, n.name,
           count(per.key)::int as entered,
           (count(*) filter (where per.passed))::int as passed,
           (count(*) filter (where per.failed))::int as failed,
           (count(*) filter (where per.withdrawn))::int as withdrawn,
           (count(*) filter (where per.active))::int as active
    from stage_names n left join per on per.key = n.key
    group by n.key, n.name, n.idx
    order by n.idx, n.key`,
  );
}

/** Stage keys in report order with their names. */
export async function stageNames(db: Conn, s: ReportScope): Promise<{ key: string; name: string }[]> {
  return rowsOf(db, sql`${scopeCtes(s)} select key, name from stage_names order by idx, key`);
}
