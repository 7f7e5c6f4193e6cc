/**
 * Generate one large organisation on PostgreSQL for the reports benchmark: the people and four
 * roles (with their composed loops) through the ordinary services, then candidates, demographics,
 * applications, interviews, panels, scorecards, one scorecard_ratings row per dimension,
 * decisions and debriefs with set-based INSERT … SELECT over generate_series (never row by row),
 * then the report summaries with the app's own set-based statements.
 * Ids are derived from integers so every table can be generated independently and still agree.
 */
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/client.js';
import { fairnessStageStatement } from '../src/db/repos/fairness-totals-repo.js';
import { summaryStatements } from '../src/db/repos/report-summary-repo.js';
import type { Deps } from '../src/services/context.js';
import { seedDemo } from '../src/services/demo/seed-demo.js';
import { syncBuiltInBank } from '../src/services/questions/sync-built-in-bank.js';
import { createRole } from '../src/services/roles/create-role.js';
import { DIMENSIONS } from '../src/shared/schemas/vocabulary.js';

/** What the generated organisation holds, and who may read its reports. */
export interface GeneratedOrg {
  orgId: string;
  adminId: string;
  counts: Record<string, number>;
  seconds: number;
}

/** Interviewers in the organisation, and the size of every panel. */
const INTERVIEWERS = 200;
const PANEL = 4;
/** Noise patterns in the table of score combinations. */
const NOISE = 256;
/** Tables filled in bulk: their foreign keys and secondary indexes are rebuilt once at the end. */
const BULK_TABLES = [
  'candidates',
  'candidate_demographics',
  'applications',
  'interviews',
  'interview_interviewers',
  'scorecards',
  'scorecard_ratings',
  'decisions',
  'debriefs',
];
/** The report summaries, filled after the tables above (their visibility needs those indexes). */
const SUMMARY_TABLES = [
  'question_asked_totals',
  'question_unit_totals',
  'rating_offsets',
  'rating_units',
  'scorecard_summaries',
  'drift_dimension_totals',
  'drift_month_totals',
  'reliability_totals',
  'fairness_stage_totals',
  'fairness_interviewer_totals',
];

const ROLE_SPECS = [
  { title: 'Backend Engineer', level: 'junior', min: 95000, max: 118000 },
  { title: 'Backend Engineer, Payments', level: 'mid', min: 130000, max: 165000 },
  { title: 'Senior Backend Engineer, Platform', level: 'senior', min: 170000, max: 225000 },
  { title: 'Staff Engineer, Data Infrastructure', level: 'staff', min: 230000, max: 300000 },
] as const;

/**
 * How many applications reach each stage: a funnel where each stage keeps a fixed share of the
 * one before, with the share chosen so the interviews add up to `interviews` exactly.
 */
export function funnel(applications: number, interviews: number, stages: number): number[] {
  const target = Math.min(interviews / applications, stages);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const q = (lo + hi) / 2;
    const sum = Array.from({ length: stages }, (_, j) => q ** j).reduce((a, b) => a + b, 0);
    if (sum < target) lo = q;
    else hi = q;
  }
  const layers = Array.from({ length: stages }, (_, j) => Math.round(applications * lo ** j));
  const drift = Math.min(applications * stages, interviews) - layers.reduce((a, b) => a + b, 0);
  if (layers.length > 1) layers[1] = Math.max(0, Math.min(applications, (layers[1] ?? 0) + drift));
  return layers;
}

// Integer-derived ids and a deterministic uniform hash in [0, 1), as session-local functions.
const FUNCTIONS = `
create function pg_temp.u(kind int, n bigint) returns uuid language sql immutable as
  $$ select (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
create function pg_temp.h(n bigint, salt bigint) returns double precision language sql immutable as
  $$ select (hashint8(n * 7919 + salt)::bigint + 2147483648) / 4294967296.0 $$;
`;

async function seedPeopleAndRoles(url: string): Promise<{ orgId: string; adminId: string; managerId: string }> {
  const config = loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '4', LOG_LEVEL: 'silent' });
  const handle = await createDb(config.database);
  try {
    await handle.migrate();
    const deps: Deps = { db: handle.db, config, now: () => new Date() };
    // The composer draws from the bank: without it the loops would ask no questions and the
    // question-quality report would have nothing to measure.
    await syncBuiltInBank(handle.db, new Date());
    const seed = await seedDemo(deps, { orgName: 'Reports at scale', panel: false });
    const admin = seed.users.find((u) => u.role === 'admin');
    const manager = seed.users.find((u) => u.role === 'hiring_manager');
    if (!admin || !manager) throw new Error('the demo seed has no admin or hiring manager');
    const actor = { userId: admin.id, orgId: seed.org.id, role: 'admin' as const, via: 'token' as const };
    for (const spec of ROLE_SPECS)
      await createRole(deps, actor, {
        title: spec.title,
        level: spec.level,
        band: { min: spec.min, max: spec.max, currency: 'USD' },
        location: 'Remote (EU)',
        remote: true,
        hiringManagerId: manager.id,
        status: 'open',
        exercise: 'live-coding',
      });
    return { orgId: seed.org.id, adminId: admin.id, managerId: manager.id };
  } finally {
    await handle.close();
  }
}

