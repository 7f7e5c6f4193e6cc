/**
 * Run many `caliper` command lines in one Node process, for tests that would otherwise pay
 * tsx's start-up for each. Each case re-evaluates the real entry point (src/cli/main.ts, with a
 * fresh module instance) with process.argv set, and records what it wrote to stdout and stderr
 * and the code it exited with (process.exit is caught, not obeyed). Uncaught errors count as
 * a crash (code -2); a case that never exits within the deadline gets code -1.
 *
 * Usage: node --import tsx src/test/cli-batch.ts <cases.json> <results.json>
 *   cases.json: [[name, [arg, ...]], ...]   results.json: {name: {code, stdout, stderr}}
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

const [casesFile, resultsFile] = process.argv.slice(2);
if (!casesFile || !resultsFile) throw new Error('usage: cli-batch.ts <cases.json> <results.json>');
const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as [string, string[]][];
const DEADLINE_MS = 30_000;

// main.ts adds a stdout 'error' listener on every evaluation; many cases are not a leak.
process.stdout.setMaxListeners(0);
const realExit = process.exit.bind(process);
const realOut = process.stdout.write.bind(process.stdout);
const realErr = process.stderr.write.bind(process.stderr);
let current: (Result & { done: (code: number) => void }) | undefined;

const capture = (key: 'stdout' | 'stderr') =>
  ((chunk: string | Uint8Array) => {
    if (current) current[key] += String(chunk);
    return true;
  }) as typeof process.stdout.write;

process.exit = ((code?: number) => {
  current?.done(typeof code === 'number' ? code : 0);
  return undefined as never;
}) as typeof process.exit;
const crash = (e: unknown) => {
  if (!current) return;
  current.stderr += `CRASH ${e instanceof Error ? e.stack : String(e)}\n`;
  current.done(-2);
};
process.on('unhandledRejection', crash);
process.on('uncaughtException', crash);

const results: Record<string, Result> = {};
for (const [i, [name, args]] of cases.entries()) {
  const exited = new Promise<number>((resolve) => {
    let settled = false;
    current = {
      code: 0,
      stdout: '',
      stderr: '',
      done: (code) => {
        if (!settled) resolve(code);
        settled = true;
      },
    };
  });
  process.argv = ['node', 'caliper', ...args];
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  const entry = new URL(`../cli/main.ts?case=${i}`, import.meta.url).href;
  import(entry).catch(crash);
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    exited,
    new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(-1), DEADLINE_MS);
    }),
  ]);
  clearTimeout(timer);
  process.stdout.write = realOut;
  process.stderr.write = realErr;
  const run = current as unknown as Result;
  results[name] = { code, stdout: run.stdout, stderr: run.stderr };
  current = undefined;
}
writeFileSync(resultsFile, JSON.stringify(results));
realExit(0);
