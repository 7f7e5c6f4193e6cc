import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** What one run of the `caliper` binary printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the real `caliper` binary on the embedded database (DATABASE_URL is removed so a
 * developer's server is never touched). Never throws: returns the exit code and output.
 */
export async function runCaliper(...args: string[]): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await exec('node', ['bin/caliper.mjs', ...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/**
 * runCaliper with a deadline: a command that should have refused its input but started
 * (a server, an interactive prompt) is killed after `timeoutMs` and reported with code -1.
 */
export async function runCaliperWithin(timeoutMs: number, ...args: string[]): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await exec('node', ['bin/caliper.mjs', ...args], {
      env,
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number | string | null; killed?: boolean; stdout: string; stderr: string };
    return { code: err.killed || typeof err.code !== 'number' ? -1 : err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
