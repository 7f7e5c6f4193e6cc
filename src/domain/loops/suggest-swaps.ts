import type { Dimension, Level } from '../../shared/schemas/vocabulary.js';
import type { TQuestionLike } from './types.js';

/** A replacement for a question in a loop, and why it was suggested. */
export interface SwapSuggestion {
  question: TQuestionLike;
  reason: string;
}

/**
 * Questions that could replace `target` without losing evidence: they fit the level, are not
 * already in the loop, and score the dimension the target was picked for. Same category first
 * (keeps the kit balanced), then the closest length (keeps the stage within its time), then id.
 */
export function suggestSwaps(
  target: TQuestionLike,
  dimension: Dimension,
  bank: readonly TQuestionLike[],
  inLoop: ReadonlySet<string>,
  level: Level,
  limit = 5,
): SwapSuggestion[] {
  return bank
    .filter(
      (q) => q.id !== target.id && !inLoop.has(q.id) && q.levels.includes(level) && q.dimensions.includes(dimension),
    )
    .map((q) => ({
      q,
      sameCategory: q.category === target.category ? 0 : 1,
      gap: Math.abs(q.minutes - target.minutes),
    }))
    .sort(
      (a, b) => a.sameCategory - b.sameCategory || a.gap - b.gap || (a.q.id < b.q.id ? -1 : a.q.id > b.q.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ q, sameCategory }) => ({
      question: q,
      reason: `Also scores ${dimension}${sameCategory === 0 ? `, same category (${q.category})` : `, but is ${q.category} rather than ${target.category}: check the kit balance`}; ${q.minutes} min against ${target.minutes}.`,
    }));
}
