import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'caliper-serve-'));
const children: ChildProcess[] = [];
afterAll(() => {
  // A failed assertion must not leave a server holding the data folder.
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});
/** Seeding the demo takes tens of seconds on a loaded machine. */
const SLOW = 240_000;

/** Start `caliper serve` on a free port; resolves with its URL once it says it is running. */
function serve(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn('node', ['bin/caliper.mjs', 'serve', '--port', '0', '--data-dir', dir], { env });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 120_000);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(/running at (http:\/\/\S+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => out });
      }
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

describe('caliper serve', () => {
  it(
    'starts healthy with the bank and a demo organisation, and shuts down cleanly on SIGTERM',
    async () => {
      const { child, url, output } = await serve();
      // The server is healthy before the demo organisation is ready; the credentials follow.
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
      for (let i = 0; i < 720 && !output().includes('Sign in with'); i++) await new Promise((r) => setTimeout(r, 250));
      expect(output()).toContain('A demo organisation was created');
      expect(output()).toMatch(/admin\s+\S+@\S+\s+password: \S+/);
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
      const page = await (await fetch(`${url}/api/v1/questions?limit=1`)).json();
      expect(page.items).toHaveLength(1);
      expect(existsSync(join(dir, 'caliper.lock'))).toBe(true);

      const exited = new Promise<number | null>((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', (code) => resolve(code));
      });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(join(dir, 'caliper.lock'))).toBe(false);
    },
    SLOW,
  );

  it(
    'keeps the data and seeds no second demo organisation on restart',
    async () => {
      const { child, output } = await serve();
      await new Promise((r) => setTimeout(r, 1000));
      expect(output()).not.toContain('A demo organisation was created');
      const exited = new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', resolve);
      });
      child.kill('SIGTERM');
      await exited;
    },
    SLOW,
  );
});
