import { execFileSync } from 'node:child_process';
import type { Figure } from './lib.js';
import { type Load, load, startProcess, stopProcess } from './lib.js';

/** A figure and the baseline of the same run it is compared with. */
export interface Measured {
  figure: Figure;
  baseline: string;
  /** The ratio this figure must reach, when the issue sets one. */
  target?: number;
}

/** Where the app's database is: embedded PGlite in a folder, or a PostgreSQL URL. */
export type BenchDb = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/** Extra node flags for the app server (BENCH_NODE_ARGS), split on spaces. */
function nodeArgs(): string[] {
  return (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

function dbEnv(db: BenchDb): Record<string, string> {
  return db.kind === 'postgres' ? { DATABASE_URL: db.url } : { DATA_DIR: db.dataDir };
}

function dbArgs(db: BenchDb): string[] {
  return db.kind === 'pglite' ? ['--data-dir', db.dataDir] : [];
}

interface Seed {
  users: { id: string; role: string; email: string; password: string; token: string }[];
  interviews: { id: string; applicationId: string; interviewerIds: string[] }[];
}

/** Seed a demo organisation into the bench database (migrating it first). */
export function seedDemo(db: BenchDb): Seed {
  const env = { ...process.env, ...(db.kind === 'postgres' && { DATABASE_URL: db.url }) };
  return JSON.parse(
    execFileSync('node', ['bin/caliper.mjs', 'demo', 'seed', ...dbArgs(db), '--json'], { encoding: 'utf8', env }),
  );
}

/** The one-query baseline: a Fastify route doing one primary-key SELECT through the app's driver. */
export async function benchPkSelect(db: BenchDb, label: string, seconds: number): Promise<Figure> {
  const server = await startProcess(
    'node',
    ['--import', 'tsx', 'bench/servers/pk-select.ts'],
    { PORT: '0', ...dbEnv(db) },
    /listening (\d+)/,
  );
  try {
    return await load(`one primary-key SELECT route (${label}, baseline)`, {
      url: `http://127.0.0.1:${server.match[1]}/pk`,
      seconds,
      expect: '2xx',
      pid: server.child.pid,
    });
  } finally {
    await stopProcess(server.child);
  }
}

async function call(base: string, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: res.status, etag: res.headers.get('etag'), json: res.status === 204 ? null : await res.json() };
}

/** Run `fn` over items with a few requests in flight. */
async function inParallel<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (i < items.length) {
        const k = i++;
        out[k] = await fn(items[k] as T);
      }
    }),
  );
  return out;
}

interface Panel {
  interviewer: Seed['users'][number];
  kitPath: string;
  /** Some of the fresh interviews' own cards: each panellist autosaves their own card. */
  draftPaths: string[];
  submitPaths: string[];
  card: object;
}

/**
 * How many cards the autosave load spreads over: one per connection, each saved again and again,
 * as a panellist's open scorecard autosaves every few seconds.
 */
const AUTOSAVE_CARDS = 50;

/**
 * An interviewer with a kit that has questions, and `submits` fresh interviews on the same
 * application and stage: autosaved (as drafts), then submitted once each.
 */
async function preparePanel(base: string, seed: Seed, submits: number): Promise<Panel> {
  const admin = seed.users.find((u) => u.role === 'admin');
  if (!admin) throw new Error('the demo seed has no admin');
  for (const iv of seed.interviews) {
    const interviewer = seed.users.find((u) => u.role === 'interviewer' && iv.interviewerIds.includes(u.id));
    if (!interviewer) continue;
    const kit = await call(base, interviewer.token, 'GET', `/api/v1/interviews/${iv.id}`);
    if (kit.status !== 200 || kit.json.questions.length === 0) continue;
    const schedule = () =>
      call(base, admin.token, 'POST', '/api/v1/interviews', {
        applicationId: iv.applicationId,
        stage: kit.json.stage.key,
        scheduledAt: '2027-01-04T10:00:00Z',
        interviewerIds: [interviewer.id],
      });
    const probe = await schedule();
    if (probe.status !== 201) continue;
    const rest = await inParallel(
      Array.from({ length: submits }, (_, k) => k),
      8,
      () => schedule(),
    );
    const ids = rest.filter((r) => r.status === 201).map((r) => r.json.id as string);
    const dimensions: string[] = kit.json.dimensions.map((d: { id: string }) => d.id);
    return {
      interviewer,
      kitPath: `/api/v1/interviews/${iv.id}`,
      draftPaths: ids.slice(0, AUTOSAVE_CARDS).map((id) => `/api/v1/interviews/${id}/scorecards/me`),
      submitPaths: ids.map((id) => `/api/v1/interviews/${id}/scorecards/me/submit`),
      card: {
        ratings: dimensions.map((dimension) => ({
          dimension,
          score: 3,
          evidence: 'They said the retry reuses the idempotency key, which suggests they know the failure mode.',
        })),
        notes: 'Bench scorecard',
        recommendation: 3,
      },
    };
  }
  throw new Error('no seeded interview with questions that an interviewer can be scheduled on');
}

