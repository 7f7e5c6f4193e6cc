/**
 * Tables behind the analytics: scores kept one row per dimension so reports are SQL
 * aggregations, calibration sessions, and consent records for voluntary demographics.
 */
import { boolean, index, jsonb, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
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
