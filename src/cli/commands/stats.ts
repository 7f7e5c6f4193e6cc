import type { Command } from 'commander';
import { adverseImpact, type GroupCounts } from '../../domain/stats/adverse-impact.js';
import { parseCsv, parseNumberCell } from '../../domain/stats/csv.js';
import { fleissKappa } from '../../domain/stats/fleiss-kappa.js';
import { ICC_KEYS, intraclassCorrelations } from '../../domain/stats/icc.js';
import { ALPHA_LEVELS, type AlphaLevel, type Code, krippendorffAlpha } from '../../domain/stats/krippendorff.js';
import { readText } from '../bank-file.js';
import { CliError, output } from '../errors.js';
import { oneOf } from '../options.js';

/** A rating table: the header's rater names and each unit's values (null = missing). */
interface RatingTable {
  raters: string[];
  units: { id: string; values: (Code | null)[] }[];
}

/** Read and parse a CSV file; every problem is one line naming the file. */
function readCsv(path: string): string[][] {
  const text = readText(path);
  try {
    return parseCsv(text);
  } catch (e) {
    throw new CliError(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Read a units × raters CSV: header row, first column the unit id, one column per rater, an
 * empty cell is missing. `numeric` demands numbers; otherwise cells stay labels unless every
 * one of them is a number.
 */
function readRatings(path: string, numeric: boolean): RatingTable {
  const [header, ...rows] = readCsv(path);
  if (!header || header.length < 3)
    throw new CliError(`${path}: needs a header row with a unit id column and at least 2 rater columns`);
  if (rows.length === 0) throw new CliError(`${path}: no units after the header row`);
  const raters = header.slice(1);
  rows.forEach((row, r) => {
    if (row.length !== header.length)
      throw new CliError(`${path}: data row ${r + 1} has ${row.length} cells, the header has ${header.length}`);
  });
  const cells = rows.map((row) => row.slice(1));
  const allNumeric = cells.every((row) => row.every((c) => c === '' || parseNumberCell(c) !== undefined));
  const units = rows.map((row, r) => ({
    id: row[0] as string,
    values: (cells[r] as string[]).map((c, j): Code | null => {
      if (c === '') return null;
      if (!numeric && !allNumeric) return c;
      const n = parseNumberCell(c);
      if (n === undefined) throw new CliError(`${path}: unit ${row[0]}, rater ${raters[j]}: "${c}" is not a number`);
      return n;
    }),
  }));
  return { raters, units };
}

/** Domain checks (RangeError) become one-line CLI errors naming the file. */
function domain<T>(path: string, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}

const fmt = (x: number | null, digits = 3): string => (x === null ? 'n/a' : x.toFixed(digits));
const fmtP = (p: number | null): string =>
  p === null ? 'n/a' : p >= 0.001 ? p.toFixed(4) : p === 0 ? '<1e-300' : p.toExponential(2);

/** Complete rows only (ICC and Fleiss' kappa need every rater on every unit). */
function completeRows(table: RatingTable): { rows: Code[][]; dropped: number } {
  const rows = table.units.map((u) => u.values).filter((v): v is Code[] => v.every((x) => x !== null));
  return { rows, dropped: table.units.length - rows.length };
}

function iccCommand(file: string, json: boolean): void {
  const table = readRatings(file, true);
  const { rows, dropped } = completeRows(table);
  if (rows.length < 2)
    throw new CliError(`${file}: ICC needs at least 2 units rated by every rater; ${rows.length} complete`);
  const result = domain(file, () => intraclassCorrelations(rows as number[][]));
  const data = {
    units: result.targets,
    raters: result.raters,
    unitsDropped: dropped,
    ...result.estimates,
  };
  output(json, data, () =>
    [
      `ICC over ${result.targets} unit(s) × ${result.raters} rater(s)` +
        (dropped ? ` (${dropped} unit(s) with a missing rating dropped)` : ''),
      `${'coefficient'.padEnd(11)} ${'value'.padStart(7)} ${'F'.padStart(8)} ${'df1'.padStart(4)} ${'df2'.padStart(4)} ${'p'.padStart(9)}  95% CI`,
      ...ICC_KEYS.map((key) => {
        const e = result.estimates[key];
        return `${key.padEnd(11)} ${fmt(e.value).padStart(7)} ${fmt(e.f, 2).padStart(8)} ${String(e.df1).padStart(4)} ${String(e.df2).padStart(4)} ${fmtP(e.p).padStart(9)}  [${fmt(e.ci95[0])}, ${fmt(e.ci95[1])}]`;
      }),
    ].join('\n'),
  );
}

function alphaCommand(file: string, level: AlphaLevel, json: boolean): void {
  const table = readRatings(file, level !== 'nominal');
  const result = domain(file, () =>
    krippendorffAlpha(
      table.units.map((u) => u.values),
      level,
    ),
  );
  if (result.unitsUsed < 1) throw new CliError(`${file}: no unit has at least 2 values, so alpha cannot be computed`);
  const data = {
    alpha: result.alpha,
    level,
    units: result.unitsUsed,
    unitsDropped: result.unitsDropped,
    raters: table.raters.length,
    pairableValues: result.pairableValues,
  };
  output(json, data, () =>
    [
      `Krippendorff's alpha (${level}): ${result.alpha === null ? 'undefined (every value is the same)' : fmt(result.alpha)}`,
      `${result.unitsUsed} unit(s) with 2+ values, ${result.pairableValues} pairable value(s), ${table.raters.length} rater(s)` +
        (result.unitsDropped ? `; ${result.unitsDropped} unit(s) with fewer than 2 values dropped` : ''),
    ].join('\n'),
  );
}

function kappaCommand(file: string, json: boolean): void {
  const table = readRatings(file, false);
  const { rows, dropped } = completeRows(table);
  if (rows.length < 1) throw new CliError(`${file}: Fleiss' kappa needs at least 1 unit rated by every rater`);
  const result = domain(file, () => fleissKappa(rows));
  const data = {
    kappa: result.kappa,
    units: result.subjects,
    raters: result.raters,
    unitsDropped: dropped,
    categories: result.categories,
  };
  output(json, data, () =>
    [
      `Fleiss' kappa: ${result.kappa === null ? 'undefined (every rating is the same category)' : fmt(result.kappa)}`,
      `${result.subjects} unit(s) × ${result.raters} rater(s), ${result.categories} categor${result.categories === 1 ? 'y' : 'ies'} used` +
        (dropped ? `; ${dropped} unit(s) with a missing rating dropped` : ''),
    ].join('\n'),
  );
}

function readGroups(file: string): GroupCounts[] {
  const [header, ...rows] = readCsv(file);
  const cols = (header ?? []).map((h) => h.toLowerCase());
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new CliError(`${file}: needs the columns group,applicants,selected (missing ${name})`);
    return i;
  };
  const [g, a, s] = [at('group'), at('applicants'), at('selected')];
  if (rows.length < 2) throw new CliError(`${file}: needs at least 2 groups`);
  return rows.map((row, r) => {
    const group = row[g] ?? '';
    if (group === '') throw new CliError(`${file}: data row ${r + 1} has no group name`);
    const count = (i: number, name: string): number => {
      const cell = row[i] ?? '';
      if (!/^\d+$/.test(cell) || !Number.isSafeInteger(Number(cell)))
        throw new CliError(`${file}: group ${group}: ${name} must be a whole number ≥ 0, got "${cell}"`);
      return Number(cell);
    };
    return { group, applicants: count(a, 'applicants'), selected: count(s, 'selected') };
  });
}

function adverseImpactCommand(file: string, json: boolean): void {
  const groups = readGroups(file);
  const result = domain(file, () => adverseImpact(groups));
  output(json, result, () => {
    const width = Math.max(5, ...result.groups.map((x) => x.group.length));
    return [
      `Reference group (highest selection rate): ${result.referenceGroup}`,
      `${'group'.padEnd(width)} ${'selected'.padStart(13)} ${'rate'.padStart(7)} ${'ratio'.padStart(6)}  ${'4/5'.padEnd(8)} ${'Fisher p'.padStart(9)} ${'z-test p'.padStart(9)}`,
      ...result.groups.map(
        (x) =>
          `${x.group.padEnd(width)} ${`${x.selected}/${x.applicants}`.padStart(13)} ${`${(x.rate * 100).toFixed(1)}%`.padStart(7)} ${fmt(x.impactRatio, 2).padStart(6)}  ${(x.adverseImpact ? 'BELOW' : 'ok').padEnd(8)} ${fmtP(x.fisherP).padStart(9)} ${fmtP(x.zP).padStart(9)}`,
      ),
      'BELOW: selection rate under four-fifths of the reference rate; investigate, reading the p-values for small groups.',
    ].join('\n');
  });
}

/** `caliper stats icc|alpha|kappa|adverse-impact`: reliability and adverse-impact statistics over CSV files. */
export function registerStats(program: Command): void {
  const stats = program
    .command('stats')
    .description('inter-rater reliability and adverse-impact statistics over CSV files');

  stats
    .command('icc')
    .description('intraclass correlations ICC(1,1)…ICC(3,k) with F tests and 95% CIs (complete rows only)')
    .requiredOption('--csv <file>', 'header row; first column the unit id, one column per rater')
    .option('--json', 'print the result as JSON')
    .action((opts: { csv: string; json?: boolean }) => iccCommand(opts.csv, Boolean(opts.json)));

  stats
    .command('alpha')
    .description("Krippendorff's alpha; missing cells allowed, units with a single value are dropped")
    .requiredOption('--csv <file>', 'header row; first column the unit id, one column per rater; empty = missing')
    .requiredOption('--level <level>', `one of: ${ALPHA_LEVELS.join(', ')}`)
    .option('--json', 'print the result as JSON')
    .action((opts: { csv: string; level: string; json?: boolean }) =>
      alphaCommand(opts.csv, oneOf('level', opts.level, ALPHA_LEVELS) as AlphaLevel, Boolean(opts.json)),
    );

  stats
    .command('kappa')
    .description("Fleiss' kappa over categorical ratings (complete rows only)")
    .requiredOption('--csv <file>', 'header row; first column the unit id, one column per rater')
    .option('--json', 'print the result as JSON')
    .action((opts: { csv: string; json?: boolean }) => kappaCommand(opts.csv, Boolean(opts.json)));

  stats
    .command('adverse-impact')
    .description("selection rates, impact ratios, the four-fifths flag, Fisher's exact and z-test p-values")
    .requiredOption('--csv <file>', 'columns group,applicants,selected')
    .option('--json', 'print the result as JSON')
    .action((opts: { csv: string; json?: boolean }) => adverseImpactCommand(opts.csv, Boolean(opts.json)));
}
