/**
 * The words behind each pick: which dimension it serves, how far the kit was from the level's
 * weight for that dimension when it was picked, and its place in the kit's category count.
 */
import type { Category, Level } from '../../shared/schemas/vocabulary.js';
import type { PickRecord } from './select.js';

/**
 * One sentence for one pick, e.g. "Fills the largest gap: system_design is 35% of a senior score
 * and has 12% of the kit so far; technical question 3 of 3."
 * `index` is the pick's 1-based position among the loop's questions of its category, `count`
 * how many of that category the loop has.
 */
export function whyText(pick: PickRecord, level: Level, index: number, count: number): string {
  const parts = [gapPhrase(pick, level)];
  if (pick.topic !== undefined) parts.push(`on ${pick.topic}, the topic this stage asks about first`);
  parts.push(`${pick.q.category} question ${index} of ${count}`);
  return `${parts.join('; ')}.`;
}

function gapPhrase(pick: PickRecord, level: Level): string {
  const { dimension, gap } = pick;
  if (dimension === null) return `Fills a ${pick.q.category} slot; the question names no dimension to score`;
  const weight = pct(pick.weight);
  const share = pct(pick.shareBefore);
  if (gap === 'largest') {
    return `Fills the largest gap: ${dimension} is ${weight} of a ${level} score and has ${share} of the kit so far`;
  }
  if (gap === 'gap')
    return `Fills a gap: ${dimension} is ${weight} of a ${level} score and has ${share} of the kit so far`;
  return `Least overshoot: ${dimension} is ${weight} of a ${level} score and already has ${share} of the kit; of the ${pick.q.category} questions left, this one keeps the kit closest to the weights`;
}

function pct(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Counts per category in pick order, to number each pick "n of m". */
export function categoryPositions(picks: readonly PickRecord[]): { index: number[]; totals: Record<Category, number> } {
  const totals: Record<Category, number> = { behavioural: 0, technical: 0, situational: 0, values: 0 };
  const index = picks.map((p) => {
    totals[p.q.category] += 1;
    return totals[p.q.category];
  });
  return { index, totals };
}
