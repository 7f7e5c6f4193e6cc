/**
 * Question selection for one stage: greedy, deterministic, and explainable. Each slot takes,
 * among the unused questions of its category that fit the level and the time left, the one that
 * (1) is on the slot's preferred topic, (2) is as long as the slot prefers, (3) scores one of the
 * stage's focus dimensions and (4) brings the kit's dimension coverage closest to the level's
 * weights; ties go to the lower id.
 */
import { sharedInAdvanceByDefault } from '../../shared/schemas/question.js';
import { type Category, DIMENSIONS, type Dimension, type Topic } from '../../shared/schemas/vocabulary.js';
import { addToTally, deficits, distance, type Tally } from './coverage.js';
import type { ResolvedStage, SlotTemplate } from './stage-templates.js';
import type { TQuestionLike } from './types.js';

/** The largest kit docs/product-rules.md calls balanced; optional slots stop here. */
export const MAX_KIT = 10;

/** One pick and the facts its explanation is written from (taken before the pick was added). */
export interface PickRecord {
  readonly q: TQuestionLike;
  readonly stageKey: string;
  /** The question's dimension with the largest deficit before the pick. */
  readonly dimension: Dimension | null;
  readonly weight: number;
  readonly shareBefore: number;
  readonly gap: 'largest' | 'gap' | 'none';
  /** The preferred topic the pick matched, if the slot had one. */
  readonly topic?: Topic;
}

/** Mutable state of one composition: which ids are taken and the coverage so far. */
export interface SelectionState {
  readonly used: Set<string>;
  tally: Tally;
  kitSize: number;
  readonly weights: Record<Dimension, number>;
}

/** What one stage got, and what it could not get. */
export interface StageSelection {
  readonly picks: PickRecord[];
  /** Question-minutes used (without the stage overhead). */
  readonly minutes: number;
  /** Required slots left empty because no question that fits was short enough. */
  readonly timeShort: number;
  /** Required slots left empty because the bank has no unused eligible question, per category. */
  readonly bankShort: Partial<Record<Category, number>>;
}

/** Whether candidates see the question before the interview (drafts default by category). */
export function isShared(q: TQuestionLike): boolean {
  return q.shareInAdvance ?? sharedInAdvanceByDefault(q.category);
}

/**
 * Fill one stage's slots within `capacity` question-minutes, updating `state`. Required slots go
 * first, in template order, then optional ones while the kit has fewer than MAX_KIT questions.
 * While filling a required slot, time is held back for the stage's later required slots (the
 * shortest eligible question of each), so one long question does not starve the rest; if that
 * leaves nothing, the hold is released rather than leave the slot empty.
 */
export function selectForStage(
  stage: ResolvedStage,
  capacity: number,
  pool: readonly TQuestionLike[],
  state: SelectionState,
): StageSelection {
  const ordered = [...stage.slots.filter((s) => !s.optional), ...stage.slots.filter((s) => s.optional)];
  const picks: PickRecord[] = [];
  const bankShort: Partial<Record<Category, number>> = {};
  let used = 0;
  let timeShort = 0;

  ordered.forEach((slot, index) => {
    if (slot.optional && state.kitSize >= MAX_KIT) return;
    const eligible = eligibleFor(slot.category, stage, pool, state.used);
    if (eligible.length === 0) {
      if (!slot.optional) bankShort[slot.category] = (bankShort[slot.category] ?? 0) + 1;
      return;
    }
    const remaining = capacity - used;
    const later = slot.optional ? [] : ordered.slice(index + 1).filter((s) => !s.optional);
    const hold = later.reduce((acc, s) => acc + shortest(eligibleFor(s.category, stage, pool, state.used)), 0);
    let fits = eligible.filter((q) => q.minutes <= remaining - hold);
    if (fits.length === 0) fits = eligible.filter((q) => q.minutes <= remaining);
    if (fits.length === 0) {
      if (!slot.optional) timeShort += 1;
      return;
    }
    const chosen = best(fits, slot, stage, state);
    picks.push(record(chosen, slot, stage.key, state));
    state.used.add(chosen.id);
    state.tally = addToTally(state.tally, chosen);
    state.kitSize += 1;
    used += chosen.minutes;
  });
  return { picks, minutes: used, timeShort, bankShort };
}

