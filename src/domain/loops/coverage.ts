/**
 * Dimension coverage arithmetic: how much of a kit's question time gives evidence for each
 * dimension, and how far that is from the level's weights. Pure numbers, no selection logic.
 */
import type { TRubric } from '../../shared/schemas/rubric.js';
import { DIMENSIONS, type Dimension, type Level } from '../../shared/schemas/vocabulary.js';
import type { Coverage, TQuestionLike } from './types.js';

/** Question-minutes credited per dimension, plus the kit's total question-minutes. */
export interface Tally {
  readonly perDimension: Record<Dimension, number>;
  readonly total: number;
}

/** An empty tally. */
export function emptyTally(): Tally {
  return { perDimension: zeroes(), total: 0 };
}

/**
 * How a question's time is shared among its dimensions. The bank lists a question's primary
 * dimension first (for most questions it is also the one most of its look-for signals score), so
 * earlier dimensions get more: with n dimensions the i-th (from 0) gets (n - i) / (1 + … + n).
 * Two dimensions split 2/3 and 1/3; three split 1/2, 1/3, 1/6. Duplicates count once.
 */
export function dimensionSplit(dimensions: readonly Dimension[]): [Dimension, number][] {
  const unique = [...new Set(dimensions)];
  const n = unique.length;
  const denominator = (n * (n + 1)) / 2;
  return unique.map((d, i) => [d, (n - i) / denominator]);
}

/** The tally after adding one question (a new object; the input is not changed). */
export function addToTally(tally: Tally, q: Pick<TQuestionLike, 'dimensions' | 'minutes'>): Tally {
  const perDimension = { ...tally.perDimension };
  for (const [d, part] of dimensionSplit(q.dimensions)) perDimension[d] += q.minutes * part;
  return { perDimension, total: tally.total + q.minutes };
}

/** Each dimension's share of the kit's question-minutes (all 0 for an empty kit). */
export function sharesOf(tally: Tally): Record<Dimension, number> {
  const shares = zeroes();
  if (tally.total <= 0) return shares;
  for (const d of DIMENSIONS) shares[d] = tally.perDimension[d] / tally.total;
  return shares;
}

/**
 * The level's weights from the rubric, rescaled to sum to 1 so an organisation's edited weights
 * that do not quite add up still compare like for like with shares. Read straight from the
 * rubric object (not through rubric.ts, which also loads files) to keep this module free of I/O
 * imports for the web build.
 */
export function normalisedWeights(rubric: TRubric, level: Level): Record<Dimension, number> {
  const raw = rubric.weights[level];
  const sum = DIMENSIONS.reduce((acc, d) => acc + Math.max(0, raw[d]), 0);
  const weights = zeroes();
  for (const d of DIMENSIONS) weights[d] = sum > 0 ? Math.max(0, raw[d]) / sum : 1 / DIMENSIONS.length;
  return weights;
}

/** Squared distance between the kit's shares and the weights: squaring makes the largest gap matter most. */
export function distance(tally: Tally, weights: Record<Dimension, number>): number {
  const shares = sharesOf(tally);
  return DIMENSIONS.reduce((acc, d) => acc + (shares[d] - weights[d]) ** 2, 0);
}

/** Weight minus share per dimension: positive where the kit still owes the dimension evidence. */
export function deficits(tally: Tally, weights: Record<Dimension, number>): Record<Dimension, number> {
  const shares = sharesOf(tally);
  const out = zeroes();
  for (const d of DIMENSIONS) out[d] = weights[d] - shares[d];
  return out;
}

/** The coverage report: minutes rounded to 0.1, shares and weights to 0.001, so output is stable and readable. */
export function coverageOf(tally: Tally, weights: Record<Dimension, number>): Coverage {
  const shares = sharesOf(tally);
  const entries = DIMENSIONS.map((d) => [
    d,
    { minutes: round(tally.perDimension[d], 1), share: round(shares[d], 3), weight: round(weights[d], 3) },
  ]);
  return Object.fromEntries(entries) as Coverage;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function zeroes(): Record<Dimension, number> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
}
