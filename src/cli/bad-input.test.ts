/**
 * Every `caliper` command given bad input answers with exactly one line on stderr, no stack
 * trace, and exit code 1: unknown commands and options, missing arguments, missing,
 * unreadable and malformed files, out-of-range numbers, an unknown organisation.
 *
 * Spawning the binary costs seconds of tsx start-up per case, so the cases run in one batch
 * process (src/test/cli-batch.ts re-evaluates the real entry point for each), and a few,
 * including the ones that would start a server if they accepted their input, also run as
 * the real binary. Each case is its own test, so a failure names the command.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCaliperWithin } from '../test/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'caliper-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const missing = join(dir, 'no-such-file.csv');
const aDirectory = join(dir, 'a-directory.json');
mkdirSync(aDirectory);
const badJson = file('bad.json', '[{"id": "half-a-question", "text": ');
const badYaml = file('bad.yaml', 'id: x\n  text: : : [unclosed\n\t- tab');
const notQuestions = file('not-questions.json', '{"hello": "world"}');
const binary = file('binary.csv', '\u0000\u0001\u0002\uFFFD\uFFFD\n\u0000');
const raggedCsv = file('ragged.csv', 'unit,r1,r2\n1,3,4,5,6\n2\n"unterminated,3');
const wordsCsv = file('words.csv', 'unit,r1,r2\na,high,low\nb,low,high\n');
const headerOnly = file('header-only.csv', 'unit,r1,r2\n');
const impossibleImpact = file('impossible.csv', 'group,applicants,selected\nA,10,20\nB,-5,1\n');
const aJsonObject = file('not-history.json', '{"rounds": 3}');
const answer = file('answer.txt', 'I would measure first, then add an index on the lookup column.');
const goodCsv = 'src/cli/fixtures/stats/shrout-fleiss.csv';
const forbidden = 'src/cli/fixtures/forbidden.json';
const dataDir = (name: string) => join(dir, `data-${name}`);
const QUESTION = 'api-idempotent-payments-retry';

/** name -> argv. Commands that reach a database each get their own data folder so they can run side by side. */
const CASES: Record<string, string[]> = {
  'unknown command': ['frobnicate'],
  'unknown top-level option': ['--frobnicate'],
  'unknown help topic': ['help', 'frobnicate'],
  'serve: unknown option': ['serve', '--frobnicate'],
  'serve: port out of range': ['serve', '--port', '70000', '--data-dir', dataDir('serve-a')],
  'serve: port not a number': ['serve', '--port', 'eighty', '--data-dir', dataDir('serve-b')],
  'migrate: unknown option': ['migrate', '--frobnicate'],
  'migrate: data dir is a file': ['migrate', '--data-dir', answer],
  'demo: unknown subcommand': ['demo', 'frobnicate'],
  'demo seed: unknown option': ['demo', 'seed', '--frobnicate'],
  'demo seed: missing option value': ['demo', 'seed', '--org-name'],
  'bank: unknown subcommand': ['bank', 'frobnicate'],
  'bank list: unknown level': ['bank', 'list', '--level', 'galactic'],
  'bank list: unknown category': ['bank', 'list', '--category', 'trivia'],
  'bank show: missing id': ['bank', 'show'],
  'bank show: unknown id': ['bank', 'show', 'no-such-question'],
  'bank show: too many arguments': ['bank', 'show', QUESTION, 'extra'],
  'bank lint: missing file argument': ['bank', 'lint'],
  'bank lint: missing file': ['bank', 'lint', missing],
  'bank lint: a directory': ['bank', 'lint', aDirectory],
  'bank lint: malformed JSON': ['bank', 'lint', badJson],
  'bank lint: malformed YAML': ['bank', 'lint', badYaml],
  'bank lint: unknown format': ['bank', 'lint', badJson, '--format', 'xml'],
  'bank import: missing file argument': ['bank', 'import'],
  'bank import: malformed JSON': ['bank', 'import', badJson, '--data-dir', dataDir('import-a')],
  'bank import: not questions': ['bank', 'import', notQuestions, '--data-dir', dataDir('import-b')],
  'bank import: unknown organisation': [
    'bank',
    'import',
    forbidden,
    '--org',
    'No Such Org',
    '--dry-run',
    '--data-dir',
    dataDir('import-c'),
  ],
  'bank export: unknown format': ['bank', 'export', '--format', 'xml'],
  'bank export: unknown organisation': ['bank', 'export', '--org', 'No Such Org', '--data-dir', dataDir('export-a')],
  'bank export: unwritable output': ['bank', 'export', '--output', join(missing, 'out.json')],
  'loop: unknown subcommand': ['loop', 'frobnicate'],
  'loop compose: missing level': ['loop', 'compose'],
  'loop compose: unknown level': ['loop', 'compose', '--level', 'wizard'],
  'loop compose: negative minutes': ['loop', 'compose', '--level', 'mid', '--minutes', '-5'],
  'loop compose: minutes not a number': ['loop', 'compose', '--level', 'mid', '--minutes', 'lots'],
  'loop compose: huge minutes': ['loop', 'compose', '--level', 'mid', '--minutes', '1e309'],
  'loop compose: inverted band': ['loop', 'compose', '--level', 'mid', '--band', '160000-120000'],
  'loop compose: garbage band': ['loop', 'compose', '--level', 'mid', '--band', 'lots-of-money'],
  'grade: missing options': ['grade'],
  'grade: unknown question': ['grade', '--question', 'no-such-question', '--answer-file', answer],
  'grade: missing answer file': ['grade', '--question', QUESTION, '--answer-file', missing],
  'grade: answer file is a directory': ['grade', '--question', QUESTION, '--answer-file', aDirectory],
  'grade: unknown level': ['grade', '--question', QUESTION, '--answer-file', answer, '--level', 'galactic'],
  'practice: minutes below range': ['practice', '--minutes', '5', '--answers-file', answer],
  'practice: minutes above range': ['practice', '--minutes', '9999', '--answers-file', answer],
  'practice: unknown level': ['practice', '--level', 'galactic', '--answers-file', answer],
  'practice: unknown track': ['practice', '--track', 'juggling', '--answers-file', answer],
  'practice: missing answers file': ['practice', '--answers-file', missing],
  'practice: days out of range': ['practice', '--days', '0', '--answers-file', answer],
  'practice: unknown question': ['practice', '--question', 'no-such-question', '--answers-file', answer],
  'practice: history that is not JSON': ['practice', '--answers-file', answer, '--history', answer],
  'practice: history of another shape': ['practice', '--answers-file', answer, '--history', aJsonObject],
  'stats: unknown subcommand': ['stats', 'frobnicate'],
  'stats icc: missing --csv': ['stats', 'icc'],
  'stats icc: missing file': ['stats', 'icc', '--csv', missing],
  'stats icc: ragged CSV': ['stats', 'icc', '--csv', raggedCsv],
  'stats icc: binary file': ['stats', 'icc', '--csv', binary],
  'stats icc: header only': ['stats', 'icc', '--csv', headerOnly],
  'stats alpha: unknown level': ['stats', 'alpha', '--csv', goodCsv, '--level', 'cosmic'],
  'stats alpha: missing level': ['stats', 'alpha', '--csv', goodCsv],
  'stats kappa: a directory': ['stats', 'kappa', '--csv', aDirectory],
  'stats kappa: header only': ['stats', 'kappa', '--csv', headerOnly],
  'stats icc: words, not numbers': ['stats', 'icc', '--csv', wordsCsv],
  'stats adverse-impact: impossible counts': ['stats', 'adverse-impact', '--csv', impossibleImpact],
  'stats adverse-impact: ragged CSV': ['stats', 'adverse-impact', '--csv', raggedCsv],
  'gdpr: unknown option': ['gdpr', '--frobnicate'],
  'gdpr: unknown subcommand': ['gdpr', 'frobnicate'],
  'gdpr export: missing candidate': ['gdpr', 'export', '--data-dir', dataDir('gdpr-a')],
  'gdpr export: candidate id is not an id': [
    'gdpr',
    'export',
    '--candidate',
    "1' OR '1'='1",
    '--data-dir',
    dataDir('gdpr-b'),
  ],
  'gdpr export: unknown organisation': [
    'gdpr',
    'export',
    '--candidate',
    '00000000-0000-4000-8000-000000000000',
    '--org',
    'No Such Org',
    '--data-dir',
    dataDir('gdpr-c'),
  ],
  'gdpr erase: unknown candidate': [
    'gdpr',
    'erase',
    '--candidate',
    '00000000-0000-4000-8000-000000000000',
    '--yes',
    '--data-dir',
    dataDir('gdpr-d'),
  ],
  'gdpr erase: not confirmed': ['gdpr', 'erase', '--candidate', '00000000-0000-4000-8000-000000000000'],
  'gdpr retention: unknown organisation': [
    'gdpr',
    'retention',
    '--org',
    'No Such Org',
    '--data-dir',
    dataDir('gdpr-e'),
  ],
  'report: unknown subcommand': ['report', 'frobnicate'],
  'report methodology: unknown option': ['report', 'methodology', '--frobnicate'],
};

