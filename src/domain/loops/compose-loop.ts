/**
 * The loop composer: level + time budget + options → stages with durations, the dimensions each
 * scores, its questions and why each was picked, plus warnings. Pure (no I/O, no clock, no
 * randomness): the bank and rubric are passed in, so the same input always gives the same loop.
 */
import type { TRubric } from '../../shared/schemas/rubric.js';
import { DIMENSIONS, LEVELS, type Level } from '../../shared/schemas/vocabulary.js';
import { checkBand } from './band-check.js';
import { coverageOf, emptyTally, normalisedWeights } from './coverage.js';
import { categoryPositions, whyText } from './explain.js';
import { type PickRecord, type SelectionState, selectForStage } from './select.js';
import { LEVEL_TEMPLATES, type LevelTemplate, type ResolvedStage, resolveStages } from './stage-templates.js';
import type { ComposedLoop, ComposeInput, KitCounts, Stage, TQuestionLike, Warning } from './types.js';
import { emptyStageWarnings, kitWarnings, sharedRubricWarnings, stageCountWarnings } from './warnings.js';

/** Take-home fee when none is given (docs/product-rules.md, Loops: about $150–300 for two hours). */
export const DEFAULT_TAKE_HOME_FEE_USD = 200;
/** The fee range the composer accepts. */
export const TAKE_HOME_FEE_RANGE_USD = { min: 150, max: 300 } as const;

/** Stage lengths are scheduled in 5-minute steps. */
const STEP = 5;

/** What one stage produced before the explanations are written. */
interface Drafted {
  readonly stage: ResolvedStage;
  readonly minutes: number;
  readonly picks: PickRecord[];
}

/**
 * Compose a loop. `template` defaults to the shipped one for the level; an organisation's own
 * templates (or a test's) can be passed instead. Never exceeds the budget: when even the
 * stages' minimum lengths do not fit, stages are dropped (highest dropRank first) and an
 * over-budget warning explains what was left out.
 * Throws a RangeError for input no caller should send (unknown level, a budget that is not a
 * positive whole number, a fee outside 150–300, a band with min > max).
 */
export function composeLoop(
  input: ComposeInput,
  bank: readonly TQuestionLike[],
  rubric: TRubric,
  template: LevelTemplate = LEVEL_TEMPLATES[input.level],
): ComposedLoop {
  validate(input);
  const { level } = input;
  const exercise = input.exercise ?? 'live-coding';
  const fee = input.takeHomeFeeUsd ?? DEFAULT_TAKE_HOME_FEE_USD;
  const budget = input.minutes ?? template.defaultMinutes;
  const pool = poolFor(bank, level, template.excludeTopics);
  const state: SelectionState = {
    used: new Set(),
    tally: emptyTally(),
    kitSize: 0,
    weights: normalisedWeights(rubric, level),
  };

  const { kept, dropped } = fitStages(resolveStages(template, exercise), budget);
  const drafted: Drafted[] = [];
  const warnings: Warning[] = [];
  const shortages: Warning[] = [];
  let usedMinutes = 0;
  let timeShort = 0;
  kept.forEach((stage, i) => {
    // Every later stage keeps at least its minimum, so earlier stages cannot starve them.
    const reserve = kept.slice(i + 1).reduce((acc, s) => acc + s.minMinutes, 0);
    const cap = Math.max(0, Math.min(stage.minutes, budget - usedMinutes - reserve));
    const sel = selectForStage(stage, cap - stage.overheadMinutes, pool, state);
    timeShort += sel.timeShort;
    for (const [category, n] of Object.entries(sel.bankShort)) shortages.push(notEnough(stage, level, category, n));
    const minutes =
      sel.picks.length > 0
        ? Math.min(cap, Math.ceil((stage.overheadMinutes + sel.minutes) / STEP) * STEP)
        : stage.exemptReason !== undefined
          ? cap
          : 0;
    usedMinutes += minutes;
    drafted.push({ stage, minutes, picks: sel.picks });
  });

  if (dropped.length > 0 || timeShort > 0) warnings.push(overBudget(level, budget, usedMinutes, dropped, timeShort));
  warnings.push(...shortages);

  const allPicks = drafted.flatMap((d) => d.picks);
  const { index, totals } = categoryPositions(allPicks);
  let cursor = 0;
  const stages: Stage[] = drafted.map(({ stage, minutes, picks }) => {
    const questions = picks.map((p) => {
      const n = index[cursor++] ?? 0;
      return {
        id: p.q.id,
        why: whyText(p, level, n, totals[p.q.category]),
        dimension: p.dimension,
        category: p.q.category,
        minutes: p.q.minutes,
      };
    });
    const evidenced = new Set(picks.flatMap((p) => p.q.dimensions));
    const notes = notesFor(stage, minutes, fee);
    const out: Stage = {
      key: stage.key,
      name: stage.name,
      kind: stage.kind,
      minutes,
      dimensions: DIMENSIONS.filter((d) => evidenced.has(d)),
      questions,
      ...(stage.paid && { paid: { feeUsd: fee } }),
      ...(notes !== undefined && { notes }),
    };
    const asked = picks.map((p) => p.q);
    warnings.push(...emptyStageWarnings(out, stage.exemptReason !== undefined));
    warnings.push(...sharedRubricWarnings(stage.key, asked, stage.sharedOnly));
    return out;
  });

  const kit: KitCounts = { ...totals, total: allPicks.length };
  warnings.push(...stageCountWarnings(stages.length), ...kitWarnings(kit));
  const topics = allPicks.map((p) => p.q.topics);
  if (input.band) warnings.push(...checkBand(level, input.band, topics));

  return {
    level,
    exercise,
    budgetMinutes: budget,
    totalMinutes: usedMinutes,
    stages,
    kit,
    coverage: coverageOf(state.tally, state.weights),
    warnings,
  };
}

