import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaliper as caliper } from '../test/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'caliper-bank-cli-'));
const dataDir = join(dir, 'data');
const fixtures = 'src/cli/fixtures';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let orgA: string;
let orgB: string;
beforeAll(async () => {
  orgA = JSON.parse(
    (await caliper('demo', 'seed', '--data-dir', dataDir, '--json', '--org-name', 'Importers A')).stdout,
  ).org.id;
  orgB = JSON.parse(
    (await caliper('demo', 'seed', '--data-dir', dataDir, '--json', '--org-name', 'Importers B')).stdout,
  ).org.id;
});

describe('caliper bank list and show', () => {
  it('lists the built-in bank as JSON with the full question fields, filtered', async () => {
    const { code, stdout } = await caliper('bank', 'list', '--level', 'staff', '--category', 'behavioural', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(stdout);
    expect(list.length).toBeGreaterThan(0);
    for (const q of list) {
      expect(q.levels).toContain('staff');
      expect(q.category).toBe('behavioural');
      expect(q.lookFor.length).toBeGreaterThanOrEqual(3);
    }
    const one = JSON.parse((await caliper('bank', 'show', list[0].id, '--json')).stdout);
    expect(one.id).toBe(list[0].id);
  });
});

describe('caliper bank lint', () => {
  it('flags protected characteristics, salary history and unknown topics as errors, and exits 1', async () => {
    const { code, stdout } = await caliper('bank', 'lint', `${fixtures}/forbidden.json`, '--json');
    expect(code).toBe(1);
    const { issues } = JSON.parse(stdout);
    const errors = issues.filter((i: { severity: string }) => i.severity === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ questionId: 'family-plans', rule: 'protected-characteristic' }),
        expect.objectContaining({ questionId: 'previous-pay', rule: 'salary-history' }),
        expect.objectContaining({ questionId: 'cache-entry-age', rule: 'unknown-topic' }),
      ]),
    );
    // The age of a cache entry is not a question about the candidate's age.
    expect(
      errors.filter(
        (i: { questionId: string; rule: string }) =>
          i.questionId === 'cache-entry-age' && i.rule === 'protected-characteristic',
      ),
    ).toEqual([]);
  });

  it('passes the built-in bank exported as Markdown', async () => {
    const file = join(dir, 'bank.md');
    expect((await caliper('bank', 'export', '--format', 'md', '--output', file)).code).toBe(0);
    const { code, stdout } = await caliper('bank', 'lint', file, '--json');
    expect(JSON.parse(stdout).issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it.each([
    [['bank', 'lint', 'no/such/file.json'], 'no such file: no/such/file.json'],
    [['bank', 'lint', 'README'], 'cannot tell the format'],
    [['bank', 'lint', `${fixtures}/plain-list.md`, '--format', 'docx'], '--format must be one of'],
  ])('answers %j with one line and exit 1', async (args, message) => {
    const { code, stderr } = await caliper(...args);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it('answers a syntax error with the line, in one line', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '[\n  {"id": "x",\n  oops\n]');
    const { code, stderr } = await caliper('bank', 'lint', file);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/broken\.json: line \d+/);
  });
});

describe('caliper bank import and export', () => {
  it('imports a plain Markdown list as questions needing signals; a dry run writes nothing', async () => {
    const dry = await caliper(
      'bank',
      'import',
      `${fixtures}/plain-list.md`,
      '--org',
      orgA,
      '--data-dir',
      dataDir,
      '--dry-run',
      '--json',
    );
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout).imported).toHaveLength(3);
    const before = JSON.parse((await caliper('bank', 'export', '--org', orgA, '--data-dir', dataDir)).stdout);
    expect(before).toEqual([]);

    const real = await caliper(
      'bank',
      'import',
      `${fixtures}/plain-list.md`,
      '--org',
      orgA,
      '--data-dir',
      dataDir,
      '--json',
    );
    expect(real.code).toBe(0);
    const report = JSON.parse(real.stdout);
    expect(report.imported).toHaveLength(3);
    expect(report.warnings.map((w: { rule: string }) => w.rule)).toContain('missing-signals');
  });

  it('refuses a file with a forbidden question and imports nothing from it', async () => {
    // Only the two forbidden questions: the third has an unknown topic, which refuses the file earlier.
    const file = join(dir, 'forbidden-only.json');
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(`${fixtures}/forbidden.json`, 'utf8')).slice(0, 2)));
    const { code, stdout } = await caliper('bank', 'import', file, '--org', orgB, '--data-dir', dataDir, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.imported).toEqual([]);
    expect(report.refused.map((r: { questionId: string }) => r.questionId)).toEqual(
      expect.arrayContaining(['family-plans', 'previous-pay']),
    );
    expect(JSON.parse((await caliper('bank', 'export', '--org', orgB, '--data-dir', dataDir)).stdout)).toEqual([]);
  });

  it.each(['json', 'yaml', 'md'])(
    'round-trips an organisation bank through %s without losing anything',
    async (format) => {
      const file = join(dir, `org-a.${format}`);
      await caliper('bank', 'export', '--org', orgA, '--format', format, '--data-dir', dataDir, '--output', file);
      const fresh = JSON.parse((await caliper('demo', 'seed', '--data-dir', dataDir, '--json')).stdout).org.id;
      const imported = await caliper('bank', 'import', file, '--org', fresh, '--data-dir', dataDir);
      expect(imported.code).toBe(0);
      const again = join(dir, `org-copy.${format}`);
      await caliper('bank', 'export', '--org', fresh, '--format', format, '--data-dir', dataDir, '--output', again);
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
    },
    // Four CLI processes, one of them seeding a whole demo organisation.
    120_000,
  );

  it('refuses a file with an invalid question in one line, naming it', async () => {
    const { code, stderr } = await caliper(
      'bank',
      'import',
      `${fixtures}/forbidden.json`,
      '--org',
      orgB,
      '--data-dir',
      dataDir,
    );
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('cache-entry-age');
  });

  it('asks which organisation when there are several', async () => {
    const { code, stderr } = await caliper('bank', 'import', `${fixtures}/plain-list.md`, '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(stderr).toContain('choose one with --org');
  });
});
