/**
 * Interviews whose report summaries are stale: queued by a submission in its own transaction,
 * rewritten in batches by the summary refresher and by every report before it reads
 * (summary-queue-repo).
 */
import { index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { orgRef, ts } from './columns.js';
import { interviews } from './schema-panel.js';

export const summaryRefreshQueue = pgTable(
  'summary_refresh_queue',
  {
    interviewId: uuid('interview_id')
      .primaryKey()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    orgId: orgRef(),
    queuedAt: ts('queued_at').notNull().defaultNow(),
  },
  (t) => [index('summary_refresh_queue_org_idx').on(t.orgId)],
);