/** Cases that also run as the real binary (the serve ones would otherwise start a server in the batch). */
const SPAWNED = new Set([
  'unknown command',
  'serve: port out of range',
  'serve: port not a number',
  'stats icc: ragged CSV',
  'bank import: unknown organisation',
]);
const results = new Map<string, CliRun>();

/** Run the batch process over the cases; its results, by case name. */
async function runBatch(cases: [string, string[]][]): Promise<Record<string, CliRun>> {
  const casesFile = file('cases.json', JSON.stringify(cases));
  const resultsFile = join(dir, 'results.json');
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  await promisify(execFile)('node', ['--import', 'tsx', 'src/test/cli-batch.ts', casesFile, resultsFile], {
    env,
    timeout: 170_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(readFileSync(resultsFile, 'utf8'));
}

beforeAll(async () => {
  const batched = Object.entries(CASES).filter(([name]) => !name.startsWith('serve:'));
  const spawned = Object.entries(CASES).filter(([name]) => SPAWNED.has(name));
  const [batch] = await Promise.all([
    runBatch(batched),
    ...spawned.map(async ([name, argv]) => results.set(`${name} (binary)`, await runCaliperWithin(60_000, ...argv))),
  ]);
  for (const [name, run] of Object.entries(batch)) results.set(name, run);
}, 175_000);

const ALL = [
  ...Object.entries(CASES).filter(([name]) => !name.startsWith('serve:')),
  ...Object.entries(CASES)
    .filter(([name]) => SPAWNED.has(name))
    .map(([name, argv]): [string, string[]] => [`${name} (binary)`, argv]),
];

describe('caliper answers bad input with one line on stderr and exit 1', () => {
  for (const [name, argv] of ALL) {
    it(`${name}: caliper ${argv.map((a) => a.replace(dir, '$TMP')).join(' ')}`, () => {
      const run = results.get(name);
      expect(run, 'the command did not run').toBeDefined();
      const { code, stderr } = run as CliRun;
      const lines = stderr.trimEnd().split('\n');
      expect(stderr, 'a stack trace').not.toMatch(/^\s+at /m);
      expect(lines, `stderr:\n${stderr}`).toHaveLength(1);
      expect(lines[0]).toMatch(/^caliper: \S/);
      expect(code, `stderr: ${stderr}`).toBe(1);
    });
  }
});
