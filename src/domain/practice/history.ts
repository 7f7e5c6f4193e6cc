import { round1 } from '../../shared/numbers.js';
import type { Dimension, Topic } from '../../shared/schemas/vocabulary.js';
import { DIMENSIONS } from '../../shared/schemas/vocabulary.js';
import type { PracticeHistory } from './draw.js';

/** One graded practice answer, as history and progress need it. */
export interface GradedAnswer {
  roundId: string;
  questionId: string;
  topics: readonly Topic[];
  overall: number;
  /** Per-dimension scores; null means not assessed (not a zero). */
  dimensions: Partial<Record<Dimension, number | null>>;
  at: Date;
}

/** How many recent answers count as "recently answered" (never drawn again). */
export const RECENT_ANSWERS = 40;

/** Summarise graded answers (newest last) into what the next draw should favour. */
export function historyOf(answers: readonly GradedAnswer[]): PracticeHistory {
  const recent = answers.slice(-RECENT_ANSWERS);
  const dimensionMeans: PracticeHistory['dimensionMeans'] = {};
  for (const d of DIMENSIONS) {
    const scores = recent.map((a) => a.dimensions[d]).filter((s): s is number => typeof s === 'number');
    if (scores.length) dimensionMeans[d] = scores.reduce((x, y) => x + y, 0) / scores.length;
  }
  const weakTopics = [...new Set(recent.filter((a) => a.overall < 3).flatMap((a) => a.topics))].sort();
  return { dimensionMeans, weakTopics, recent: new Set(recent.map((a) => a.questionId)) };
}

/** Progress over rounds: for each round (in order), the mean score per dimension. */
export function progressOf(
  answers: readonly GradedAnswer[],
): { roundId: string; at: string; overall: number; dimensions: Partial<Record<Dimension, number>> }[] {
  const byRound = new Map<string, GradedAnswer[]>();
  for (const a of answers) byRound.set(a.roundId, [...(byRound.get(a.roundId) ?? []), a]);
  return [...byRound].map(([roundId, list]) => {
    const dimensions: Partial<Record<Dimension, number>> = {};
    for (const d of DIMENSIONS) {
      const s = list.map((a) => a.dimensions[d]).filter((x): x is number => typeof x === 'number');
      if (s.length) dimensions[d] = round1(s.reduce((x, y) => x + y, 0) / s.length);
    }
    const first = list.reduce((m, a) => (a.at < m ? a.at : m), list[0]?.at ?? new Date(0));
    return {
      roundId,
      at: first.toISOString(),
      overall: round1(list.reduce((x, a) => x + a.overall, 0) / list.length),
      dimensions,
    };
  });
}
