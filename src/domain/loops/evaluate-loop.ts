/**
 * Re-checks a loop after a person edited it (reordered, swapped, changed durations): the same
 * warnings the composer raises, computed from the loop as it now stands, plus the rules an
 * edit can break (a question that does not fit the level, a question asked twice).
 */
import type { TRubric } from '../../shared/schemas/rubric.js';
import { CATEGORIES, DIMENSIONS, type Level } from '../../shared/schemas/vocabulary.js';
import { checkBand } from './band-check.js';
import { addToTally, coverageOf, emptyTally, normalisedWeights } from './coverage.js';
import type { Coverage, KitCounts, PayBand, Stage, StageKind, TQuestionLike, Warning } from './types.js';
import { emptyStageWarnings, kitWarnings, sharedRubricWarnings, stageCountWarnings } from './warnings.js';

/** A stage as edited: its questions resolved from the bank, in the order they will be asked. */
export interface EditedStage {
  key: string;
  name: string;
  kind: StageKind | string;
  minutes: number;
  questions: TQuestionLike[];
}

/** What the edited loop amounts to. */
export interface LoopEvaluation {
  totalMinutes: number;
  kit: KitCounts;
  coverage: Coverage;
  /** Dimensions each stage gives evidence for, by stage key. */
  dimensions: Record<string, Stage['dimensions']>;
  warnings: Warning[];
}

/** The recruiter screen asks no bank questions by design (see stage-templates). */
const EXEMPT_KINDS = new Set(['screen']);
/** A take-home's questions are all seen in advance. */
const SHARED_KINDS = new Set(['take-home']);

/** Evaluate an edited loop for a level (and band, when published). */
export function evaluateLoop(
  level: Level,
  band: PayBand | undefined,
  stages: readonly EditedStage[],
  rubric: TRubric,
): LoopEvaluation {
  const warnings: Warning[] = [];
  let tally = emptyTally();
  const kit: KitCounts = { ...Object.fromEntries(CATEGORIES.map((c) => [c, 0])), total: 0 } as KitCounts;
  const seen = new Set<string>();
  const dimensions: Record<string, Stage['dimensions']> = {};
  for (const stage of stages) {
    for (const q of stage.questions) {
      if (!q.levels.includes(level)) {
        warnings.push({
          code: 'not-enough-questions',
          message: `${q.id} is not written for a ${level} loop.`,
          stage: stage.key,
        });
      }
      if (seen.has(q.id)) {
        warnings.push({ code: 'unbalanced-kit', message: `${q.id} is asked twice in this loop.`, stage: stage.key });
      }
      seen.add(q.id);
      kit[q.category]++;
      kit.total++;
      tally = addToTally(tally, q);
    }
    const evidenced = new Set(stage.questions.flatMap((q) => q.dimensions));
    dimensions[stage.key] = DIMENSIONS.filter((d) => evidenced.has(d));
    const asStage = {
      key: stage.key,
      name: stage.name,
      kind: stage.kind,
      minutes: stage.minutes,
      dimensions: dimensions[stage.key],
      questions: [],
    } as unknown as Stage;
    warnings.push(
      ...emptyStageWarnings(
        {
          ...asStage,
          questions: stage.questions.map((q) => ({
            id: q.id,
            why: '',
            dimension: null,
            category: q.category,
            minutes: q.minutes,
          })),
        },
        EXEMPT_KINDS.has(stage.kind),
      ),
    );
    warnings.push(...sharedRubricWarnings(stage.key, stage.questions, SHARED_KINDS.has(stage.kind)));
    const asked = stage.questions.reduce((acc, q) => acc + q.minutes, 0);
    if (asked > stage.minutes) {
      warnings.push({
        code: 'over-budget',
        message: `${stage.name} has ${asked} minutes of questions in a ${stage.minutes}-minute slot.`,
        stage: stage.key,
      });
    }
  }
  warnings.push(...stageCountWarnings(stages.length), ...kitWarnings(kit));
  if (band)
    warnings.push(
      ...checkBand(
        level,
        band,
        stages.flatMap((s) => s.questions.map((q) => q.topics)),
      ),
    );
  return {
    totalMinutes: stages.reduce((acc, s) => acc + s.minutes, 0),
    kit,
    coverage: coverageOf(tally, normalisedWeights(rubric, level)),
    dimensions,
    warnings,
  };
}
