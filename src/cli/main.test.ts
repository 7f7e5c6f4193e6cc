import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaliper as caliper } from '../test/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'caliper-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the caliper command', () => {
  it('prints help listing every command group', async () => {
    const { code, stdout } = await caliper('--help');
    expect(code).toBe(0);
    for (const group of ['serve', 'migrate', 'bank', 'loop', 'practice', 'grade', 'stats', 'demo', 'gdpr', 'report']) {
      expect(stdout).toContain(group);
    }
  });

  it.each([
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['serve', '--bogus'], "unknown option '--bogus'"],
    [['bank', 'list', '--level', 'intern'], '--level must be one of'],
    [['bank', 'show', 'no-such-question'], 'no question with id no-such-question'],
  ])('answers bad input %j with one line on stderr and exit 1', async (args, message) => {
    const { code, stderr } = await caliper(...args);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('seeds a new demo organisation on every run and prints JSON with sign-in credentials', async () => {
    const first = await caliper('demo', 'seed', '--data-dir', dir, '--json');
    expect(first.code).toBe(0);
    const seed = JSON.parse(first.stdout);
    expect(seed.org.id).toEqual(expect.any(String));
    const roles = seed.users.map((u: { role: string }) => u.role);
    expect(roles).toEqual(expect.arrayContaining(['admin', 'hiring_manager', 'recruiter']));
    expect(roles.filter((r: string) => r === 'interviewer').length).toBeGreaterThanOrEqual(3);
    for (const u of seed.users) {
      expect(u).toEqual({
        id: expect.any(String),
        email: expect.any(String),
        name: expect.any(String),
        role: expect.any(String),
        password: expect.any(String),
        token: expect.stringMatching(/^clp_/),
      });
    }
    expect(seed.candidates.length).toBeGreaterThanOrEqual(40);
    for (const c of seed.candidates) expect(c).toEqual({ id: expect.any(String), email: expect.stringContaining('@') });
    expect(seed.interviews.length).toBeGreaterThan(0);
    for (const i of seed.interviews) {
      expect(i).toEqual({
        id: expect.any(String),
        applicationId: expect.any(String),
        candidateId: expect.any(String),
        interviewerIds: expect.any(Array),
      });
      expect(new Set(i.interviewerIds).size).toBeGreaterThanOrEqual(2);
    }
    const second = JSON.parse(
      (await caliper('demo', 'seed', '--data-dir', dir, '--json', '--org-name', 'Second')).stdout,
    );
    expect(second.org.id).not.toBe(seed.org.id);
    expect(second.org.name).toBe('Second');
  });

  it('migrates on demand', async () => {
    const { code, stdout } = await caliper('migrate', '--data-dir', dir, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ migrated: true, database: 'pglite' });
  });
});
