import type { RedFlag, Scorecard, ScorecardBody } from '../api/scorecards.js';

/** A dimension's choice: a score 1–5, "na" for not assessed, or nothing picked yet. */
export type ScoreChoice = 1 | 2 | 3 | 4 | 5 | 'na' | null;

/** The scorecard form's state. */
export interface ScorecardDraft {
  choices: Record<string, ScoreChoice>;
  evidence: Record<string, string>;
  questionNotes: Record<string, string>;
  notes: string;
  redFlags: RedFlag[];
  recommendation: number | null;
}

/** The shortest evidence the server accepts for a scored dimension. */
export const MIN_EVIDENCE = 10;

/** Plain words for each red flag (docs/product-rules.md, Scoring: red flags a polished loop misses). */
export const RED_FLAG_LABELS: Record<RedFlag, string> = {
  'second-follow-up-fade': 'Crisp first answer, vague on “and what happens when that fails?”',
  'scale-only-in-adjectives': 'Talks about scale in adjectives, never numbers',
  'cannot-sketch-own-system': 'Could not sketch the system they say they owned',
  'digs-in-under-push-back': 'Digs in under fair push-back',
  'fix-before-diagnosis': 'Jumps to a fix before a diagnosis',
  'rewrite-instinct': 'Jumps to “rewrite it”',
  'tool-list-not-decisions': 'Lists tools instead of explaining decisions',
  absolutes: 'Speaks in absolutes (“always Postgres”)',
};

/** The red flags in the order the form lists them. */
export const RED_FLAGS_IN_ORDER = Object.keys(RED_FLAG_LABELS) as RedFlag[];

/** Names of the 1–5 points of the overall recommendation. */
export const RECOMMENDATION_NAMES: Record<number, string> = {
  1: 'Strong no',
  2: 'No',
  3: 'Mixed',
  4: 'Yes',
  5: 'Strong yes',
};

function toChoice(score: number | null): ScoreChoice {
  if (score === null) return 'na';
  return score >= 1 && score <= 5 ? (score as 1 | 2 | 3 | 4 | 5) : null;
}

/** The form's state from a saved scorecard, or empty before one exists. */
export function draftFrom(card: Scorecard | null): ScorecardDraft {
  const draft: ScorecardDraft = {
    choices: {},
    evidence: {},
    questionNotes: {},
    notes: card?.notes ?? '',
    redFlags: [...(card?.redFlags ?? [])],
    recommendation: card?.recommendation ?? null,
  };
  for (const r of card?.ratings ?? []) {
    draft.choices[r.dimension] = toChoice(r.score);
    draft.evidence[r.dimension] = r.evidence;
  }
  for (const n of card?.questionNotes ?? []) draft.questionNotes[n.questionId] = n.note;
  return draft;
}

/**
 * What the server stores. A dimension with no choice yet is left out (the server then says it
 * is unrated); its evidence stays in the form until a score or "not assessed" is picked.
 */
export function bodyOf(draft: ScorecardDraft, dimensions: readonly ScorecardBody['ratings'][number]['dimension'][]) {
  const ratings: ScorecardBody['ratings'] = [];
  for (const dimension of dimensions) {
    const choice = draft.choices[dimension] ?? null;
    if (choice === null) continue;
    ratings.push({ dimension, score: choice === 'na' ? null : choice, evidence: draft.evidence[dimension] ?? '' });
  }
  const body: ScorecardBody = {
    ratings,
    questionNotes: Object.entries(draft.questionNotes)
      .filter(([, note]) => note.trim() !== '')
      .map(([questionId, note]) => ({ questionId, note })),
    notes: draft.notes,
    redFlags: draft.redFlags,
    recommendation: draft.recommendation,
  };
  return body;
}

/** Field keys for problems: "dimension:<id>", "recommendation", "reason" or "form". */
export type ProblemKey = string;

/** The server's 422 details keyed by the form field they belong to. */
export function problemsByField(details: readonly { path: string; message: string }[]): Record<ProblemKey, string> {
  const out: Record<ProblemKey, string> = {};
  for (const { path, message } of details) {
    const parts = path.replace(/^body\./, '').split('.');
    let key = 'form';
    if (parts[0] === 'ratings' && parts[1] && !/^\d+$/.test(parts[1])) key = `dimension:${parts[1]}`;
    else if (parts[0] === 'recommendation') key = 'recommendation';
    else if (parts[0] === 'reason') key = 'reason';
    out[key] = out[key] ? `${out[key]}; ${message}` : message;
  }
  return out;
}