function eligibleFor(
  category: Category,
  stage: ResolvedStage,
  pool: readonly TQuestionLike[],
  used: ReadonlySet<string>,
): TQuestionLike[] {
  return pool.filter((q) => q.category === category && !used.has(q.id) && (!stage.sharedOnly || isShared(q)));
}

/** Minutes of the shortest question (0 when there is none: an empty slot holds no time). */
function shortest(qs: readonly TQuestionLike[]): number {
  return qs.length === 0 ? 0 : Math.min(...qs.map((q) => q.minutes));
}

/** The candidate with the lowest rank key (see RankKey). */
function best(fits: readonly TQuestionLike[], slot: SlotTemplate, stage: ResolvedStage, state: SelectionState) {
  let chosen: TQuestionLike | undefined;
  let chosenKey: RankKey | undefined;
  for (const q of fits) {
    const key: RankKey = [
      slot.preferTopics && !preferredTopic(q, slot) ? 1 : 0,
      slot.preferMinutes !== undefined && q.minutes < slot.preferMinutes ? 1 : 0,
      focusTier(q, stage.focus),
      distance(addToTally(state.tally, q), state.weights),
      q.id,
    ];
    if (!chosenKey || lessThan(key, chosenKey)) {
      chosen = q;
      chosenKey = key;
    }
  }
  // fits is never empty here; the fallback keeps the type honest without a non-null assertion.
  return chosen ?? (fits[0] as TQuestionLike);
}

/** [topic miss, length miss, focus tier, distance after the pick, id]: lower is better, compared in order. */
type RankKey = [number, number, number, number, string];

function lessThan(a: RankKey, b: RankKey): boolean {
  for (let i = 0; i < 4; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return x < y;
  }
  // Code-point order, not localeCompare: the result must not depend on the machine's locale.
  return a[4] < b[4];
}

function preferredTopic(q: TQuestionLike, slot: SlotTemplate): Topic | undefined {
  return slot.preferTopics?.find((t) => q.topics.includes(t));
}

/**
 * 0 when any of the question's dimensions is in the stage's focus (or the stage has none), else 1.
 * Deliberately coarse: requiring the primary dimension to match left the gap-filling no room
 * (a staff loop came out with 3% debugging against a 20% weight), while any overlap keeps each
 * stage on its subject and lets the weights decide among the questions that are.
 */
function focusTier(q: TQuestionLike, focus: readonly Dimension[]): number {
  if (focus.length === 0) return 0;
  return q.dimensions.some((d) => focus.includes(d)) ? 0 : 1;
}

function record(q: TQuestionLike, slot: SlotTemplate, stageKey: string, state: SelectionState): PickRecord {
  const gaps = deficits(state.tally, state.weights);
  const shares = state.tally.total > 0 ? state.tally.perDimension : undefined;
  let dimension: Dimension | null = null;
  for (const d of q.dimensions) if (dimension === null || gaps[d] > gaps[dimension]) dimension = d;
  const topic = preferredTopic(q, slot);
  if (dimension === null) {
    return { q, stageKey, dimension, weight: 0, shareBefore: 0, gap: 'none', ...(topic !== undefined && { topic }) };
  }
  const largest = Math.max(...DIMENSIONS.map((d) => gaps[d]));
  const own = gaps[dimension];
  return {
    q,
    stageKey,
    dimension,
    weight: state.weights[dimension],
    shareBefore: shares ? shares[dimension] / state.tally.total : 0,
    gap: own > 0 && own >= largest - 1e-12 ? 'largest' : own > 0 ? 'gap' : 'none',
    ...(topic !== undefined && { topic }),
  };
}
