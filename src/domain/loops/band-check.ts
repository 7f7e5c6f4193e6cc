/**
 * Level vs pay band: "a loop whose rigour does not match its band is a mis-calibrated loop"
 * (docs/product-rules.md, Loops). Two checks, both pure: the band reads as a different level than the loop, and a
 * band that reads as junior pays for a loop full of distributed-systems questions.
 */
import { LEVELS, type Level, type Topic } from '../../shared/schemas/vocabulary.js';
import type { PayBand, Warning } from './types.js';

/** US base-salary anchors per level (docs/product-rules.md, Loops); staff is open-ended ("$220–320K+"), so it has no ceiling. */
export const BAND_ANCHORS_USD: Readonly<
  Record<Level, { readonly min: number; readonly max: number | null; readonly label: string }>
> = {
  junior: { min: 90_000, max: 120_000, label: '$90–120K' },
  mid: { min: 125_000, max: 170_000, label: '$125–170K' },
  senior: { min: 165_000, max: 235_000, label: '$165–235K' },
  staff: { min: 220_000, max: null, label: '$220–320K+' },
};

/** Topics that make a question senior-and-up rigour. */
export const GAUNTLET_TOPICS: readonly Topic[] = ['distributed-systems', 'consistency', 'scaling'];

/** This many questions on gauntlet topics in a loop paid as junior is a gauntlet, not a stretch question. */
export const GAUNTLET_MIN_QUESTIONS = 3;

/** The levels whose anchor range holds the band's midpoint; the nearest anchor when none does. */
export function levelsForBand(band: PayBand): Level[] {
  const mid = (band.min + band.max) / 2;
  const inside = LEVELS.filter((l) => {
    const a = BAND_ANCHORS_USD[l];
    return mid >= a.min && (a.max === null || mid <= a.max);
  });
  if (inside.length > 0) return inside;
  // Between two anchors (e.g. $122K): the closest edge decides; ties go to the lower level.
  let best: Level = 'junior';
  let bestGap = Number.POSITIVE_INFINITY;
  for (const l of LEVELS) {
    const a = BAND_ANCHORS_USD[l];
    const gap = mid < a.min ? a.min - mid : a.max !== null && mid > a.max ? mid - a.max : 0;
    if (gap < bestGap) {
      best = l;
      bestGap = gap;
    }
  }
  return [best];
}

/**
 * Check a loop's level and content against its pay band. `loopTopics` holds one topic list per
 * question in the loop. Returns band-level-mismatch warnings (empty when the band fits).
 * A band in a currency other than USD is not checked (the anchors are US dollars) and returns
 * no warning. Throws a RangeError for a band that is not two positive numbers with min ≤ max.
 */
export function checkBand(level: Level, band: PayBand, loopTopics: readonly (readonly string[])[]): Warning[] {
  if (!Number.isFinite(band.min) || !Number.isFinite(band.max) || band.min <= 0 || band.min > band.max) {
    throw new RangeError(`a pay band needs 0 < min ≤ max, got ${band.min}–${band.max}`);
  }
  if (band.currency !== undefined && band.currency.toUpperCase() !== 'USD') return [];

  const readsAs = levelsForBand(band);
  const shown = `${money(band.min)}–${money(band.max)}`;
  if (!readsAs.includes(level)) {
    const direction = LEVELS.indexOf(level) > LEVELS.indexOf(readsAs[0] ?? level) ? 'below' : 'above';
    return [
      {
        code: 'band-level-mismatch',
        message:
          `A ${level} loop on a ${shown} band: that band reads as ${readsAs.join('/')} (${anchorsText()}), ` +
          `${direction} the ${level} anchor of ${anchorText(level)}. Publish a band that matches the level or compose a ${readsAs[0]} loop.`,
      },
    ];
  }

  const heavy = loopTopics.filter((topics) => topics.some((t) => (GAUNTLET_TOPICS as readonly string[]).includes(t)));
  if (readsAs.includes('junior') && heavy.length >= GAUNTLET_MIN_QUESTIONS) {
    return [
      {
        code: 'band-level-mismatch',
        message:
          `A ${shown} band reads as junior, but ${heavy.length} of ${loopTopics.length} questions are on ` +
          `${GAUNTLET_TOPICS.join(', ')}: a senior-rigour gauntlet for a junior salary. Ask fundamentals and one real bug, or raise the band.`,
      },
    ];
  }
  return [];
}

function money(usd: number): string {
  return usd >= 1000 ? `$${Math.round(usd / 1000)}K` : `$${usd}`;
}

function anchorText(level: Level): string {
  return BAND_ANCHORS_USD[level].label;
}

function anchorsText(): string {
  return `anchors: ${LEVELS.map((l) => `${l} ${anchorText(l)}`).join(', ')}`;
}
