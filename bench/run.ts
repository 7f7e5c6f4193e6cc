/**
 * `npm run bench`: named benchmarks, each printed as a figure and as a ratio to a
 * baseline measured in the same run on the same machine (a bare Fastify JSON route),
 * with autocannon on loopback, bounded in time (BENCH_SECONDS per figure, default 5).
 * Results are also written to bench/results.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchGrader } from './grader.js';
import { type Figure, measure, startProcess, stopProcess } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const figures: { figure: Figure; baseline: string }[] = [];

const bare = await startProcess('node', ['--import', 'tsx', 'bench/servers/bare.ts'], { PORT: '0' }, /listening (\d+)/);
const barePort = bare.match[1];
const baseline = await measure('bare Fastify JSON route (baseline)', `http://127.0.0.1:${barePort}/bare`, { seconds });
await stopProcess(bare.child);
figures.push({ figure: baseline, baseline: baseline.name });

const dataDir = mkdtempSync(join(tmpdir(), 'caliper-bench-'));
try {
  const seed = JSON.parse(
    execFileSync('node', ['bin/caliper.mjs', 'demo', 'seed', '--data-dir', dataDir, '--json'], { encoding: 'utf8' }),
  );
  const admin = seed.users.find((u: { role: string }) => u.role === 'admin');
  const server = await startProcess(
    'node',
    ['bin/caliper.mjs', 'serve', '--port', '0', '--data-dir', dataDir],
    { LOG_LEVEL: 'warn', CALIPER_LOGIN_MAX_PER_MINUTE: '100000000', CALIPER_LOGIN_MAX_FAILURES: '100000000' },
    /running at (http:\/\/[^\s]+)/,
  );
  const base = server.match[1];
  try {
    figures.push({
      figure: await measure('GET /api/v1/questions?limit=20 (embedded PGlite)', `${base}/api/v1/questions?limit=20`, {
        seconds,
      }),
      baseline: baseline.name,
    });
    figures.push({
      figure: await measure('POST /api/v1/auth/login (scrypt, embedded PGlite)', `${base}/api/v1/auth/login`, {
        seconds,
        connections: 4,
        method: 'POST',
        body: JSON.stringify({ email: admin.email, password: admin.password }),
        headers: { 'content-type': 'application/json' },
      }),
      baseline: baseline.name,
    });
  } finally {
    await stopProcess(server.child);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const rows = figures.map(({ figure: f }) => {
  const ratio = f.requestsPerSecond / baseline.requestsPerSecond;
  return `| ${f.name} | ${f.requestsPerSecond.toFixed(0)} | ${f.p99Ms.toFixed(0)} | ${ratio.toFixed(3)} | ${f.errors + f.non2xx} |`;
});
const table = [
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), Node ${process.version}; ${seconds} s per figure, autocannon on loopback.`,
  '',
  '| benchmark | req/s | p99 ms | ratio to baseline | errors + non-2xx |',
  '|---|---|---|---|---|',
  ...rows,
].join('\n');
const grader = benchGrader(Math.min(seconds, 5));
const graderTable = [
  '',
  '| grader benchmark | value | ratio | target |',
  '|---|---|---|---|',
  ...grader.map((g) => `| ${g.name} | ${g.value} | ${g.ratio} | ${g.target} |`),
].join('\n');
process.stdout.write(`${table}\n${graderTable}\n`);
writeFileSync(
  'bench/results.md',
  `# Benchmark results\n\nWritten by \`npm run bench\`; ratios are against the bare Fastify route measured in the same run.\n\n${table}\n${graderTable}\n`,
);
