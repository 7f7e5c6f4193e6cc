/**
 * Running totals behind the question-quality report. A question's numbers depend on how each
 * application was decided at the question's stage, which changes when the application moves,
 * so the totals are kept per (interview's loop version and stage, application's loop version,
 * stage and status): the outcome is applied at read time to these few hundred rows.
 * Kept by report-summary-repo in the writer's transaction, at submission, debrief opening,
 * interview creation and whenever an application changes stage or status.
 */
import { doublePrecision, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { orgRef } from './columns.js';

/** The key both tables share. */
function outcomeKey() {
  return {
    orgId: orgRef(),
    interviewLoopVersionId: uuid('interview_loop_version_id').notNull(),
    interviewStageKey: text('interview_stage_key').notNull(),
    applicationLoopVersionId: uuid('application_loop_version_id').notNull(),
    applicationStageKey: text('application_stage_key').notNull(),
    status: text('status').notNull(),
  };
}

/** Visible interviews per key: how often a stage's questions were asked. */
export const questionAskedTotals = pgTable(
  'question_asked_totals',
  { ...outcomeKey(), asked: integer('asked').notNull() },
  (t) => [
    primaryKey({
      name: 'question_asked_totals_pk',
      columns: [
        t.orgId,
        t.interviewLoopVersionId,
        t.interviewStageKey,
        t.applicationLoopVersionId,
        t.applicationStageKey,
        t.status,
      ],
    }),
  ],
);

/**
 * Visible rating units per key and dimension: ratings given (scored or "not assessed"), the sums
 * of the scores, and the sums of per-interview mean scores where the dimension was scored.
 */
export const questionUnitTotals = pgTable(
  'question_unit_totals',
  {
    ...outcomeKey(),
    dimension: text('dimension').notNull(),
    ratings: integer('ratings').notNull(),
    scored: integer('scored').notNull(),
    sum: doublePrecision('sum').notNull(),
    sumSq: doublePrecision('sum_sq').notNull(),
    means: integer('means').notNull(),
    meanSum: doublePrecision('mean_sum').notNull(),
    meanSumSq: doublePrecision('mean_sum_sq').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'question_unit_totals_pk',
      columns: [
        t.orgId,
        t.interviewLoopVersionId,
        t.interviewStageKey,
        t.applicationLoopVersionId,
        t.applicationStageKey,
        t.status,
        t.dimension,
      ],
    }),
  ],
);
