/**
 * `npm run bench`: named benchmarks, each printed as a figure and as a ratio to a baseline
 * measured in the same run on the same machine, with autocannon on loopback, bounded in time.
 * Baselines: a bare Fastify JSON route, and a route doing one primary-key SELECT through the
 * app's driver, on embedded PGlite and on PostgreSQL. Results go to bench/results.md.
 *
 * Options (environment):
 *   BENCH_SECONDS=5            seconds per figure
 *   BENCH_QUICK=1              2 s per figure, fewer submits, no sign-in figure (while developing)
 *   BENCH_SUBMITS=1500         fresh interviews to submit a scorecard on, per database
 *   BENCH_DATABASE_URL=…       PostgreSQL to use (else DATABASE_URL, else a throwaway server)
 *   BENCH_SKIP_PG=1            embedded database only
 *   BENCH_NODE_ARGS="…"        extra node flags for the app server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"
 *                              (to see where a figure's time goes; the figures are then not comparable)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchApp, benchPkSelect, type Measured, seedDemo } from './app-scenarios.js';
import { benchGrader } from './grader.js';
import { load, median, startProcess, stopProcess } from './lib.js';
import { benchPostgres } from './pg.js';
import { countQueries, type QueryCount } from './query-count.js';
import { writeResultsSection } from './results-file.js';
import { type FirstLoad, firstLoadSizes } from './web-size.js';

const quick = process.env.BENCH_QUICK === '1';
const seconds = Number(process.env.BENCH_SECONDS ?? (quick ? 2 : 5));
const submits = Number(process.env.BENCH_SUBMITS ?? (quick ? 300 : 1500));
// Read before anything is spawned: the embedded runs must not inherit a PostgreSQL URL.
const pgWanted = process.env.BENCH_SKIP_PG !== '1';
const givenUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
const pg = !pgWanted
  ? 'skipped (BENCH_SKIP_PG=1)'
  : givenUrl
    ? { url: givenUrl, origin: 'given by BENCH_DATABASE_URL/DATABASE_URL', stop: () => {} }
    : await benchPostgres().then((r) =>
        'skip' in r
          ? r.skip
          : { ...r, origin: 'throwaway server from scripts/pg-test-server.sh (fsync off, as in CI)' },
      );
delete process.env.DATABASE_URL;
const measured: Measured[] = [];
let counts: QueryCount[] = [];
const notes: string[] = [];

/** One sample of the bare route, in a process of its own. */
async function sampleBare(name: string) {
  const bare = await startProcess(
    'node',
    ['--import', 'tsx', 'bench/servers/bare.ts'],
    { PORT: '0' },
    /listening (\d+)/,
  );
  try {
    return await load(name, {
      url: `http://127.0.0.1:${bare.match[1]}/bare`,
      seconds,
      expect: '2xx',
      pid: bare.child.pid,
    });
  } finally {
    await stopProcess(bare.child);
  }
}

// One sample of the bare route swung by a factor of two between runs on this shared machine, so
// it is sampled at the start, after the embedded figures and after the PostgreSQL ones, and the
// ratios use the median (set below, once all samples are in).
const baseline = await sampleBare('bare Fastify JSON route (baseline)');
const bareSamples = [baseline];
measured.push({ figure: baseline, baseline: baseline.name });
const byName = new Map([[baseline.name, baseline]]);

