/**
 * What the soak test drives: a demo organisation seeded through the ordinary services, plus
 * pools of never-used (interview, panellist) pairs and (practice round, question) slots, cloned
 * from a real template with set-based SQL, so every submit in the mix is a real first submission.
 */
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/client.js';
import type { Actor, Deps } from '../src/services/context.js';
import { seedDemo } from '../src/services/demo/seed-demo.js';
import { getInterviewKit } from '../src/services/interviews/get-interview-kit.js';
import { practiceProfile } from '../src/services/practice/practice-caller.js';
import { createLocalProfile } from '../src/services/practice/profiles.js';
import { startRound } from '../src/services/practice/start-round.js';

/** One panellist's seat on one interview, with the token that panellist calls with. */
export interface Pair {
  interviewId: string;
  token: string;
}

/** One unanswered question of a practice round. */
export interface Slot {
  roundId: string;
  questionId: string;
}

/** The seeded organisation and the templates the pools are cloned from. */
export interface SoakFixture {
  orgId: string;
  managerToken: string;
  /** Seeded interviews with their panellists' tokens: kit reads. */
  kits: Pair[];
  /** Applications with submitted scorecards: debrief reads by the hiring manager. */
  debriefs: string[];
  /** The dimensions the template stage rates (what a draft or submission carries). */
  dimensions: string[];
  template: { interviewId: string; interviewerIds: string[] };
  tokens: Map<string, string>;
  practice: { secret: string; roundId: string };
}

/** Migrate, seed a demo organisation, and pick the templates. */
export async function seedSoak(url: string): Promise<SoakFixture> {
  const config = loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '4', LOG_LEVEL: 'silent' });
  const handle = await createDb(config.database);
  try {
    await handle.migrate();
    const deps: Deps = { db: handle.db, config, now: () => new Date() };
    const seed = await seedDemo(deps, { orgName: 'Soak' });
    const tokens = new Map(seed.users.map((u) => [u.id, u.token]));
    const manager = seed.users.find((u) => u.role === 'hiring_manager');
    if (!manager) throw new Error('the demo seed has no hiring manager');
    // seedScores scores the even-numbered interviews; the odd ones are still scheduled.
    const scored = seed.interviews.filter((_, n) => n % 2 === 0);
    const open = seed.interviews.filter((_, n) => n % 2 === 1);
    const template = open[0];
    if (!template || scored.length === 0) throw new Error('the demo seed has no interviews to clone');
    const actor: Actor = { userId: manager.id, orgId: seed.org.id, role: 'hiring_manager', via: 'token' };
    const kit = await getInterviewKit(deps, actor, template.id);
    const local = await createLocalProfile(deps, { targetLevel: 'mid' });
    const profile = await practiceProfile(deps, undefined, local.secret);
    const round = await startRound(deps, profile, { level: 'mid', track: 'mix', minutes: 30 });
    return {
      orgId: seed.org.id,
      managerToken: manager.token,
      kits: seed.interviews.flatMap((i) =>
        i.interviewerIds.map((id) => ({ interviewId: i.id, token: tokens.get(id) ?? '' })),
      ),
      debriefs: [...new Set(scored.map((i) => i.applicationId))],
      dimensions: kit.dimensions.map((d) => d.id),
      template: { interviewId: template.id, interviewerIds: template.interviewerIds },
      tokens,
      practice: { secret: local.secret, roundId: round.id },
    };
  } finally {
    await handle.close();
  }
}

/**
 * Clone the template interview `count` times, each for a new candidate and application (so no
 * debrief grows without bound), with the same panel; every panellist seat is one pair.
 */
export async function preparePairs(url: string, fx: SoakFixture, count: number, batch: number): Promise<Pair[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `create temp table soak_pool on commit drop as
       select g, gen_random_uuid() as cand, gen_random_uuid() as app, gen_random_uuid() as iv
         from generate_series(1, $1::int) g`,
      [count],
    );
    await client.query(
      `insert into candidates (id, org_id, name, email)
       select cand, $1, 'Soak candidate ' || g, 'soak.' || $2::int || '.' || g || '@candidates.caliper.example' from soak_pool`,
      [fx.orgId, batch],
    );
    await client.query(
      `insert into applications (id, org_id, candidate_id, role_id, loop_version_id, stage_key, status)
       select p.app, a.org_id, p.cand, a.role_id, a.loop_version_id, a.stage_key, 'active'
         from soak_pool p, interviews t join applications a on a.id = t.application_id where t.id = $1`,
      [fx.template.interviewId],
    );
    await client.query(
      `insert into interviews (id, org_id, application_id, loop_version_id, stage_key, scheduled_at, status)
       select p.iv, t.org_id, p.app, t.loop_version_id, t.stage_key, t.scheduled_at, 'scheduled'
         from soak_pool p, interviews t where t.id = $1`,
      [fx.template.interviewId],
    );
    const rows = await client.query<{ iv: string; user_id: string }>(
      `insert into interview_interviewers (interview_id, user_id, org_id)
       select p.iv, u, $2 from soak_pool p, unnest($1::uuid[]) u
       returning interview_id as iv, user_id`,
      [fx.template.interviewerIds, fx.orgId],
    );
    await client.query('commit');
    return rows.rows.map((r) => ({ interviewId: r.iv, token: fx.tokens.get(r.user_id) ?? '' }));
  } finally {
    await client.end();
  }
}

/** Clone the template practice round `count` times; every unanswered question is one slot. */
export async function prepareSlots(url: string, fx: SoakFixture, count: number): Promise<Slot[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `create temp table soak_rounds on commit drop as
       select gen_random_uuid() as id from generate_series(1, $1::int)`,
      [count],
    );
    await client.query(
      `insert into practice_rounds (id, profile_id, level, track, minutes, context, questions)
       select s.id, r.profile_id, r.level, r.track, r.minutes, r.context, r.questions
         from soak_rounds s, practice_rounds r where r.id = $1`,
      [fx.practice.roundId],
    );
    const rows = await client.query<{ round_id: string; question_id: string }>(
      `insert into practice_answers (round_id, question_id)
       select s.id, q->>'id' from soak_rounds s, practice_rounds r, jsonb_array_elements(r.questions) q
        where r.id = $1
       returning round_id, question_id`,
      [fx.practice.roundId],
    );
    await client.query('commit');
    return rows.rows.map((r) => ({ roundId: r.round_id, questionId: r.question_id }));
  } finally {
    await client.end();
  }
}