/**
 * The app's own scenarios on one database: the question list (anonymous, revalidated,
 * signed in), the interview kit (full and 304), autosave and submit, and on the embedded
 * database the scrypt sign-in. Reads are compared with the bare route, writes with the
 * one-query route of the same database.
 */
export async function benchApp(
  db: BenchDb,
  label: string,
  seed: Seed,
  baselines: { bare: string; pk: string },
  opts: { seconds: number; submits: number; login: boolean },
): Promise<Measured[]> {
  const server = await startProcess(
    'node',
    [...nodeArgs(), 'bin/caliper.mjs', 'serve', '--port', '0', ...dbArgs(db)],
    {
      LOG_LEVEL: 'warn',
      CALIPER_LOGIN_MAX_PER_MINUTE: '100000000',
      CALIPER_LOGIN_MAX_FAILURES: '100000000',
      ...(db.kind === 'postgres' && { DATABASE_URL: db.url }),
    },
    /running at (http:\/\/[^\s]+)/,
  );
  const base = server.match[1] as string;
  const pid = server.child.pid;
  const seconds = opts.seconds;
  const out: Measured[] = [];
  try {
    const panel = await preparePanel(base, seed, opts.submits);
    const auth = { authorization: `Bearer ${panel.interviewer.token}` };
    const listUrl = `${base}/api/v1/questions?limit=20`;
    const listEtag = (await fetch(listUrl, { headers: { 'accept-encoding': 'gzip' } })).headers.get('etag') ?? '';
    const kitEtag = (await call(base, panel.interviewer.token, 'GET', panel.kitPath)).etag ?? '';
    const read = async (name: string, o: Load) =>
      out.push({ figure: await load(`${name} (${label})`, { ...o, pid }), baseline: baselines.bare, target: 0.5 });
    const write = async (name: string, o: Load) =>
      out.push({ figure: await load(`${name} (${label})`, { ...o, pid }), baseline: baselines.pk, target: 0.7 });

    // Targets are met as a browser asks (Chromium's Accept-Encoding), which gets the gzip form
    // cached beside each body; the identity form, for clients that do not ask, is listed too.
    const gz = { 'accept-encoding': 'gzip, deflate, br, zstd' };
    const kitUrl = `${base}${panel.kitPath}`;
    const info = async (name: string, o: Load) =>
      out.push({ figure: await load(`${name} (${label})`, { ...o, pid }), baseline: baselines.bare });

    await read('GET /api/v1/questions?limit=20, anonymous', { url: listUrl, seconds, headers: gz, expect: '2xx' });
    await info('GET /api/v1/questions?limit=20, anonymous, identity', { url: listUrl, seconds, expect: '2xx' });
    await read('GET /api/v1/questions?limit=20, anonymous, If-None-Match → 304', {
      url: listUrl,
      seconds,
      headers: { ...gz, 'if-none-match': listEtag },
      expect: '3xx',
    });
    await read('GET /api/v1/questions?limit=20, signed in', {
      url: listUrl,
      seconds,
      headers: { ...gz, ...auth },
      expect: '2xx',
    });
    await info('GET /api/v1/questions?limit=20, signed in, identity', {
      url: listUrl,
      seconds,
      headers: auth,
      expect: '2xx',
    });
    await read('GET /api/v1/interviews/:id (kit)', {
      url: kitUrl,
      seconds,
      headers: { ...gz, ...auth },
      expect: '2xx',
    });
    await info('GET /api/v1/interviews/:id (kit), identity', { url: kitUrl, seconds, headers: auth, expect: '2xx' });
    await read('GET /api/v1/interviews/:id (kit), If-None-Match → 304', {
      url: kitUrl,
      seconds,
      headers: { ...gz, ...auth, 'if-none-match': kitEtag },
      expect: '3xx',
    });
    // Spread over cards, as real autosaves are (one writer per card): 50 connections saving one
    // card measure how a row lock queues, not the route.
    await write(`PUT /api/v1/interviews/:id/scorecards/me (autosave, ${panel.draftPaths.length} cards)`, {
      url: base,
      seconds,
      paths: panel.draftPaths,
      method: 'PUT',
      body: JSON.stringify(panel.card),
      headers: { ...auth, 'content-type': 'application/json' },
      expect: '2xx',
    });
    await write(`POST …/scorecards/me/submit (${panel.submitPaths.length} fresh interviews)`, {
      url: base,
      amount: panel.submitPaths.length,
      paths: panel.submitPaths,
      method: 'POST',
      body: JSON.stringify(panel.card),
      headers: { ...auth, 'content-type': 'application/json' },
      expect: '2xx',
    });
    if (opts.login) {
      const admin = seed.users.find((u) => u.role === 'admin');
      out.push({
        figure: await load(`POST /api/v1/auth/login (scrypt, ${label})`, {
          url: `${base}/api/v1/auth/login`,
          seconds,
          connections: 4,
          method: 'POST',
          body: JSON.stringify({ email: admin?.email, password: admin?.password }),
          headers: { 'content-type': 'application/json' },
          expect: '2xx',
          pid,
        }),
        baseline: baselines.bare,
      });
    }
  } finally {
    await stopProcess(server.child);
  }
  return out;
}
