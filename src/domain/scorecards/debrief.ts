/**
 * The evidence-first debrief: quotes grouped by dimension (who said them, at which stage) come
 * before any number; then the scores, the level-weighted composite, the spread per dimension
 * with splits highlighted, red flags, missing scorecards and guidance for a split panel.
 * Pure: scorecards in, debrief out. It never proposes an outcome.
 */
import { round1 } from '../../shared/numbers.js';
import type { TRubric } from '../../shared/schemas/rubric.js';
import { DIMENSIONS, type Dimension, type Level } from '../../shared/schemas/vocabulary.js';
import { dimensionWords, weightedComposite } from '../rubric/rubric.js';

/** A submitted scorecard as the debrief reads it. */
export interface DebriefCard {
  scorecardId: string;
  interviewer: { id: string; name: string };
  stage: { key: string; name: string };
  ratings: { dimension: Dimension; score: number | null; evidence: string }[];
  redFlags: string[];
  recommendation: number | null;
}

/** A split: two interviewers two or more points apart on one dimension. */
export const SPLIT_GAP = 2;

/** The debrief of one application. */
export interface Debrief {
  evidence: {
    dimension: Dimension;
    quotes: { quote: string; interviewer: string; stage: string; score: number | null }[];
  }[];
  scores: {
    interviewer: string;
    stage: string;
    ratings: Partial<Record<Dimension, number | null>>;
    recommendation: number | null;
  }[];
  perDimension: { dimension: Dimension; mean: number | null; min: number | null; max: number | null; split: boolean }[];
  composite: number | null;
  redFlags: { flag: string; raisedBy: string[] }[];
  splitGuidance: string | null;
}

/** Build the debrief for a level from its submitted scorecards. */
export function buildDebrief(cards: readonly DebriefCard[], level: Level, rubric: TRubric): Debrief {
  const evidence = DIMENSIONS.map((dimension) => ({
    dimension,
    quotes: cards.flatMap((c) =>
      c.ratings
        .filter((r) => r.dimension === dimension && r.evidence.trim())
        .map((r) => ({ quote: r.evidence, interviewer: c.interviewer.name, stage: c.stage.name, score: r.score })),
    ),
  })).filter((e) => e.quotes.length > 0);
  const perDimension = DIMENSIONS.map((dimension) => {
    const scores = cards.flatMap((c) =>
      c.ratings.filter((r) => r.dimension === dimension && r.score !== null).map((r) => r.score as number),
    );
    if (scores.length === 0) return { dimension, mean: null, min: null, max: null, split: false };
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    return {
      dimension,
      mean: round1(scores.reduce((a, b) => a + b, 0) / scores.length),
      min,
      max,
      split: max - min >= SPLIT_GAP,
    };
  });
  const means = Object.fromEntries(perDimension.map((d) => [d.dimension, d.mean]));
  const composite = weightedComposite(rubric, level, means);
  const flags = new Map<string, string[]>();
  for (const c of cards) for (const f of c.redFlags) flags.set(f, [...(flags.get(f) ?? []), c.interviewer.name]);
  const splits = perDimension.filter((d) => d.split).map((d) => d.dimension);
  return {
    evidence,
    scores: cards.map((c) => ({
      interviewer: c.interviewer.name,
      stage: c.stage.name,
      ratings: Object.fromEntries(c.ratings.map((r) => [r.dimension, r.score])),
      recommendation: c.recommendation,
    })),
    perDimension,
    composite: composite === null ? null : round1(composite),
    redFlags: [...flags].map(([flag, raisedBy]) => ({ flag, raisedBy })),
    splitGuidance: splits.length
      ? `The panel is split on ${splits.map((d) => dimensionWords(d)).join(', ')}. Read the evidence for ${splits.length > 1 ? 'them' : 'it'} again, then lean on the working session and on references rather than averaging the disagreement away.`
      : null,
  };
}
