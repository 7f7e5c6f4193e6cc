/**
 * Running totals behind the adverse-impact reports, so they read a few hundred rows instead of
 * every application or every scorecard. Both are keyed by the self-identified answer
 * (`attribute` and its trimmed value `grp`; empty answers are not counted), since a report may
 * ask for any attribute. Kept by fairness-totals-repo in the writer's transaction: when an
 * application is opened or moves, when a summary is rewritten, and when a candidate's
 * demographics are recorded or withdrawn. Erasure keeps the demographics row anonymous, so the
 * totals (and the history they report) do not change.
 */
import { integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { orgRef } from './columns.js';

/** Applications per loop version, current stage, status and group: the report by stage. */
export const fairnessStageTotals = pgTable(
  'fairness_stage_totals',
  {
    orgId: orgRef(),
    loopVersionId: uuid('loop_version_id').notNull(),
    stageKey: text('stage_key').notNull(),
    status: text('status').notNull(),
    attribute: text('attribute').notNull(),
    grp: text('grp').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'fairness_stage_totals_pk',
      columns: [t.orgId, t.loopVersionId, t.stageKey, t.status, t.attribute, t.grp],
    }),
  ],
);

/**
 * Visible submitted recommendations per role, interviewer, group and recommendation (1–5): the
 * report by interviewer. The threshold to advance is applied at read time.
 */
export const fairnessInterviewerTotals = pgTable(
  'fairness_interviewer_totals',
  {
    orgId: orgRef(),
    roleId: uuid('role_id').notNull(),
    interviewerId: uuid('interviewer_id').notNull(),
    attribute: text('attribute').notNull(),
    grp: text('grp').notNull(),
    recommendation: smallint('recommendation').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'fairness_interviewer_totals_pk',
      columns: [t.orgId, t.roleId, t.interviewerId, t.attribute, t.grp, t.recommendation],
    }),
  ],
);
