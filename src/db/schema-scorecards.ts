/**
 * Scorecards, debriefs and decisions, plus the webhook outbox that tells an applicant-tracking
 * system about them. A scorecard is one interviewer's independent record of one interview.
 */
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgRef, ts } from './columns.js';
import { users } from './schema.js';
import { applications, interviews } from './schema-panel.js';

/** What a scorecard holds; kept whole in each version. */
export interface ScorecardContent {
  ratings: { dimension: string; score: number | null; evidence: string }[];
  questionNotes: { questionId: string; note: string }[];
  notes: string;
  redFlags: string[];
  recommendation: number | null;
}

export const scorecards = pgTable(
  'scorecards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    interviewerId: uuid('interviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['draft', 'submitted'] }).notNull(),
    content: jsonb('content').$type<ScorecardContent>().notNull(),
    /** 1 at first submission; each amendment adds one and keeps the old version. */
    version: integer('version').notNull().default(0),
    submittedAt: ts('submitted_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('scorecards_interview_interviewer_key').on(t.interviewId, t.interviewerId),
    index('scorecards_org_idx').on(t.orgId),
  ],
);

/** Every submitted version of a scorecard, with the reason for each amendment. */
export const scorecardVersions = pgTable(
  'scorecard_versions',
  {
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<ScorecardContent>().notNull(),
    amendmentReason: text('amendment_reason'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scorecardId, t.version] })],
);

/** When the debrief for an application was opened (scores become visible to the deciders). */
export const debriefs = pgTable('debriefs', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  openedBy: uuid('opened_by').notNull(),
  openedAt: ts('opened_at').notNull().defaultNow(),
});

/** A human decision with its written reason; software never decides. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    outcome: text('outcome', { enum: ['advance', 'hold', 'reject', 'hire'] }).notNull(),
    rationale: text('rationale').notNull(),
    dissent: text('dissent'),
    scorecardIds: jsonb('scorecard_ids').$type<string[]>().notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: ts('decided_at').notNull().defaultNow(),
  },
  (t) => [index('decisions_application_idx').on(t.applicationId, t.decidedAt)],
);

/** Endpoints an organisation registered to receive events. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    url: text('url').notNull(),
    /** The HMAC-SHA256 signing secret; shown once at registration. */
    secret: text('secret').notNull(),
    events: jsonb('events').$type<string[]>().notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('webhook_endpoints_org_idx').on(t.orgId)],
);

/** The transactional outbox: an event is written in the same transaction as the change it reports. */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('outbox_events_org_idx').on(t.orgId, t.createdAt)],
);

/** One event to one endpoint: attempts, the next try, and the outcome (the delivery log). */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => outboxEvents.id, { onDelete: 'cascade' }),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: ts('delivered_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_endpoint_key').on(t.eventId, t.endpointId),
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);
