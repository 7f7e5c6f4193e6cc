/**
 * The bank lint: checks questions (built-in, imported or half-written drafts) before they can
 * reach a candidate. Pure: takes parsed JSON values, returns issues; the CLI and the API do
 * the reading and the printing.
 *
 * A question's identity (id, text, category, levels, topics, dimensions) must be valid for it
 * to be a question at all, so problems there are errors. Everything else (signals, follow-ups,
 * example answers, timings) may still be missing in a draft, so it produces warnings unless
 * the caller asks for a complete bank.
 */
import { z } from 'zod';
import { ZQuestion } from '../../shared/schemas/question.js';
import { TOPICS } from '../../shared/schemas/vocabulary.js';
import type { ProtectedCategory, SensitiveRule } from './categories.js';
import { findSensitive } from './sensitive.js';

/** Every rule the lint reports, as kebab-case ids. */
export const LINT_RULES = [
  'protected-characteristic',
  'salary-history',
  'schema',
  'duplicate-id',
  'unknown-topic',
  'missing-signals',
  'missing-follow-up-failure',
  'share-in-advance-without-rubric',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export type LintSeverity = 'error' | 'warning';

/** One problem with one question. */
export interface LintIssue {
  /** The question's id, or "#n" (1-based position) when it has no usable id. */
  questionId: string;
  severity: LintSeverity;
  rule: LintRule;
  message: string;
}

/** A finding in a single text, with the offsets an editor needs to underline it. */
export interface TextFinding {
  severity: LintSeverity;
  rule: SensitiveRule;
  category: ProtectedCategory;
  message: string;
  /** The words that triggered it, as written, and their offsets in the text. */
  match: string;
  start: number;
  end: number;
}

/** Options for `lintQuestions`. */
export interface LintOptions {
  /** The topic vocabulary; defaults to TOPICS. */
  knownTopics?: readonly string[];
  /**
   * Treat every departure from the full question schema as an error (for the built-in bank,
   * which must be complete). By default, parts a draft may lack are warnings.
   */
  requireComplete?: boolean;
}

const IDENTITY_KEYS = { id: true, text: true, category: true, levels: true, dimensions: true } as const;

// Topics are checked against the vocabulary by 'unknown-topic' (which can be extended), so
// here they only need to be a non-empty list of strings.
const ZIdentity = ZQuestion.pick(IDENTITY_KEYS).extend({ topics: z.array(z.string()).min(1) });
const ZCompletion = ZQuestion.omit({ ...IDENTITY_KEYS, topics: true });
const COMPLETION_KEYS = Object.keys(ZCompletion.shape);

const MIN_SIGNALS = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(question)';
}

/** Edit distance, to suggest "rate-limiting" for "rate-limit". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

function suggestTopic(topic: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = k.startsWith(topic) || topic.startsWith(k) ? 1 : distance(topic, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/**
 * Findings for one question text as it is being written: questions about protected
 * characteristics or their proxies, and salary-history questions. Technical uses of the same
 * words (cache entry age, child processes, health checks, race conditions) are not findings.
 */
export function lintText(text: string): TextFinding[] {
  return findSensitive(text).map((f) => ({ ...f }));
}

/**
 * Lints a list of questions as parsed from JSON (or YAML). Each element is checked on its
 * own (schema, topics, protected characteristics, completeness) and the list as a whole for
 * duplicate ids. Returns issues in question order; an empty list means the bank is clean.
 */
