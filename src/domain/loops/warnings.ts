/**
 * Checks on a composed loop's shape that do not depend on how it was composed: kit balance,
 * stage count, empty stages, and rubrics missing from questions candidates see in advance.
 */
import { CATEGORIES, type Category } from '../../shared/schemas/vocabulary.js';
import { isShared } from './select.js';
import { MAX_STAGES } from './stage-templates.js';
import type { KitCounts, Stage, TQuestionLike, Warning } from './types.js';

/**
 * A balanced kit (docs/product-rules.md, Questions and kits): 8–10 questions, about 2 behavioural, 3 technical, 2 situational
 * and 1–2 values. "About" is read as ±1 for the first three; values stays 1–2 because a third
 * values question crowds out craft evidence in a kit this small.
 */
export const KIT_BALANCE: Readonly<Record<Category | 'total', { readonly min: number; readonly max: number }>> = {
  total: { min: 8, max: 10 },
  behavioural: { min: 1, max: 3 },
  technical: { min: 2, max: 4 },
  situational: { min: 1, max: 3 },
  values: { min: 1, max: 2 },
};

/** Fewer look-for signals than this and a question has no usable rubric (same rule as needsSignals). */
export const MIN_SIGNALS = 3;

/** unbalanced-kit when the kit's size or any category count is outside KIT_BALANCE. */
export function kitWarnings(kit: KitCounts): Warning[] {
  const problems: string[] = [];
  const { total } = KIT_BALANCE;
  if (kit.total < total.min || kit.total > total.max) {
    problems.push(`${kit.total} questions (want ${total.min}–${total.max})`);
  }
  for (const c of CATEGORIES) {
    const range = KIT_BALANCE[c];
    if (kit[c] < range.min || kit[c] > range.max) problems.push(`${kit[c]} ${c} (want ${range.min}–${range.max})`);
  }
  if (problems.length === 0) return [];
  return [
    {
      code: 'unbalanced-kit',
      message: `The kit is unbalanced: ${problems.join(', ')}. A balanced kit has about 2 behavioural, 3 technical, 2 situational and 1–2 values questions.`,
    },
  ];
}

/** too-many-stages above MAX_STAGES. */
export function stageCountWarnings(count: number): Warning[] {
  if (count <= MAX_STAGES) return [];
  return [
    {
      code: 'too-many-stages',
      message: `The loop has ${count} stages; more than ${MAX_STAGES} tires candidates and interviewers and rarely adds evidence. Merge stages.`,
    },
  ];
}

/**
 * stage-without-questions for a stage that got no question; stage-without-dimensions for one
 * whose questions name no dimension to score. A stage with an exemption (the recruiter screen)
 * is skipped: it asks no bank question by design.
 */
export function emptyStageWarnings(stage: Stage, exempt: boolean): Warning[] {
  if (exempt) return [];
  if (stage.questions.length === 0) {
    return [
      {
        code: 'stage-without-questions',
        message: `${stage.name} has no questions, so its interviewer would improvise: add eligible questions to the bank or give the loop more time.`,
        stage: stage.key,
      },
    ];
  }
  if (stage.dimensions.length === 0) {
    return [
      {
        code: 'stage-without-dimensions',
        message: `${stage.name} scores no dimension: its questions name none, so nothing it hears can reach the scorecard.`,
        stage: stage.key,
      },
    ];
  }
  return [];
}

/**
 * shared-question-missing-rubric for every question the candidate sees in advance (shared by
 * the question, or worked in a take-home) with fewer than MIN_SIGNALS look-for signals:
 * The product rules promise (docs/product-rules.md, Loops) a rubric the candidate sees in advance, so it must exist.
 */
export function sharedRubricWarnings(
  stageKey: string,
  questions: readonly TQuestionLike[],
  stageShared: boolean,
): Warning[] {
  return questions
    .filter((q) => (stageShared || isShared(q)) && q.lookFor.length < MIN_SIGNALS)
    .map((q) => ({
      code: 'shared-question-missing-rubric' as const,
      message: `${q.id} is shared with the candidate in advance but has ${q.lookFor.length} look-for signal(s); add at least ${MIN_SIGNALS} so the candidate and the panel work from the same rubric.`,
      stage: stageKey,
    }));
}