const dataDir = mkdtempSync(join(tmpdir(), 'caliper-bench-'));
try {
  const db = { kind: 'pglite' as const, dataDir };
  const seed = seedDemo(db);
  const pk = await benchPkSelect(db, 'embedded PGlite', seconds);
  byName.set(pk.name, pk);
  measured.push({ figure: pk, baseline: baseline.name });
  measured.push(
    ...(await benchApp(
      db,
      'embedded PGlite',
      seed,
      { bare: baseline.name, pk: pk.name },
      {
        seconds,
        submits: Math.min(submits, 300),
        login: !quick,
      },
    )),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

bareSamples.push(await sampleBare('bare Fastify JSON route (second sample)'));

if (typeof pg === 'string') {
  notes.push(`PostgreSQL figures skipped: ${pg}.`);
  process.stdout.write(`PostgreSQL figures skipped: ${pg}\n`);
} else {
  try {
    const db = { kind: 'postgres' as const, url: pg.url };
    const seed = seedDemo(db);
    const pk = await benchPkSelect(db, 'PostgreSQL', seconds);
    byName.set(pk.name, pk);
    measured.push({ figure: pk, baseline: baseline.name });
    measured.push(
      ...(await benchApp(
        db,
        'PostgreSQL',
        seed,
        { bare: baseline.name, pk: pk.name },
        {
          seconds,
          submits,
          login: false,
        },
      )),
    );
    notes.push(`PostgreSQL: ${pg.origin}, pool of 10 connections in both the app and the one-query route.`);
    counts = await countQueries(pg.url);
  } finally {
    pg.stop();
  }
}

bareSamples.push(await sampleBare('bare Fastify JSON route (third sample)'));
const bareRates = bareSamples.map((f) => f.requestsPerSecond);
baseline.requestsPerSecond = median(bareRates);
const bareCpu = bareSamples.flatMap((f) => (f.serverCpuUs === undefined ? [] : [f.serverCpuUs]));
baseline.serverCpuUs = bareCpu.length ? median(bareCpu) : undefined;
notes.push(
  `Bare route sampled ${bareRates.length} times across the run: ${bareRates
    .map((r) => r.toFixed(0))
    .join(', ')} req/s; its row shows the median, which every read ratio uses (and the median of its CPU per request).`,
);

/** Why the targets that depend on the database cannot be met on one node with two cores. */
const GAPS = `
Where the time goes. Signed-in reads need no round trip once warm: credentials, the interview
state behind the kit and the organisation's bank fingerprint are kept in memory while the
database's change feed (LISTEN/NOTIFY, migration 0008) is live, and every node drops them when a
trigger reports a change. What is left per request is Fastify's pipeline (routing, the auth,
validation, metrics and security-header hooks) and the bytes: the bare route answers 17 bytes,
the kit 10.8 KB and the question list page 20 questions.

Writes. Autosave is one conditional upsert (1 round trip; 2 on the first save of an interview,
whose state is then read once). A first submission is one statement of data-modifying CTEs
(card, version, per-dimension ratings, interview held, audit entry, outbox event and deliveries,
report-summary queue entry): 2 round trips on a fresh interview, down from 14. It no longer
rewrites the running totals every submission to a role shares, so submissions stop queueing on
each other. The submission statement, the interview-state read and the autosave upsert are named
prepared statements on PostgreSQL (src/db/prepared.ts): planning the submission took as long as
running it. On PostgreSQL, submit went from 75 req/s (p99 1,019 ms) to 373 req/s as one
statement and 498 to 746 req/s (p99 85 to 227 ms) prepared; autosave from 1,437 to 1,780 req/s. Both write
targets are still missed. The one-query baseline reads one row by primary key; autosave writes a
card of about 1 KB with its index entries, and a first submission inserts into seven tables and
updates an eighth, atomically (the crash test checks that each acknowledged submission is
whole). On 2 cores shared by Node and PostgreSQL that costs several times a key read however
few round trips carry it. Each submit also goes to a fresh interview, whose state is read once.
Autosave is measured over 50 cards, one per connection, as panellists each save their own card
(50 connections saving one card measured a row-lock queue).

Reads and the baseline. The bare route is sampled three times across the run (start, after
the embedded figures, after the PostgreSQL ones; listed above the table) and the ratios use the
median: one sample swung by a factor of two between runs (11,656 to 59,504 req/s over the runs
so far), with the reads moving much less. The last column, the server process's own CPU time
per request (user + system, from /proc), does not count the load generator's share of the two
cores and is the steadier figure, though not steady: the bare route takes 19 to 32 µs, the
cached reads 35 to 105 µs (about 2 to 4 times the bare route; the same read, profiled twice, had
the same profile and took 55 µs in one run and 100 µs in another). On PostgreSQL the column
leaves out the database's own processes, which is why the writes' figures there are lower than
on the embedded database.

Reads are measured as a browser asks (Chromium's Accept-Encoding), which gets the gzip form kept
beside each cached body (the 20-question page goes out as 4.3 KB instead of 13.0 KB); the
identity form is listed beside each, without a target. The latest round took the per-request
work down by giving the request-duration histogram its own label lookup (prom-client validated
and hashed the label set on every observation, about 7 µs), attaching the idempotency hooks to
POST routes only, keeping bodies as bytes, hashing tokens with the one-shot SHA-256, and making
no closure per cached read. The reads still miss 0.5 by 5 to 35% on a quiet run (the anonymous
304 on PostgreSQL meets it), and the same figure has read 0.28 one run and 0.52 the next with no
change in code. What is left is spread thin, none of it above a few per cent of a CPU profile:
the syscall writing the response (a quarter of the server's profile under load), about 14
response headers that Node validates and serialises (security headers, request id, ETag, Vary,
Cache-Control), schema validation of the query or path, the auth lookup, metrics, and Fastify's
per-request child logger. Each is a feature the bare route does not have.

Round trips before the caches, counted the same way: signed-in list 2, kit 2 (304 included),
autosave 4, submit 14; before the previous round: anonymous list 1, signed-in list 3, kit 9,
autosave 11, submit 22. Run \`npm run bench\` on a quiet machine: with other work on the cores the
req/s figures (and the baselines) swing widely; the round-trip counts do not.
`;

const ratioOf = (m: Measured) => m.figure.requestsPerSecond / (byName.get(m.baseline)?.requestsPerSecond ?? Number.NaN);
const verdict = (m: Measured) => {
  if (m.target === undefined) return '';
  const r = ratioOf(m);
  return `≥ ${m.target} ${r >= m.target ? 'met' : `**not met** (${((r / m.target) * 100).toFixed(0)}% of target)`}`;
};
const rows = measured.map((m) => {
  const f = m.figure;
  const against = m.baseline === baseline.name ? 'bare' : 'one-query';
  const cpu = f.serverCpuUs === undefined ? '—' : f.serverCpuUs.toFixed(0);
  return `| ${f.name} | ${f.requestsPerSecond.toFixed(0)} | ${f.p99Ms.toFixed(0)} | ${ratioOf(m).toFixed(3)} (${against}) | ${verdict(m)} | ${f.errors + f.non2xx} | ${cpu} |`;
});
const table = [
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), Node ${process.version}; ${seconds} s per figure (submits: a fixed number of fresh interviews), 50 connections unless noted, autocannon on loopback${quick ? '; quick run (BENCH_QUICK=1)' : ''}. Load average at the end: ${loadavg()[0]?.toFixed(1)} (more than the core count means other work shared the machine and the req/s figures are not comparable).`,
  ...notes.map((n) => `\n${n}`),
  '',
  '| benchmark | req/s | p99 ms | ratio to baseline | target | errors + unexpected status | server CPU µs/req |',
  '|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');

const grader = benchGrader(Math.min(seconds, 5));
const graderTable = [
  '',
  '| grader benchmark | value | ratio | target |',
  '|---|---|---|---|',
  ...grader.map((g) => `| ${g.name} | ${g.value} | ${g.ratio} | ${g.target} |`),
].join('\n');

const web = firstLoadSizes();
const kb = (n: number) => (n / 1024).toFixed(1);
const webTable =
  typeof web === 'string'
    ? `\nWeb first load: not measured (${web}).`
    : [
        '',
        '| web first load (gzipped JS, from web/dist) | KB | target | chunks |',
        '|---|---|---|---|',
        ...web.map(
          (w: FirstLoad) =>
            `| ${w.page} | ${kb(w.gzipBytes)} | ≤ 150 KB ${w.gzipBytes <= 150 * 1024 ? 'met' : '**not met**'} | ${w.chunks.join(', ')} |`,
        ),
      ].join('\n');

const countTable =
  counts.length === 0
    ? '\nRound trips per request: not counted (needs PostgreSQL).'
    : [
        '',
        '| round trips to PostgreSQL per request (counted in-process, BEGIN/COMMIT included) | status | queries |',
        '|---|---|---|',
        ...counts.map((c) => `| ${c.request} | ${c.status} | ${c.queries} |`),
      ].join('\n');

process.stdout.write(`${table}\n${countTable}\n${graderTable}\n${webTable}\n`);
writeResultsSection(
  'speed',
  `## Speed targets\n\nWritten by \`npm run bench\`; ratios are against baselines measured in the same run (reads against the bare Fastify route, writes against the one-query route on the same database).\n\n${table}\n${countTable}\n${GAPS}\n${graderTable}\n${webTable}\n`,
);
