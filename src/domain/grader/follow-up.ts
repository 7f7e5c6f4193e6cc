/**
 * The next probe: the follow-up a real interviewer would ask, chosen from the question's own
 * follow-ups by the most important evidence the answer is missing. When the answer never
 * says what happens when something fails, the failure probe comes first: that is the
 * "second follow-up fade" a polished answer hides.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import type { Dimension, FollowUpKind } from '../../shared/schemas/vocabulary.js';
import type { AntiPatternFinding } from './anti-patterns.js';
import type { SignalResult } from './signals.js';
import type { Structure } from './structure.js';

/** The chosen probe and why it was chosen. */
export interface FollowUpChoice {
  readonly id: string;
  readonly text: string;
  readonly kind: FollowUpKind;
  readonly targets: string[];
  readonly reason: string;
}

export interface FollowUpInput {
  readonly question: TQuestion;
  readonly weights: Readonly<Record<Dimension, number>>;
  readonly signals: SignalResult;
  readonly structure: Structure;
  readonly antiPatterns: readonly AntiPatternFinding[];
  /** The answer says what happens when something fails. */
  readonly failureDiscussed: boolean;
  /** The answer gives at least one number with a unit. */
  readonly hasMagnitudes: boolean;
}

/** When nothing is missing, the interviewer pushes anyway, in this order of kinds. */
const PUSH_ORDER: readonly FollowUpKind[] = [
  'failure',
  'scale',
  'depth',
  'tradeoff',
  'evidence',
  'reflection',
  'result',
];
const FAILURE_PRIORITY = 10;
/**
 * A gap in the answer's shape (no numbers, no trade-off named) weighs less than a missing
 * signal (0.05 + its dimension's weight, at least 0.15); an anti-pattern weighs about as much.
 */
const SHAPE_GAP = 0.12;

function kindBonus(kind: FollowUpKind, input: FollowUpInput): number {
  const has = (id: string) => input.antiPatterns.some((p) => p.id === id);
  const s = input.structure;
  switch (kind) {
    case 'result':
      if (has('story-without-result')) return 0.3;
      return s.kind === 'behavioural' && !s.resultQuantified ? SHAPE_GAP : 0;
    case 'evidence':
      return input.hasMagnitudes ? 0 : SHAPE_GAP;
    case 'tradeoff':
      if (has('it-depends') || has('absolutes') || has('tool-list')) return 0.3;
      return s.kind === 'design' && !s.tradeoffs.present ? SHAPE_GAP : 0;
    case 'scale':
      return has('scale-in-adjectives') ? 0.3 : 0;
    case 'reflection':
      return has('blaming-others') ? 0.3 : 0;
    default:
      return 0;
  }
}

/** Picks the follow-up; null only for a question without follow-ups. */
export function chooseFollowUp(input: FollowUpInput): FollowUpChoice | null {
  const { question, weights, signals } = input;
  if (question.followUps.length === 0) return null;
  const missed = new Map(signals.missed.map((m) => [m.id, m]));
  let best: { k: number; score: number; missing: string[] } | undefined;
  question.followUps.forEach((f, k) => {
    const missing = f.targets.filter((t) => missed.has(t));
    let score = 0;
    for (const t of missing) score += 0.05 + weights[missed.get(t)?.dimension ?? 'fundamentals'];
    score += kindBonus(f.kind, input);
    if (f.kind === 'failure' && !input.failureDiscussed) score += FAILURE_PRIORITY;
    if (!best || score > best.score) best = { k, score, missing };
  });
  if (!best) return null;
  let chosen = question.followUps[best.k];
  let reason: string;
  if (best.score <= 0) {
    // Nothing missing: push on the kind an interviewer would break next.
    for (const kind of PUSH_ORDER) {
      const f = question.followUps.find((x) => x.kind === kind);
      if (f) {
        chosen = f;
        break;
      }
    }
    reason = 'The answer covers what this question looks for, so the probe pushes further on how it holds up.';
  } else if (chosen?.kind === 'failure' && !input.failureDiscussed) {
    reason =
      'The answer never says what happens when something fails or the first idea does not work, so the probe asks exactly that.';
  } else if (best.missing.length > 0) {
    const texts = best.missing.map((id) => missed.get(id)?.text ?? id);
    reason = `The answer does not yet show: ${texts.join(' / ')}`;
  } else {
    reason = `The answer's shape leaves a gap this ${chosen?.kind ?? ''} probe tests.`;
  }
  if (!chosen) return null;
  return { id: chosen.id, text: chosen.text, kind: chosen.kind, targets: [...chosen.targets], reason };
}
