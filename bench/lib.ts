import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** The median of some samples (the mean of the middle two when their number is even). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** One measured figure. */
export interface Figure {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /**
   * CPU time the server process spent per request (user + system, µs), when its pid was given.
   * Steadier than req/s on a shared machine: it does not count the load generator's share of
   * the cores. On PostgreSQL it leaves out the database server's own processes.
   */
  serverCpuUs?: number;
}

/** User + system CPU time of a process so far, in µs (Linux /proc; undefined elsewhere or once it exited). */
function processCpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports them in USER_HZ, 100 per second on every mainstream build.
    return Number.isFinite(ticks) ? ticks * 10_000 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU µs per request between two readings, or undefined when either is missing. */
function cpuPerRequest(before: number | undefined, after: number | undefined, requests: number): number | undefined {
  return before === undefined || after === undefined || requests === 0 ? undefined : (after - before) / requests;
}

/** One bounded load: a URL (or paths handed out per request), its duration or count, and the status expected. */
export interface Load {
  url: string;
  seconds?: number;
  amount?: number;
  connections?: number;
  method?: 'GET' | 'POST' | 'PUT';
  body?: string;
  headers?: Record<string, string>;
  /** Paths handed out one per request (each submit needs its own interview). */
  paths?: string[];
  expect: '2xx' | '3xx';
  /** The server's pid, to report its CPU time per request. */
  pid?: number;
}

/** Run one bounded autocannon load on loopback; anything but the expected status class counts as an error. */
export async function load(name: string, o: Load): Promise<Figure> {
  const paths = o.paths;
  let next = 0;
  // Let the previous scenario's in-flight requests drain, so they are not counted against this one.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const cpuBefore = processCpuMicros(o.pid);
  const result = await autocannon({
    url: o.url,
    method: o.method ?? 'GET',
    body: o.body,
    headers: o.headers,
    connections: o.connections ?? 50,
    // Long enough that a slow, busy machine shows up as latency rather than as errors.
    timeout: 30,
    ...(o.amount ? { amount: o.amount } : { duration: o.seconds ?? 5 }),
    ...(paths && {
      requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[next++ % paths.length] }) }],
    }),
  });
  const counts = result as unknown as Record<'2xx' | '3xx', number>;
  const total = result.requests.total;
  return {
    name,
    requestsPerSecond: o.amount ? total / Math.max(result.duration, 0.001) : result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: total - counts[o.expect],
    serverCpuUs: cpuPerRequest(cpuBefore, processCpuMicros(o.pid), total),
  };
}

/** Start a server process and wait until it prints a line matching `ready`. */
export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start in 60 s:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
}

/** Stop a server process and wait for it to exit. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
