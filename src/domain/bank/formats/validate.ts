/**
 * The part every import format shares: checking raw question objects against ZQuestionDraft and
 * turning failures into per-question problems that name the field, plus the canonical field order
 * the exports write.
 */
import type { z } from 'zod';
import { type TQuestionDraft, ZFollowUp, ZQuestionDraft, ZSignal } from '../../../shared/schemas/question.js';

/** One question that could not be imported, and why. */
export interface ImportProblem {
  /** Position of the question in the file, from 0. */
  index: number;
  /** The question's id when it had a usable one. */
  questionId?: string;
  /** Starts with the field path, e.g. `lookFor[0].cues: Too small: ...`. */
  message: string;
}

/** What an import produced: the valid questions and a problem list for the rest. */
export interface ImportResult {
  questions: TQuestionDraft[];
  problems: ImportProblem[];
}

/** A parsed but unchecked question, with any problems the parser itself already found. */
export interface RawEntry {
  value: unknown;
  problems?: string[];
}

/** Options for {@link validateEntries}. */
export interface ValidateOptions {
  /** Fills `source` on questions that have none, instead of the schema's 'original'. */
  defaultSource?: string;
}

// Fields of a question detail (API output) that a re-import may carry and may safely drop.
const DETAIL_ONLY_FIELDS = new Set(['version', 'builtIn', 'needsSignals', 'retired']);
const QUESTION_FIELDS = Object.keys(ZQuestionDraft.shape);
const SIGNAL_FIELDS = Object.keys(ZSignal.shape);
const FOLLOW_UP_FIELDS = Object.keys(ZFollowUp.shape);
const ANSWER_FIELDS = ['strong', 'weak'];

/**
 * Validates each entry with ZQuestionDraft. An entry with any problem (from the parser, an unknown
 * field, a schema failure or an id already used earlier in the file) is left out of `questions`.
 */
export function validateEntries(entries: readonly RawEntry[], opts: ValidateOptions = {}): ImportResult {
  const result: ImportResult = { questions: [], problems: [] };
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const value = withDefaultSource(entry.value, opts.defaultSource);
    const messages = [...(entry.problems ?? []), ...unknownFields(value)];
    const parsed = ZQuestionDraft.safeParse(value);
    if (!parsed.success) messages.push(...parsed.error.issues.map(formatIssue));
    const id = isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
    const earlier = id === undefined ? undefined : seen.get(id);
    if (earlier !== undefined) messages.push(`id: "${id}" is already used by question ${earlier}`);
    else if (id !== undefined) seen.set(id, index);
    if (messages.length === 0 && parsed.success) {
      result.questions.push(parsed.data);
      return;
    }
    for (const message of messages) {
      result.problems.push(id === undefined ? { index, message } : { index, questionId: id, message });
    }
  });
  return result;
}

/** Renders a Zod issue as `path: message`, with array indexes in brackets. */
export function formatIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path) || 'question'}: ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Narrows to a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withDefaultSource(value: unknown, source: string | undefined): unknown {
  if (source === undefined || !isRecord(value) || value.source !== undefined) return value;
  return { ...value, source };
}

/**
 * Zod strips unknown keys silently; an import must not, because a misspelt `look_for` or `target`
 * would otherwise lose the rubric without a word.
 */
function unknownFields(value: unknown): string[] {
  if (!isRecord(value)) return [];
  const found = extraKeys(value, QUESTION_FIELDS, '').filter((key) => !DETAIL_ONLY_FIELDS.has(key));
  const nested: [string, readonly string[]][] = [
    ['lookFor', SIGNAL_FIELDS],
    ['followUps', FOLLOW_UP_FIELDS],
  ];
  for (const [field, allowed] of nested) {
    const items = value[field];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (isRecord(item)) found.push(...extraKeys(item, allowed, `${field}[${i}].`));
    });
  }
  if (isRecord(value.exampleAnswers)) found.push(...extraKeys(value.exampleAnswers, ANSWER_FIELDS, 'exampleAnswers.'));
  return found.map((path) => `${path}: unknown field`);
}

function extraKeys(value: Record<string, unknown>, allowed: readonly string[], prefix: string): string[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${prefix}${key}`);
}

/**
 * A copy of the question with fields in schema order and nothing else, so exports are stable
 * and diff well whatever order the caller's objects were built in.
 */
export function canonicalQuestion(q: TQuestionDraft): Record<string, unknown> {
  const source = q as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of QUESTION_FIELDS) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  out.lookFor = q.lookFor.map((s) => ({
    id: s.id,
    text: s.text,
    dimension: s.dimension,
    cues: [...s.cues],
    ...(s.phrasings ? { phrasings: [...s.phrasings] } : {}),
    ...(s.rejects ? { rejects: [...s.rejects] } : {}),
  }));
  out.followUps = q.followUps.map((f) => ({ id: f.id, text: f.text, kind: f.kind, targets: [...f.targets] }));
  if (q.exampleAnswers) out.exampleAnswers = { strong: q.exampleAnswers.strong, weak: q.exampleAnswers.weak };
  return out;
}
