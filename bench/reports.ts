/**
 * `npm run bench:reports`: the five reports on a generated organisation (REPORTS_APPLICATIONS,
 * default 100,000, and REPORTS_SCORECARDS, default 1,000,000) on real PostgreSQL, each timed as
 * a ratio to one sequential scan of the scorecards table measured in the same run. Target: every
 * report within 3x the scan and under 1 s. Writes the `reports` section of bench/results.md.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/client.js';
import type { Actor, Deps } from '../src/services/context.js';
import { generateOrg } from './generate-org.js';
import { median } from './lib.js';
import { benchPostgres } from './pg.js';
import { writeResultsSection } from './results-file.js';

type Report = (deps: Deps, actor: Actor, query?: Record<string, string>) => Promise<unknown>;

/** Each report as the API calls it: all time, the whole organisation. */
const REPORTS: { file: string; fn: string; query: Record<string, string>; label: string }[] = [
  { file: 'funnel-report', fn: 'funnelReport', query: {}, label: 'funnelReport' },
  { file: 'adverse-impact-report', fn: 'adverseImpactReport', query: {}, label: 'adverseImpactReport (by stage)' },
  {
    file: 'adverse-impact-report',
    fn: 'adverseImpactReport',
    query: { by: 'interviewer' },
    label: 'adverseImpactReport (by interviewer)',
  },
  { file: 'interviewer-drift-report', fn: 'interviewerDriftReport', query: {}, label: 'interviewerDriftReport' },
  { file: 'panel-reliability-report', fn: 'panelReliabilityReport', query: {}, label: 'panelReliabilityReport' },
  { file: 'question-quality-report', fn: 'questionQualityReport', query: {}, label: 'questionQualityReport' },
];
const RUNS = Number(process.env.REPORTS_RUNS ?? 5);
const size = {
  applications: Number(process.env.REPORTS_APPLICATIONS ?? 100_000),
  scorecards: Number(process.env.REPORTS_SCORECARDS ?? 1_000_000),
};

/** A warm-up slower than this is reported as it is: repeating it would only stretch a missed target. */
const SLOW_MS = 5_000;

/** Warm up once, then the median of RUNS timed calls, in milliseconds. */
async function timeIt(run: () => Promise<unknown>): Promise<number> {
  const w = performance.now();
  await run();
  const warm = performance.now() - w;
  if (warm > SLOW_MS) return warm;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Load a report service if its file exists yet (another change may still be adding it). */
async function loadReport(file: string, fn: string): Promise<Report | undefined> {
  const url = new URL(`../src/services/reports/${file}.ts`, import.meta.url);
  if (!existsSync(url)) return undefined;
  const mod: Record<string, unknown> = await import(url.href);
  const f = mod[fn];
  return typeof f === 'function' ? (f as Report) : undefined;
}

/**
 * The baseline: one sequential scan that reads every page of scorecards. count(*) with index
 * and bitmap scans off forces a (parallel) Seq Scan; it is the cheapest query that must touch
 * the whole table, so "3x the scan" means "a few passes over the biggest table, at most".
 */
async function scanScorecards(client: pg.Client): Promise<number> {
  await client.query('set enable_indexscan = off');
  await client.query('set enable_indexonlyscan = off');
  await client.query('set enable_bitmapscan = off');
  return timeIt(() => client.query('select count(*) from scorecards'));
}

async function main(): Promise<void> {
  const server = await benchPostgres();
  if ('skip' in server) {
    process.stdout.write(`bench:reports skipped: ${server.skip}\n`);
    return;
  }
  try {
    process.stdout.write(
      `generating ${size.applications} applications and ${size.scorecards} scorecards on PostgreSQL…\n`,
    );
    const loadBefore = loadavg()[0] ?? 0;
    const org = await generateOrg(server.url, size, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(`generated in ${org.seconds.toFixed(1)} s: ${JSON.stringify(org.counts)}\n`);

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const version =
      (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?';
    const scanMs = await scanScorecards(client);
    await client.end();
    process.stdout.write(`sequential scan of scorecards: ${scanMs.toFixed(1)} ms (median of ${RUNS})\n`);

    const config = loadConfig({ DATABASE_URL: server.url, DATABASE_POOL_SIZE: '4', LOG_LEVEL: 'silent' });
    const handle = await createDb(config.database);
    const deps: Deps = { db: handle.db, config, now: () => new Date() };
    const actor: Actor = { userId: org.adminId, orgId: org.orgId, role: 'admin', via: 'token' };
    const rows: string[] = [];
    const misses: string[] = [];
    try {
      for (const { file, fn, query, label } of REPORTS) {
        const report = await loadReport(file, fn);
        if (!report) {
          rows.push(`| ${label} | not present yet | | |`);
          misses.push(`${fn}: src/services/reports/${file}.ts not present`);
          continue;
        }
        const ms = await timeIt(() => report(deps, actor, query));
        const ratio = ms / scanMs;
        const met = ratio <= 3 && ms < 1000;
        if (!met) misses.push(`${label}: ${ms.toFixed(0)} ms, ${ratio.toFixed(2)}x the scan`);
        rows.push(`| ${label} | ${ms.toFixed(1)} | ${ratio.toFixed(2)} | ${met ? 'yes' : '**no**'} |`);
        process.stdout.write(`${label}: ${ms.toFixed(1)} ms = ${ratio.toFixed(2)}x scan ${met ? 'OK' : 'MISSED'}\n`);
      }
    } finally {
      await handle.close();
    }
    const section = [
      '## Reports at scale',
      '',
      `Written by \`npm run bench:reports\`. Machine: ${cpus().length} cores, Node ${process.version}, PostgreSQL ${version} (throwaway server, fsync off, default memory settings).`,
      `Load average (1 min) at the start and end of the run: ${loadBefore.toFixed(1)} and ${(loadavg()[0] ?? 0).toFixed(1)}; the machine is shared, so compare ratios rather than milliseconds.`,
      `Generated organisation: ${Object.entries(org.counts)
        .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
        .join(', ')}; generated in ${org.seconds.toFixed(0)} s with set-based INSERT … SELECT.`,
      '',
      `Baseline: \`select count(*) from scorecards\` with index, index-only and bitmap scans disabled, so the planner must run a (parallel) sequential scan over every page of the table: ${scanMs.toFixed(1)} ms. It is the cheapest query that reads the whole of the largest table, so a ratio of 3 means "about three passes over the scorecards". Each report is called through its service (the same call the API makes, all time, whole organisation, as an admin); median of ${RUNS} runs after one warm-up.`,
      '',
      '| report | median ms | ratio to scan | within 3x and under 1 s |',
      '|---|---|---|---|',
      ...rows,
      '',
      misses.length ? `Missed: ${misses.join('; ')}.` : 'Every report met the target.',
    ].join('\n');
    writeResultsSection('reports', section);
    if (misses.length) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