function validate(input: ComposeInput): void {
  if (!LEVELS.includes(input.level)) throw new RangeError(`level must be one of: ${LEVELS.join(', ')}`);
  if (input.minutes !== undefined && !(Number.isInteger(input.minutes) && input.minutes > 0)) {
    throw new RangeError(`minutes must be a positive whole number, got ${input.minutes}`);
  }
  if (input.exercise !== undefined && input.exercise !== 'take-home' && input.exercise !== 'live-coding') {
    throw new RangeError(`exercise must be take-home or live-coding, got ${String(input.exercise)}`);
  }
  const fee = input.takeHomeFeeUsd;
  const { min, max } = TAKE_HOME_FEE_RANGE_USD;
  if (fee !== undefined && !(Number.isFinite(fee) && fee >= min && fee <= max)) {
    throw new RangeError(`takeHomeFeeUsd must be from ${min} to ${max}, got ${fee}`);
  }
  const band = input.band;
  if (band && !(Number.isFinite(band.min) && Number.isFinite(band.max) && band.min > 0 && band.min <= band.max)) {
    throw new RangeError(`band needs 0 < min ≤ max, got ${band.min}–${band.max}`);
  }
}

/**
 * The questions that may be asked at this level: listing the level, on no excluded topic, with
 * a positive length; one per id (the first after a stable sort by id), in code-point id order so
 * the bank's input order cannot change the result.
 */
function poolFor(bank: readonly TQuestionLike[], level: Level, exclude: readonly string[]): TQuestionLike[] {
  const seen = new Set<string>();
  return bank
    .filter(
      (q) =>
        q.levels.includes(level) &&
        !q.topics.some((t) => exclude.includes(t)) &&
        Number.isFinite(q.minutes) &&
        q.minutes > 0,
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((q) => !seen.has(q.id) && Boolean(seen.add(q.id)));
}

/** Drop stages (highest dropRank first, later stage on a tie) until every minimum fits the budget. */
function fitStages(all: readonly ResolvedStage[], budget: number): { kept: ResolvedStage[]; dropped: ResolvedStage[] } {
  const kept = [...all];
  const dropped: ResolvedStage[] = [];
  while (kept.length > 0 && kept.reduce((acc, s) => acc + s.minMinutes, 0) > budget) {
    let victim = 0;
    kept.forEach((s, i) => {
      if (s.dropRank >= (kept[victim]?.dropRank ?? 0)) victim = i;
    });
    dropped.push(...kept.splice(victim, 1));
  }
  return { kept, dropped };
}

function notesFor(stage: ResolvedStage, minutes: number, fee: number): string | undefined {
  if (stage.paid) {
    return `Paid take-home: $${fee} for the candidate's time, time-boxed to ${minutes} minutes; the candidate gets these questions and their rubric in advance. No live-coding round in this loop.`;
  }
  return stage.notes;
}

function overBudget(
  level: Level,
  budget: number,
  used: number,
  dropped: readonly ResolvedStage[],
  timeShort: number,
): Warning {
  const left: string[] = [];
  if (dropped.length > 0) left.push(`dropped ${dropped.map((s) => s.name).join('; ')}`);
  if (timeShort > 0) left.push(`left out ${timeShort} planned question(s) for lack of time`);
  return {
    code: 'over-budget',
    message: `A ${budget}-minute budget cannot hold the whole ${level} loop: ${left.join(', and ')}. This loop uses ${used} minutes.`,
  };
}

function notEnough(stage: ResolvedStage, level: Level, category: string, slots: number): Warning {
  const shared = stage.sharedOnly ? ' shared-in-advance' : '';
  return {
    code: 'not-enough-questions',
    message: `The bank has no unused ${level}${shared} ${category} question left for ${stage.name}: ${slots} slot(s) empty.`,
    stage: stage.key,
  };
}
