import { slugify, uniqueSlug } from '../../../src/domain/bank/slug.js';
import type { TQuestionDetail, TQuestionInput } from '../../../src/shared/schemas/question.js';
import type { Category, Dimension, FollowUpKind, Level, Topic } from '../../../src/shared/schemas/vocabulary.js';

/** One look-for signal being written; `id` is kept from a saved signal so references stay stable. */
export interface SignalRow {
  key: string;
  id: string | null;
  text: string;
  dimension: Dimension;
  /** Comma-separated, as typed. */
  cues: string;
}

/** One follow-up being written; `targets` are kept from a saved follow-up. */
export interface FollowUpRow {
  key: string;
  id: string | null;
  text: string;
  kind: FollowUpKind;
  targets: string[];
}

/** Everything the editor holds, as the fields show it. */
export interface EditorForm {
  text: string;
  /** Empty: derived from the text. */
  id: string;
  category: Category;
  levels: Level[];
  topics: Topic[];
  dimensions: Dimension[];
  difficulty: number;
  minutes: number;
  /** null: the category's default (technical and situational questions are shared). */
  shareInAdvance: boolean | null;
  signals: SignalRow[];
  followUps: FollowUpRow[];
  /** One item a line. */
  commonMistakes: string;
  redFlags: string;
  outline: string;
  exampleStrong: string;
  exampleWeak: string;
  source: string;
  license: string;
}

let rowCounter = 0;

/** A key for a new repeatable row (stable while the row lives). */
export function rowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

/** A blank question. */
export function emptyForm(): EditorForm {
  return {
    text: '',
    id: '',
    category: 'technical',
    levels: [],
    topics: [],
    dimensions: [],
    difficulty: 3,
    minutes: 10,
    shareInAdvance: null,
    signals: [],
    followUps: [],
    commonMistakes: '',
    redFlags: '',
    outline: '',
    exampleStrong: '',
    exampleWeak: '',
    source: 'original',
    license: 'proprietary',
  };
}

/** The form for editing a saved question. */
export function formFromQuestion(q: TQuestionDetail): EditorForm {
  return {
    text: q.text,
    id: q.id,
    category: q.category,
    levels: [...q.levels],
    topics: [...q.topics],
    dimensions: [...q.dimensions],
    difficulty: q.difficulty,
    minutes: q.minutes,
    shareInAdvance: q.shareInAdvance ?? null,
    signals: q.lookFor.map((s) => ({
      key: rowKey(),
      id: s.id,
      text: s.text,
      dimension: s.dimension,
      cues: s.cues.join(', '),
    })),
    followUps: q.followUps.map((f) => ({
      key: rowKey(),
      id: f.id,
      text: f.text,
      kind: f.kind,
      targets: [...f.targets],
    })),
    commonMistakes: q.commonMistakes.join('\n'),
    redFlags: q.redFlags.join('\n'),
    outline: q.outline.join('\n'),
    exampleStrong: q.exampleAnswers?.strong ?? '',
    exampleWeak: q.exampleAnswers?.weak ?? '',
    source: q.source,
    license: q.license,
  };
}

/** Categories whose questions are shared with candidates in advance unless said otherwise (as the server decides). */
const SHARED_BY_DEFAULT: readonly Category[] = ['technical', 'situational'];

/** Whether the question will be shared in advance: the choice made, else the category's default. */
export function sharesInAdvance(form: EditorForm): boolean {
  return form.shareInAdvance ?? SHARED_BY_DEFAULT.includes(form.category);
}

/** The id the server derives from the text when none is given (the same functions, so the same id). */
export function derivedId(text: string): string {
  return uniqueSlug(slugify(text), new Set());
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function cuesOf(text: string): string[] {
  return text
    .split(',')
    .map((cue) => cue.trim())
    .filter(Boolean);
}

/** Rows' ids: a saved row keeps its id; a new one gets a slug of its text that no other row uses. */
function rowIds<T extends { id: string | null; text: string }>(rows: T[], fallback: string): string[] {
  const taken = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
  return rows.map((row, i) => row.id ?? uniqueSlug(slugify(row.text, 40), taken, 60, `${fallback}-${i + 1}`));
}

/** The request body for saving: blank rows dropped, lists split, the id left out when it is to be derived. */
export function toQuestionInput(form: EditorForm): TQuestionInput {
  const signals = form.signals.filter((s) => s.text.trim() || s.cues.trim());
  const followUps = form.followUps.filter((f) => f.text.trim());
  const signalIds = rowIds(signals, 'signal');
  const followUpIds = rowIds(followUps, 'follow-up');
  const strong = form.exampleStrong.trim();
  const weak = form.exampleWeak.trim();
  const id = form.id.trim();
  return {
    ...(id ? { id } : {}),
    text: form.text.trim(),
    category: form.category,
    levels: form.levels,
    topics: form.topics,
    dimensions: form.dimensions,
    difficulty: form.difficulty,
    minutes: form.minutes,
    ...(form.shareInAdvance === null ? {} : { shareInAdvance: form.shareInAdvance }),
    source: form.source,
    license: form.license,
    lookFor: signals.map((s, i) => ({
      id: signalIds[i] ?? `signal-${i + 1}`,
      text: s.text.trim(),
      dimension: s.dimension,
      cues: cuesOf(s.cues),
    })),
    followUps: followUps.map((f, i) => ({
      id: followUpIds[i] ?? `follow-up-${i + 1}`,
      text: f.text.trim(),
      kind: f.kind,
      targets: f.targets,
    })),
    commonMistakes: lines(form.commonMistakes),
    redFlags: lines(form.redFlags),
    outline: lines(form.outline),
    ...(strong || weak ? { exampleAnswers: { strong, weak } } : {}),
  };
}

/**
 * What to lint while typing: the body as it would be saved, with the id and sharing resolved
 * the way the server will, the text exactly as typed (so finding offsets match the field),
 * and empty optional lists left out (the lint then names each gap once, not twice).
 */
export function toLintDraft(form: EditorForm): Record<string, unknown> {
  const input = toQuestionInput(form);
  const draft: Record<string, unknown> = {
    ...input,
    id: input.id ?? derivedId(form.text),
    text: form.text,
    shareInAdvance: sharesInAdvance(form),
  };
  for (const key of ['commonMistakes', 'redFlags', 'outline', 'lookFor', 'followUps'] as const) {
    if (input[key].length === 0) delete draft[key];
  }
  return draft;
}
