/**
 * Question bank import and export in three file formats: JSON and YAML (an array of question
 * objects with the schema's camelCase fields) and Markdown (a structured document written by the
 * export, or a plain question list as people keep them). Pure: strings in, strings and objects out.
 */
import YAML from 'yaml';
import type { TQuestionDraft } from '../../../shared/schemas/question.js';
import { exportMarkdown } from './markdown-export.js';
import { isStructuredMarkdown, readStructuredMarkdown } from './markdown-import.js';
import { readPlainList } from './plain-list-import.js';
import { canonicalQuestion, type ImportResult, type RawEntry, validateEntries } from './validate.js';

export type { ImportProblem, ImportResult } from './validate.js';

/** A file format the bank can be imported from and exported to. */
export type BankFormat = 'json' | 'yaml' | 'md';

/** Options for {@link importQuestions}. */
export interface ImportOptions {
  /**
   * Where the questions come from (a file name or a repository). Becomes the `source` of questions
   * read from a plain Markdown list ('imported' when absent) and of JSON, YAML or structured
   * Markdown questions that have no `source` of their own.
   */
  sourceName?: string;
}

const EXTENSIONS: Record<string, BankFormat> = {
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  md: 'md',
  markdown: 'md',
};

/** The format a file name's extension implies (case-insensitive), or undefined if none does. */
export function detectFormat(fileName: string): BankFormat | undefined {
  const match = /\.([A-Za-z]+)$/.exec(fileName.trim());
  return match?.[1] ? EXTENSIONS[match[1].toLowerCase()] : undefined;
}

/**
 * Serialises questions. JSON and YAML hold an array of question objects with fields in schema
 * order; Markdown is the structured document that {@link importQuestions} reads back unchanged.
 */
export function exportQuestions(questions: TQuestionDraft[], format: BankFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(questions.map(canonicalQuestion), null, 2)}\n`;
    case 'yaml':
      return exportYaml(questions);
    case 'md':
      return exportMarkdown(questions);
  }
}

/**
 * Parses and validates questions. Each question is checked against ZQuestionDraft; one that fails
 * is reported in `problems` (with the field named) and left out of `questions`. Throws an Error
 * with a one-line message when the file as a whole cannot be read (a JSON or YAML syntax error,
 * prefixed with its line, or a top level that is not a list).
 */
export function importQuestions(text: string, format: BankFormat, opts: ImportOptions = {}): ImportResult {
  // A byte-order mark and Windows line ends are artefacts of the editor, not content.
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const defaultSource = opts.sourceName === undefined ? {} : { defaultSource: opts.sourceName };
  switch (format) {
    case 'json':
      return validateEntries(topLevelList(parseJson(clean)), defaultSource);
    case 'yaml':
      return validateEntries(topLevelList(parseYaml(clean)), defaultSource);
    case 'md': {
      const lines = clean.split('\n');
      if (isStructuredMarkdown(lines)) return validateEntries(readStructuredMarkdown(lines), defaultSource);
      const plain = opts.sourceName === undefined ? {} : { sourceName: opts.sourceName };
      return validateEntries(readPlainList(lines, plain));
    }
  }
}

/**
 * The raw values in a JSON or YAML question file, before validation, so the lint can report
 * each problem under its own rule (an unknown topic, a missing signal) rather than as a
 * schema failure. Throws a one-line Error for a syntax error or a top level that is not a list.
 */
export function parseQuestionList(text: string, format: 'json' | 'yaml'): unknown[] {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  return topLevelList(format === 'json' ? parseJson(clean) : parseYaml(clean)).map((entry) => entry.value);
}

function exportYaml(questions: TQuestionDraft[]): string {
  const doc = new YAML.Document(questions.map(canonicalQuestion));
  YAML.visit(doc, {
    Scalar(_key, node) {
      // yaml 2.9 writes a block scalar whose first line is only indentation without an indentation
      // indicator, and reads it back changed (" \n" -> "\n"); such values are double-quoted.
      if (typeof node.value === 'string' && /^[ \t]/.test(node.value) && node.value.includes('\n')) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  // Literal blocks and no line folding: folded scalars are lossy around indented lines.
  return doc.toString({ blockQuote: 'literal', lineWidth: 0 });
}

function topLevelList(data: unknown): RawEntry[] {
  if (!Array.isArray(data)) {
    const found =
      data === null || data === undefined ? 'nothing' : typeof data === 'object' ? 'an object' : `a ${typeof data}`;
    throw new Error(`expected a list of questions at the top level, found ${found}`);
  }
  return data.map((value: unknown) => ({ value }));
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new Error('the file is empty');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "... in JSON at position 42"; people want a line number.
    const position = /at position (\d+)/.exec(message);
    const offset = position?.[1] === undefined ? text.length : Number(position[1]);
    const line = text.slice(0, offset).split('\n').length;
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new Error(`line ${line}: ${reason}`);
  }
}

function parseYaml(text: string): unknown {
  if (text.trim() === '') throw new Error('the file is empty');
  const doc = YAML.parseDocument(text);
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0].line;
    // The message carries a multi-line excerpt after "at line X, column Y:"; keep the sentence.
    const reason = (first.message.split('\n')[0] ?? '').replace(/\s*at line \d+, column \d+:?\s*$/, '');
    throw new Error(line === undefined ? reason : `line ${line}: ${reason}`);
  }
  try {
    return doc.toJS();
  } catch (error) {
    // e.g. an alias bomb past the alias limit: still a file we cannot read, in one line.
    throw new Error((error instanceof Error ? error.message : String(error)).split('\n')[0]);
  }
}