/** Drop the bulk tables' foreign keys and secondary indexes; returns the statements that restore them. */
async function dropForBulkLoad(client: pg.Client, tables: string[] = BULK_TABLES): Promise<string[]> {
  const fks = await client.query<{ tbl: string; name: string; def: string }>(
    `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
       from pg_constraint where contype = 'f' and conrelid::regclass::text = any($1)`,
    [tables],
  );
  const idx = await client.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i where not i.indisprimary and i.indrelid::regclass::text = any($1)`,
    [tables],
  );
  for (const f of fks.rows) await client.query(`alter table ${f.tbl} drop constraint "${f.name}"`);
  for (const i of idx.rows) await client.query(`drop index ${i.name}`);
  return [
    ...idx.rows.map((i) => i.def),
    ...fks.rows.map((f) => `alter table ${f.tbl} add constraint "${f.name}" ${f.def}`),
  ];
}

/** Generate the organisation; sizes default to 100,000 applications and 1,000,000 scorecards. */
export async function generateOrg(
  url: string,
  size: { applications: number; scorecards: number },
  log: (line: string) => void = () => {},
): Promise<GeneratedOrg> {
  const started = performance.now();
  const people = await seedPeopleAndRoles(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const step = async (name: string, sql: string, params: unknown[] = []) => {
      const t = performance.now();
      const r = await client.query(sql, params);
      // Temp tables are never auto-analyzed: without statistics the planner guesses nested loops.
      const temp = /^\s*create temp table (\w+)/.exec(sql);
      if (temp) await client.query(`analyze ${temp[1]}`);
      log(`  ${name}: ${r.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    await client.query(FUNCTIONS);
    await client.query(`set maintenance_work_mem = '512MB'`);
    await client.query(`set work_mem = '64MB'`);
    const loops = await client.query<{ role_id: string; loop_id: string; stages: string[] }>(
      `select r.id as role_id, l.id as loop_id,
              array(select s->>'key' from jsonb_array_elements(l.content->'stages') s) as stages
         from roles r join loop_versions l on l.role_id = r.id
        where r.org_id = $1 order by r.created_at`,
      [people.orgId],
    );
    const stageCount = Math.min(...loops.rows.map((l) => l.stages.length));
    const layers = funnel(size.applications, Math.floor(size.scorecards / PANEL), stageCount);
    log(`  funnel (applications reaching each stage): ${layers.join(', ')}`);
    await client.query(`create temp table bench_loop (role_n int, role_id uuid, loop_id uuid, stages text[])`);
    for (const [i, l] of loops.rows.entries())
      await client.query('insert into bench_loop values ($1, $2, $3, $4)', [i, l.role_id, l.loop_id, l.stages]);

    const restore = await dropForBulkLoad(client);
    await client.query('begin');
    const org = people.orgId;
    const dims = [...DIMENSIONS];
    await step(
      'interviewers',
      `insert into users (id, email, name, password_hash)
       select pg_temp.u(1, n), 'interviewer' || n || '.' || $1 || '@gen.caliper.example', 'Interviewer ' || n, '!'
         from generate_series(0, $2 - 1) n`,
      [org.slice(0, 8), INTERVIEWERS],
    );
    await step(
      'memberships',
      `insert into memberships (org_id, user_id, role) select $1, pg_temp.u(1, n), 'interviewer' from generate_series(0, $2 - 1) n`,
      [org, INTERVIEWERS],
    );
    // Ability is uniform with a small shift against one group, so adverse impact has something to find.
    await step(
      'plan',
      `create temp table bench_app as
       select n, n % $2 as role_n, (n / 4) % 4 as gender, (n / 16) % 6 as ethnicity,
              (pg_temp.h(n, 2) * 2 - 1) - case when (n / 16) % 6 = 1 then 0.25 else 0 end as ability
         from generate_series(0, $1 - 1) n`,
      [size.applications, loops.rows.length],
    );
    await step(
      'plan ranks',
      `create temp table bench_reach as
       select a.*, (select count(*) from unnest($1::int[]) c where r.rank <= c)::int - 1 as reached
         from bench_app a join (select n, row_number() over (order by ability + pg_temp.h(n, 3) * 0.5 desc) as rank
                                  from bench_app) r using (n)`,
      [layers],
    );
    await step(
      'candidates',
      `insert into candidates (id, org_id, name, email, created_at)
       select pg_temp.u(2, n), $1, 'Candidate ' || n, 'candidate' || n || '@gen.caliper.example',
              timestamptz '2025-01-01' + n * interval '3 minutes'
         from bench_reach`,
      [org],
    );
    await step(
      'candidate_demographics',
      `insert into candidate_demographics (candidate_id, org_id, data, consented_at)
       select pg_temp.u(2, n), $1,
              jsonb_build_object('gender', (array['woman','man','non-binary','prefer not to say'])[gender + 1],
                'ethnicity', (array['Asian','Black','Hispanic or Latino','White','Two or more','prefer not to say'])[ethnicity + 1],
                'ageBand', (array['under-25','25-34','35-44','45-54','55-64'])[n % 5 + 1]),
              timestamptz '2025-01-01' + n * interval '3 minutes'
         from bench_reach where pg_temp.h(n, 4) < 0.8`,
      [org],
    );
    await step(
      'applications',
      `insert into applications (id, org_id, candidate_id, role_id, loop_version_id, stage_key, status, created_at, updated_at)
       select pg_temp.u(3, a.n), $1, pg_temp.u(2, a.n), l.role_id, l.loop_id, l.stages[a.reached + 1],
              case when a.reached = $2 - 1 and pg_temp.h(a.n, 5) < 0.4 then 'hired'
                   when pg_temp.h(a.n, 6) < 0.03 then 'withdrawn'
                   when a.reached < $2 - 1 and pg_temp.h(a.n, 7) < 0.85 then 'rejected'
                   else 'active' end,
              timestamptz '2025-01-01' + a.n * interval '3 minutes', timestamptz '2025-01-01' + a.n * interval '3 minutes'
         from bench_reach a join bench_loop l using (role_n)`,
      [org, stageCount],
    );
    await step(
      'plan interviews',
      `create temp table bench_iv as
       select a.n * 8 + j as m, a.n, j, a.role_n, a.ability,
              timestamptz '2025-01-02' + a.n * interval '3 minutes' + j * interval '4 days' as at
         from bench_reach a, generate_series(0, a.reached) j`,
    );
    await step(
      'interviews',
      `insert into interviews (id, org_id, application_id, loop_version_id, stage_key, scheduled_at, status, completed_at, created_at)
       select pg_temp.u(4, i.m), $1, pg_temp.u(3, i.n), l.loop_id, l.stages[i.j + 1], i.at, 'completed', i.at, i.at
         from bench_iv i join bench_loop l using (role_n)`,
      [org],
    );
    // Panellist k of interview m: distinct within a panel, varied across panels. Scores come from
    // a small table of combinations (ability band x interviewer leniency x noise pattern), joined
    // in, so the 1M scorecards and 5M ratings need no per-row arithmetic and always agree.
    await step(
      'plan seats',
      `create temp table bench_seat as
       select i.m, i.m * ${PANEL} + k as sc, i.at,
              ((hashint8(i.m)::bigint + 2147483648) % ${INTERVIEWERS} + k * 37 + i.j * 11) % ${INTERVIEWERS} as rater,
              least(9, greatest(0, floor((i.ability + 1.25) * 4)))::int as band,
              ((hashint8(i.m * ${PANEL} + k)::bigint + 2147483648) % ${NOISE})::int as noise
         from bench_iv i, generate_series(0, ${PANEL - 1}) k`,
    );
    await step(
      'plan scores',
      `create temp table bench_score as
       select b as band, r as lenient, p as noise, d.name as dimension, d.i as dim,
              case when pg_temp.h(p * 5 + d.i, 100) < 0.03 then null
                   else greatest(1, least(5, round(3 + 1.3 * (b / 4.0 - 1.125) + (r - 4) * 0.12
                        + (pg_temp.h(p * 5 + d.i, 200) - 0.5) * 1.6)))::smallint end as score,
              greatest(1, least(5, round(3 + 1.3 * (b / 4.0 - 1.125))))::smallint as recommendation
         from generate_series(0, 9) b, generate_series(0, 8) r, generate_series(0, ${NOISE - 1}) p,
              unnest($1::text[]) with ordinality d(name, i)`,
      [dims],
    );
    await step(
      'plan contents',
      `create temp table bench_content as
       select band, lenient, noise,
              jsonb_build_object(
                'ratings', jsonb_agg(jsonb_build_object('dimension', dimension, 'score', score,
                  'evidence', 'They named the bottleneck and measured before changing anything.') order by dim),
                'questionNotes', '[]'::jsonb, 'notes', 'Followed the kit in order.', 'redFlags', '[]'::jsonb,
                'recommendation', min(recommendation)) as content
         from bench_score group by band, lenient, noise`,
    );
    await step(
      'interview_interviewers',
      `insert into interview_interviewers (interview_id, user_id, org_id)
       select pg_temp.u(4, m), pg_temp.u(1, rater), $1 from bench_seat`,
      [org],
    );
    await step(
      'scorecards',
      `insert into scorecards (id, org_id, interview_id, interviewer_id, status, content, version, submitted_at, updated_at)
       select pg_temp.u(5, s.sc), $1, pg_temp.u(4, s.m), pg_temp.u(1, s.rater), 'submitted', c.content, 1,
              s.at + interval '2 hours', s.at + interval '2 hours'
         from bench_seat s join bench_content c on c.band = s.band and c.lenient = s.rater % 9 and c.noise = s.noise`,
      [org],
    );
    await step(
      'scorecard_ratings',
      `insert into scorecard_ratings (scorecard_id, org_id, interview_id, interviewer_id, dimension, score, recommendation, submitted_at)
       select pg_temp.u(5, s.sc), $1, pg_temp.u(4, s.m), pg_temp.u(1, s.rater), c.dimension, c.score, c.recommendation,
              s.at + interval '2 hours'
         from bench_seat s join bench_score c on c.band = s.band and c.lenient = s.rater % 9 and c.noise = s.noise`,
      [org],
    );
    // One decision per interview the application got past (advance), and its final one.
    await step(
      'decisions',
      `insert into decisions (id, org_id, application_id, outcome, rationale, scorecard_ids, decided_by, decided_at)
       select pg_temp.u(6, i.m), $1, pg_temp.u(3, i.n),
              case when i.j < a.reached then 'advance' when p.status = 'hired' then 'hire' else 'reject' end,
              'The panel evidence was weighed against the level; see the scorecards.',
              (select jsonb_agg(pg_temp.u(5, i.m * ${PANEL} + k)) from generate_series(0, ${PANEL - 1}) k),
              $2, i.at + interval '1 day'
         from bench_iv i join bench_reach a using (n) join applications p on p.id = pg_temp.u(3, i.n)
        where i.j < a.reached or p.status in ('hired', 'rejected')`,
      [org, people.managerId],
    );
    await step(
      'debriefs',
      `insert into debriefs (application_id, org_id, opened_by, opened_at)
       select distinct on (application_id) application_id, $1, $2, decided_at - interval '1 hour' from decisions
        where org_id = $1 order by application_id, decided_at`,
      [org, people.managerId],
    );
    await client.query('commit');
    const t = performance.now();
    for (const statement of restore) await client.query(statement);
    log(`  indexes and foreign keys rebuilt in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const v = performance.now();
    await client.query(`vacuum (analyze) ${BULK_TABLES.join(', ')}, users, memberships`);
    log(`  vacuum analyze in ${((performance.now() - v) / 1000).toFixed(1)} s`);
    // The report summaries, with the statements the app runs at each submission (for the whole
    // organisation at once), after the indexes are back so visibility is a few index probes.
    const w = performance.now();
    const dialect = new PgDialect();
    const restoreSummaries = await dropForBulkLoad(client, SUMMARY_TABLES);
    const statements = [
      ...summaryStatements(sql`i.org_id = ${org}::uuid`),
      fairnessStageStatement(sql`a.org_id = ${org}::uuid`, 1),
    ];
    for (const statement of statements) {
      const q = dialect.sqlToQuery(statement);
      const t = performance.now();
      const r = await client.query(q.sql, q.params);
      const what = /^\s*(\w+(?: into| from)? \w+)/.exec(q.sql)?.[1] ?? 'statement';
      log(`    ${what}: ${r.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    for (const statement of restoreSummaries) await client.query(statement);
    await client.query(`vacuum (analyze) interviews, ${SUMMARY_TABLES.join(', ')}`);
    log(`  report summaries in ${((performance.now() - w) / 1000).toFixed(1)} s`);
    const counts: Record<string, number> = {};
    for (const table of ['applications', 'interviews', 'scorecards', 'scorecard_ratings', 'decisions']) {
      const r = await client.query<{ n: string }>(`select count(*) as n from ${table} where org_id = $1`, [org]);
      counts[table] = Number(r.rows[0]?.n ?? 0);
    }
    return { orgId: org, adminId: people.adminId, counts, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