export function lintQuestions(questions: readonly unknown[], opts: LintOptions = {}): LintIssue[] {
  const known = opts.knownTopics ?? TOPICS;
  const knownSet = new Set<string>(known);
  const completionSeverity: LintSeverity = opts.requireComplete ? 'error' : 'warning';
  const firstIndexById = new Map<string, number>();
  const issues: LintIssue[] = [];

  questions.forEach((raw, index) => {
    const position = `#${index + 1}`;
    if (!isRecord(raw)) {
      issues.push({ questionId: position, severity: 'error', rule: 'schema', message: 'not a question object' });
      return;
    }
    const questionId = typeof raw.id === 'string' && raw.id.length > 0 ? raw.id : position;
    const add = (severity: LintSeverity, rule: LintRule, message: string): void => {
      issues.push({ questionId, severity, rule, message });
    };

    // Identity: without these it is not a question.
    const identity = ZIdentity.safeParse(raw);
    if (!identity.success) {
      for (const issue of identity.error.issues) {
        const key = issue.path[0];
        const absent = issue.path.length === 1 && typeof key === 'string' && raw[key] === undefined;
        add(
          'error',
          'schema',
          absent ? `${String(key)}: missing (required even in a draft)` : `${pathOf(issue.path)}: ${issue.message}`,
        );
      }
    }

    // Completion: a draft may lack these; what a draft does have must still be well formed.
    const lookFor = raw.lookFor;
    const followUps = raw.followUps;
    const missing = COMPLETION_KEYS.filter((key) => raw[key] === undefined);
    // lookFor and followUps have their own, more helpful rules below.
    const reportedElsewhere = new Set(opts.requireComplete ? [] : ['lookFor', 'followUps']);
    const missingHere = missing.filter((key) => !reportedElsewhere.has(key));
    if (missingHere.length > 0) {
      add(completionSeverity, 'schema', `incomplete: missing ${missingHere.join(', ')}`);
    }
    const completion = ZCompletion.safeParse(raw);
    if (!completion.success) {
      for (const issue of completion.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (missing.includes(key)) continue; // already reported as missing
        if (
          !opts.requireComplete &&
          key === 'lookFor' &&
          Array.isArray(lookFor) &&
          lookFor.length < MIN_SIGNALS &&
          issue.path.length === 1
        ) {
          continue; // the too-few-signals case is 'missing-signals'
        }
        add(completionSeverity, 'schema', `${pathOf(issue.path)}: ${issue.message}`);
      }
    }

    // Duplicate ids: the second and later uses are the errors, pointing back at the first.
    if (typeof raw.id === 'string') {
      const first = firstIndexById.get(raw.id);
      if (first === undefined) firstIndexById.set(raw.id, index);
      else add('error', 'duplicate-id', `duplicate id "${raw.id}": also used by question #${first + 1}`);
    }

    // Topics outside the vocabulary.
    if (Array.isArray(raw.topics)) {
      for (const topic of raw.topics) {
        if (typeof topic === 'string' && !knownSet.has(topic)) {
          add('error', 'unknown-topic', `unknown topic "${topic}"${suggestTopic(topic, known)}`);
        }
      }
    }

    // Protected characteristics and salary history, in the question and in every follow-up:
    // follow-ups are said to the candidate too.
    if (typeof raw.text === 'string') {
      for (const f of findSensitive(raw.text)) add(f.severity, f.rule, f.message);
    }
    if (Array.isArray(followUps)) {
      followUps.forEach((fu, i) => {
        if (!isRecord(fu) || typeof fu.text !== 'string') return;
        const label = typeof fu.id === 'string' ? fu.id : `#${i + 1}`;
        for (const f of findSensitive(fu.text)) add(f.severity, f.rule, `follow-up ${label}: ${f.message}`);
      });
    }

    // Completeness of the parts that make a question gradeable.
    const signalCount = Array.isArray(lookFor) ? lookFor.length : 0;
    if (signalCount < MIN_SIGNALS) {
      add(
        'warning',
        'missing-signals',
        signalCount === 0
          ? `no look-for signals: add at least ${MIN_SIGNALS} so interviewers and the grader know what good sounds like`
          : `only ${signalCount} look-for signal${signalCount === 1 ? '' : 's'}: add at least ${MIN_SIGNALS}`,
      );
    }
    const hasFailureProbe = Array.isArray(followUps) && followUps.some((fu) => isRecord(fu) && fu.kind === 'failure');
    if (!hasFailureProbe) {
      add(
        'warning',
        'missing-follow-up-failure',
        Array.isArray(followUps) && followUps.length > 0
          ? 'no follow-up of kind "failure": add an "and what happens when that fails?" probe'
          : 'no follow-ups: add at least two, one of kind "failure" ("and what happens when that fails?")',
      );
    }
    if (raw.shareInAdvance === true && signalCount === 0) {
      add(
        'warning',
        'share-in-advance-without-rubric',
        'shared with candidates in advance but has no look-for signals: ' +
          'they would see the question without the rubric it is scored against',
      );
    }
  });
  return issues;
}
