/**
 * Panel tables: roles, loop versions, candidates (with demographics kept apart),
 * applications and interviews. Every row carries its organisation so every query can be
 * scoped to the caller's.
 */
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgRef, ts } from './columns.js';
import { users } from './schema.js';

/** A requisition: the level and the published pay band are what the loop is calibrated to. */
export const roles = pgTable(
  'roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    title: text('title').notNull(),
    level: text('level', { enum: ['junior', 'mid', 'senior', 'staff'] }).notNull(),
    bandMin: integer('band_min').notNull(),
    bandMax: integer('band_max').notNull(),
    currency: text('currency').notNull(),
    location: text('location').notNull(),
    remote: boolean('remote').notNull().default(false),
    hiringManagerId: uuid('hiring_manager_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['draft', 'open', 'closed'] }).notNull(),
    exercise: text('exercise', { enum: ['live-coding', 'take-home'] }).notNull(),
    budgetMinutes: integer('budget_minutes'),
    takeHomeFeeUsd: integer('take_home_fee_usd'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('roles_org_idx').on(t.orgId, t.createdAt)],
);

/** Stored loop content: stages with pinned question versions and their interviewers. */
export interface StoredLoop {
  budgetMinutes: number;
  stages: {
    key: string;
    name: string;
    kind: string;
    minutes: number;
    paid?: { feeUsd: number };
    notes?: string;
    interviewerIds: string[];
    questions: { id: string; version: number; why: string; dimension: string | null }[];
  }[];
}

/**
 * Versions of a role's loop. The highest version is current; an application keeps the
 * version it started on, so every candidate at a stage gets the same questions in the same order.
 */
export const loopVersions = pgTable(
  'loop_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<StoredLoop>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('loop_versions_role_version_key').on(t.roleId, t.version)],
);

export const candidates = pgTable(
  'candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    createdAt: ts('created_at').notNull().defaultNow(),
    /** Set when the person was erased: identity and free text are gone, anonymous counts stay. */
    erasedAt: ts('erased_at'),
  },
  (t) => [index('candidates_org_idx').on(t.orgId, t.createdAt)],
);

/**
 * Voluntary self-identification, stored apart from the application and read only for
 * aggregate fairness reports by admins (and recruiters where allowed); never shown to interviewers.
 */
export const candidateDemographics = pgTable('candidate_demographics', {
  candidateId: uuid('candidate_id')
    .primaryKey()
    .references(() => candidates.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  data: jsonb('data').$type<Record<string, string>>().notNull(),
  consentedAt: ts('consented_at').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    loopVersionId: uuid('loop_version_id')
      .notNull()
      .references(() => loopVersions.id),
    stageKey: text('stage_key').notNull(),
    status: text('status', { enum: ['active', 'withdrawn', 'hired', 'rejected'] }).notNull(),
    accommodations: text('accommodations'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('applications_role_idx').on(t.roleId, t.stageKey),
    uniqueIndex('applications_candidate_role_key').on(t.candidateId, t.roleId),
  ],
);

export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    loopVersionId: uuid('loop_version_id')
      .notNull()
      .references(() => loopVersions.id),
    stageKey: text('stage_key').notNull(),
    scheduledAt: ts('scheduled_at').notNull(),
    status: text('status', { enum: ['scheduled', 'completed', 'cancelled'] }).notNull(),
    completedAt: ts('completed_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    /**
     * Whether the deciders may see this interview's scores (every panellist has submitted, or the
     * application's debrief is open); kept by refreshReportSummaries so reports need not recompute it.
     */
    scoresVisible: boolean('scores_visible').notNull().default(false),
  },
  (t) => [
    index('interviews_application_idx').on(t.applicationId),
    index('interviews_loop_stage_idx').on(t.loopVersionId, t.stageKey, t.status),
  ],
);

export const interviewInterviewers = pgTable(
  'interview_interviewers',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.userId] }), index('interview_interviewers_user_idx').on(t.userId)],
);
