/**
 * Tables behind the analytics: scores kept one row per dimension so reports are SQL
 * aggregations, calibration sessions, and consent records for voluntary demographics.
 */
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgRef, ts } from './columns.js';
import { users } from './schema.js';
import { candidates, interviews } from './schema-panel.js';
import { scorecards } from './schema-scorecards.js';

/**
 * One row per dimension of each submitted scorecard (its current version), written in the same
 * transaction as the submission or amendment. A null score means "not assessed".
 */
export const scorecardRatings = pgTable(
  'scorecard_ratings',
  {
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    interviewerId: uuid('interviewer_id').notNull(),
    dimension: text('dimension').notNull(),
    score: smallint('score'),
    recommendation: smallint('recommendation'),
    submittedAt: ts('submitted_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scorecardId, t.dimension] }),
    index('scorecard_ratings_org_dim_idx').on(t.orgId, t.dimension),
    index('scorecard_ratings_interview_idx').on(t.interviewId),
  ],
);

/*
 * Report summaries, rewritten for an interview whenever its scores or visibility can change (a
 * submission or amendment, a debrief opening, a new interview) by refreshReportSummaries, so the
 * score reports are one pass over narrow rows instead of recomputing visibility and co-panellist
 * means over every rating on each request.
 */

/** Each score's offset from the mean of the other panellists' scores on the same interview and dimension. */
export const ratingOffsets = pgTable(
  'rating_offsets',
  {
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    orgId: orgRef(),
    interviewId: uuid('interview_id').notNull(),
    interviewerId: uuid('interviewer_id').notNull(),
    visible: boolean('visible').notNull(),
    offset: doublePrecision('offset').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scorecardId, t.dimension] }),
    index('rating_offsets_interview_idx').on(t.interviewId),
  ],
);

/** Per interview and dimension: how many rated it, and the count, sum and sum of squares of the scores. */
export const ratingUnits = pgTable(
  'rating_units',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    orgId: orgRef(),
    stageKey: text('stage_key').notNull(),
    visible: boolean('visible').notNull(),
    /** Rating rows, "not assessed" included. */
    rated: integer('rated').notNull(),
    /** Scores (non-null ratings). */
    n: integer('n').notNull(),
    sum: integer('sum'),
    sumSq: doublePrecision('sum_sq'),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.dimension] }), index('rating_units_org_idx').on(t.orgId, t.visible)],
);

/** One row per submitted scorecard: its recommendation and its mean offset from co-panellists. */
export const scorecardSummaries = pgTable(
  'scorecard_summaries',
  {
    scorecardId: uuid('scorecard_id')
      .primaryKey()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    interviewId: uuid('interview_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    /** The application's candidate, so the fairness report reaches demographics in one join. */
    candidateId: uuid('candidate_id').notNull(),
    interviewerId: uuid('interviewer_id').notNull(),
    visible: boolean('visible').notNull(),
    /** The recommendation when it is a number, else null. */
    recommendation: integer('recommendation'),
    /** YYYY-MM of the interview, UTC. */
    month: text('month').notNull(),
    /** Dimensions with an offset, and the mean of those offsets (null when none). */
    offsetN: integer('offset_n').notNull(),
    offsetMean: doublePrecision('offset_mean'),
  },
  (t) => [
    index('scorecard_summaries_org_idx').on(t.orgId, t.visible),
    index('scorecard_summaries_interview_idx').on(t.interviewId),
  ],
);

/*
 * Running totals of the summaries above per organisation and role, adjusted in the same statements
 * that rewrite an interview's summaries (its old visible rows subtracted, its new ones added), so
 * a report over a whole organisation or one role reads a few hundred rows. A report narrowed by
 * dates aggregates the summaries themselves.
 */

/** Per interviewer and dimension: count, sum and sum of squares of the visible offsets. */
export const driftDimensionTotals = pgTable(
  'drift_dimension_totals',
  {
    orgId: orgRef(),
    roleId: uuid('role_id').notNull(),
    interviewerId: uuid('interviewer_id').notNull(),
    dimension: text('dimension').notNull(),
    n: integer('n').notNull(),
    sum: doublePrecision('sum').notNull(),
    sumSq: doublePrecision('sum_sq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.roleId, t.interviewerId, t.dimension] })],
);

/** Per interviewer and month: count, sum and sum of squares of the visible per-interview mean offsets. */
export const driftMonthTotals = pgTable(
  'drift_month_totals',
  {
    orgId: orgRef(),
    roleId: uuid('role_id').notNull(),
    interviewerId: uuid('interviewer_id').notNull(),
    month: text('month').notNull(),
    n: integer('n').notNull(),
    sum: doublePrecision('sum').notNull(),
    sumSq: doublePrecision('sum_sq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.roleId, t.interviewerId, t.month] })],
);

/** Per stage and dimension: the pooled sums of visible units with two scores or more (see reliabilityRows). */
export const reliabilityTotals = pgTable(
  'reliability_totals',
  {
    orgId: orgRef(),
    roleId: uuid('role_id').notNull(),
    stageKey: text('stage_key').notNull(),
    dimension: text('dimension').notNull(),
    units: integer('units').notNull(),
    ratings: integer('ratings').notNull(),
    sum: doublePrecision('sum').notNull(),
    sumSq: doublePrecision('sum_sq').notNull(),
    sumMeanSq: doublePrecision('sum_mean_sq').notNull(),
    sizeSq: doublePrecision('size_sq').notNull(),
    pairedWithin: doublePrecision('paired_within').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.roleId, t.stageKey, t.dimension] })],
);

/** What panellists score in a calibration session: anonymised evidence or a written answer. */
export interface CalibrationMaterial {
  /** The questions as asked. */
  questions: string[];
  /** Evidence per dimension, with names and identifying details removed. */
  evidence: { dimension: string; text: string }[];
  /** A written reference answer, when the session is built from one rather than an interview. */
  referenceAnswer?: string;
}

/** A blind re-scoring exercise chosen by an admin. */
export const calibrationSessions = pgTable(
  'calibration_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    title: text('title').notNull(),
    /** The past interview the material came from (kept only as a pointer; the material is anonymised). */
    sourceInterviewId: uuid('source_interview_id').references(() => interviews.id, { onDelete: 'set null' }),
    dimensions: text('dimensions').array().notNull(),
    material: jsonb('material').$type<CalibrationMaterial>().notNull(),
    /** The reference score per dimension: the original panel's consensus, or the admin's key. */
    referenceScores: jsonb('reference_scores').$type<Record<string, number>>(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
  },
  (t) => [index('calibration_sessions_org_idx').on(t.orgId, t.createdAt)],
);

/** A panellist invited to a calibration session, and their blind scores once submitted. */
export const calibrationScores = pgTable(
  'calibration_scores',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    scores: jsonb('scores').$type<Record<string, number>>(),
    submittedAt: ts('submitted_at'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index('calibration_scores_user_idx').on(t.userId)],
);

/** Every grant or withdrawal of consent, kept as history (GDPR Art. 7(1): show consent was given). */
export const consentRecords = pgTable(
  'consent_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['demographics'] }).notNull(),
    granted: boolean('granted').notNull(),
    recordedBy: uuid('recorded_by'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('consent_records_candidate_idx').on(t.candidateId, t.at)],
);
