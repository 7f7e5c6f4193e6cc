/**
 * The scoring rubric: loading the shipped data file and the pure arithmetic every scorecard,
 * debrief and practice grade shares. Weights are data (src/content/rubric.json), so nothing
 * here hard-codes a dimension's importance.
 */
import { readFileSync } from 'node:fs';
import { type TRubric, ZRubric } from '../../shared/schemas/rubric.js';
import { DIMENSIONS, type Dimension, type Level } from '../../shared/schemas/vocabulary.js';

/** A point on the 1–5 rating scale. */
export type Score = 1 | 2 | 3 | 4 | 5;

/** Scores per dimension; null or a missing key means "not assessed", never zero. */
export type DimensionScores = Partial<Record<Dimension, number | null>>;

const RUBRIC_URL = new URL('../../content/rubric.json', import.meta.url);

// Parsed once per process: the file ships with the code and does not change while running.
let cached: TRubric | undefined;

/**
 * Reads and validates the built-in rubric (src/content/rubric.json) on first call and returns
 * the same parsed object afterwards. Throws if the file does not match ZRubric, because a
 * broken rubric must stop the process rather than score candidates with wrong weights.
 */
export function loadRubric(): TRubric {
  if (!cached) {
    const raw: unknown = JSON.parse(readFileSync(RUBRIC_URL, 'utf8'));
    cached = ZRubric.parse(raw);
  }
  return cached;
}

/** A dimension as people read it mid-sentence ("trade-off reasoning"), from the rubric's own name. */
export function dimensionWords(dimension: Dimension, rubric: TRubric = loadRubric()): string {
  const name = rubric.dimensions.find((d) => d.id === dimension)?.name ?? dimension.replaceAll('_', ' ');
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** A topic as people read it ("legacy code" for legacy-code). */
export function topicWords(topic: string): string {
  return topic.replaceAll('-', ' ');
}

/** The weight of each dimension at a level (they sum to 1 in the shipped rubric). */
export function weightsFor(rubric: TRubric, level: Level): Readonly<Record<Dimension, number>> {
  return rubric.weights[level];
}

/** True when a value is one of the five points of the rating scale. */
export function isScore(value: unknown): value is Score {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/**
 * The anchor text for one score of one dimension at one level: what that score looks like for
 * someone hired at that level (a 4 for a mid is not a 4 for a staff engineer).
 * Throws a RangeError for a score outside 1..5.
 */
export function anchorFor(rubric: TRubric, level: Level, dimension: Dimension, score: number): string {
  // Takes a plain number (scores arrive from forms and the database) and checks it here.
  if (!isScore(score)) throw new RangeError(`score must be an integer from 1 to 5, got ${String(score)}`);
  return rubric.anchors[level][dimension][`${score}`];
}

/** The five anchors ("1".."5") of one dimension at one level, for kits and candidate packets. */
export function anchorsOf(rubric: TRubric, level: Level, dimension: Dimension): Record<string, string> {
  return { ...rubric.anchors[level][dimension] };
}

/**
 * The weighted mean of the assessed dimensions, with the weights renormalised over just those
 * dimensions. A dimension that is null or absent was not assessed: it is left out, not
 * counted as zero, so a candidate is not penalised for a question the loop never asked.
 * Returns null when nothing with a positive weight was assessed.
 * Throws a RangeError for a score that is not a finite number from 1 to 5 (fractional
 * values are allowed so averaged panel scores can be combined).
 */
export function weightedComposite(rubric: TRubric, level: Level, scores: DimensionScores): number | null {
  const weights = weightsFor(rubric, level);
  let weighted = 0;
  let totalWeight = 0;
  for (const dimension of DIMENSIONS) {
    const score = scores[dimension];
    if (score === null || score === undefined) continue;
    if (!Number.isFinite(score) || score < 1 || score > 5) {
      throw new RangeError(`score for ${dimension} must be from 1 to 5, got ${String(score)}`);
    }
    weighted += weights[dimension] * score;
    totalWeight += weights[dimension];
  }
  // An organisation may set a weight to 0; if only zero-weight dimensions were assessed there
  // is no evidence that counts, which is "no composite", not a score of zero.
  return totalWeight > 0 ? weighted / totalWeight : null;
}
