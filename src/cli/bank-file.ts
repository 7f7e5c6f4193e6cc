import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type BankFormat, detectFormat, importQuestions, parseQuestionList } from '../domain/bank/formats/formats.js';
import { type LintIssue, lintQuestions } from '../domain/bank/lint.js';
import type { TQuestionDraft } from '../shared/schemas/question.js';
import { CliError } from './errors.js';

/** The formats the bank commands read and write. */
export const BANK_FORMATS = ['json', 'yaml', 'md'] as const;

/** Read a file, or fail with one line naming it. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
}

/** The format from --format, or else from the file's extension. */
export function formatOf(path: string, flag: BankFormat | undefined): BankFormat {
  const format = flag ?? detectFormat(path);
  if (!format) throw new CliError(`cannot tell the format of ${path}; pass --format json|yaml|md`);
  return format;
}

/** Parse errors of the file as a whole become one-line CLI errors naming the file. */
function withFile<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new CliError(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Lint a question file. JSON and YAML are linted as raw values, so each problem is reported
 * under its own rule; Markdown is parsed first and its parse problems reported as schema errors.
 */
export function lintFile(path: string, format: BankFormat): LintIssue[] {
  const text = readText(path);
  if (format !== 'md') return lintQuestions(withFile(path, () => parseQuestionList(text, format)));
  const result = withFile(path, () => importQuestions(text, 'md', { sourceName: basename(path) }));
  const parseIssues: LintIssue[] = result.problems.map((p) => ({
    questionId: p.questionId ?? `#${p.index + 1}`,
    severity: 'error',
    rule: 'schema',
    message: p.message,
  }));
  return [...parseIssues, ...lintQuestions(result.questions)];
}

/** Read questions for import; any question that does not validate is a one-line error. */
export function readQuestions(path: string, format: BankFormat): { questions: TQuestionDraft[]; problems: string[] } {
  const result = withFile(path, () => importQuestions(readText(path), format, { sourceName: basename(path) }));
  return {
    questions: result.questions,
    problems: result.problems.map((p) => `${p.questionId ?? `#${p.index + 1}`}: ${p.message}`),
  };
}
