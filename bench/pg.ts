/**
 * A PostgreSQL server for the benchmarks: BENCH_DATABASE_URL when given, otherwise a throwaway
 * server on 127.0.0.1 started with scripts/pg-test-server.sh (the one CI uses) and removed after.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A usable server, or the reason there is none. */
export type BenchPostgres = { url: string; stop(): void } | { skip: string };

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function serverBinariesPresent(): boolean {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return false;
  return readdirSync(root).some((v) => existsSync(join(root, v, 'bin', 'initdb')));
}

/** Connect to BENCH_DATABASE_URL, or start a throwaway server; a skip reason when neither is possible. */
export async function benchPostgres(): Promise<BenchPostgres> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, stop: () => {} };
  if (!serverBinariesPresent())
    return {
      skip: 'PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install -y postgresql, or set BENCH_DATABASE_URL)',
    };
  const dir = mkdtempSync(join(tmpdir(), 'caliper-bench-pg-'));
  const port = await freePort();
  const url = execFileSync('bash', ['scripts/pg-test-server.sh', 'start', dir, String(port)], {
    encoding: 'utf8',
  }).trim();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    execFileSync('bash', ['scripts/pg-test-server.sh', 'stop', dir], { stdio: 'ignore' });
  };
  // Never leave a server behind, whichever way the run ends.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  return { url, stop };
}
