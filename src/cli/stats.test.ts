import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerStats } from './commands/stats.js';
import { CliError } from './errors.js';

// main.ts does not register `stats` yet (the lead wires it in), so these tests run the command
// in-process on a fresh commander program instead of through runCaliper.
const fixtures = 'src/cli/fixtures/stats';
const dir = mkdtempSync(join(tmpdir(), 'caliper-stats-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<string> {
  const program = new Command('caliper').exitOverride().configureOutput({ writeErr: () => {} });
  registerStats(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'caliper', 'stats', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

function csv(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('caliper stats icc', () => {
  it('prints the six coefficients of the Shrout & Fleiss (1979) data as JSON', async () => {
    // Reference: psych::ICC output (RExRepos md/interRaterICC.md); see src/domain/stats/icc.test.ts.
    const r = JSON.parse(await run('icc', '--csv', `${fixtures}/shrout-fleiss.csv`, '--json'));
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining(['ICC(1,1)', 'ICC(2,1)', 'ICC(3,1)', 'ICC(1,k)', 'ICC(2,k)', 'ICC(3,k)']),
    );
    expect(r).toMatchObject({ units: 6, raters: 4, unitsDropped: 0 });
    expect(r['ICC(3,1)'].value).toBeCloseTo(0.71, 2);
    expect(r['ICC(2,1)'].df2).toBe(15);
    expect(r['ICC(2,1)'].ci95[0]).toBeCloseTo(0.019, 3);
    expect(r['ICC(1,1)'].p).toBeCloseTo(0.16477, 5);
  });

  it('drops rows with a missing rating and says so', async () => {
    const r = JSON.parse(await run('icc', '--csv', `${fixtures}/krippendorff-2011.csv`, '--json'));
    expect(r).toMatchObject({ units: 8, raters: 4, unitsDropped: 4 });
    const human = await run('icc', '--csv', `${fixtures}/krippendorff-2011.csv`);
    expect(human).toContain('4 unit(s) with a missing rating dropped');
    expect(human).toMatch(/^ICC\(3,k\)/m);
  });
});

describe('caliper stats alpha', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ])('reproduces Krippendorff (2011) at the %s level', async (level, alpha) => {
    const r = JSON.parse(await run('alpha', '--csv', `${fixtures}/krippendorff-2011.csv`, '--level', level, '--json'));
    expect(r.alpha).toBeCloseTo(alpha, 3);
    expect(r).toMatchObject({ level, units: 11, unitsDropped: 1, raters: 4, pairableValues: 40 });
  });

  it('prints a readable line', async () => {
    expect(await run('alpha', '--csv', `${fixtures}/krippendorff-2011.csv`, '--level', 'interval')).toMatch(
      /^Krippendorff's alpha \(interval\): 0\.849/,
    );
  });
});

describe('caliper stats kappa', () => {
  it("reproduces Wikipedia's Fleiss' kappa worked example", async () => {
    const r = JSON.parse(await run('kappa', '--csv', `${fixtures}/fleiss-wikipedia.csv`, '--json'));
    expect(r.kappa).toBeCloseTo(0.21, 3);
    expect(r).toMatchObject({ units: 10, raters: 14, unitsDropped: 0, categories: 5 });
  });

  it('takes text labels as categories', async () => {
    const file = csv('labels.csv', 'unit,a,b\n1,yes,yes\n2,no,no\n3,yes,no\n4,no,\n');
    const r = JSON.parse(await run('kappa', '--csv', file, '--json'));
    expect(r).toMatchObject({ units: 3, raters: 2, unitsDropped: 1, categories: 2 });
  });
});

describe('caliper stats adverse-impact', () => {
  it('flags strictly below four-fifths, exactly at the boundary never', async () => {
    const r = JSON.parse(await run('adverse-impact', '--csv', `${fixtures}/adverse-impact.csv`, '--json'));
    expect(r.referenceGroup).toBe('men');
    expect(r.groups.map((g: { group: string; adverseImpact: boolean }) => [g.group, g.adverseImpact])).toEqual([
      ['men', false],
      ['women', true],
      ['Group, exactly four-fifths', false],
    ]);
    for (const key of ['group', 'applicants', 'selected', 'rate', 'impactRatio', 'adverseImpact', 'fisherP', 'zP'])
      expect(r.groups[1]).toHaveProperty(key);
    expect(await run('adverse-impact', '--csv', `${fixtures}/adverse-impact.csv`)).toContain('BELOW');
  });
});

describe('bad input is one line, exit 1', () => {
  it.each([
    [['icc', '--csv', 'missing.csv'], 'no such file: missing.csv'],
    [['alpha', '--csv', `${fixtures}/krippendorff-2011.csv`, '--level', 'loud'], '--level must be one of'],
    [['icc', '--csv', 'NONNUMERIC'], 'is not a number'],
    [['icc', '--csv', 'ONERATER'], 'at least 2 rater columns'],
    [['icc', '--csv', 'ONEUNIT'], 'at least 2 units'],
    [['adverse-impact', '--csv', 'TOOMANY'], 'exceeds applicants'],
    [['adverse-impact', '--csv', 'NEGATIVE'], 'must be a whole number ≥ 0'],
    [['adverse-impact', '--csv', 'NOCOLS'], 'needs the columns group,applicants,selected'],
  ])('%j', async (args, message) => {
    const files: Record<string, string> = {
      NONNUMERIC: csv('nonnumeric.csv', 'unit,a,b\n1,3,x\n2,4,5\n'),
      ONERATER: csv('onerater.csv', 'unit,a\n1,3\n2,4\n'),
      ONEUNIT: csv('oneunit.csv', 'unit,a,b\n1,3,4\n2,4,\n'),
      TOOMANY: csv('toomany.csv', 'group,applicants,selected\na,3,4\nb,5,1\n'),
      NEGATIVE: csv('negative.csv', 'group,applicants,selected\na,3,-1\nb,5,1\n'),
      NOCOLS: csv('nocols.csv', 'name,n\na,3\n'),
    };
    const argv = args.map((a) => files[a] ?? a);
    const error = await run(...argv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain(message);
    expect((error as CliError).message).not.toContain('\n');
  });
});

describe('caliper stats through the real binary', () => {
  it('prints ICC JSON for the Shrout & Fleiss data and refuses a missing file in one line', async () => {
    const { runCaliper } = await import('../test/cli.js');
    const ok = await runCaliper('stats', 'icc', '--csv', 'src/cli/fixtures/stats/shrout-fleiss.csv', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)['ICC(3,1)'].value).toBeCloseTo(0.71, 2);
    const bad = await runCaliper('stats', 'kappa', '--csv', 'missing.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
