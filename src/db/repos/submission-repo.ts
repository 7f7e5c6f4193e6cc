/**
 * A first submission as one statement. Submitting is the hottest write: it locks the card,
 * keeps the version, writes the per-dimension ratings the reports aggregate, marks the interview
 * held, audits, puts the event in the outbox with its deliveries, and queues the report summaries.
 * Written as separate statements that was a dozen round trips inside a transaction; as one
 * statement of data-modifying CTEs it is one round trip, atomic without BEGIN/COMMIT, and
 * prepared once per connection (executeNamed).
 * Amendments, which are rare, still use recordSubmission and the ordinary repositories.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { executeNamed } from '../prepared.js';
import type { ScorecardContent } from '../schema-scorecards.js';
import { queueSummaryRefreshStatement } from './summary-queue-repo.js';

type Conn = Db | Tx;

/** What a first submission writes besides the card itself. */
export interface FirstSubmission {
  orgId: string;
  interviewId: string;
  applicationId: string;
  interviewerId: string;
  content: ScorecardContent;
  at: Date;
  /** The audit entry's payload (the card's id is added as its target). */
  auditPayload: Record<string, unknown>;
  /** The scorecard.submitted event's payload, without the card's id (added here). */
  eventPayload: Record<string, unknown>;
}

/**
 * Submit the caller's card at version 1, creating it if there was no draft. Returns the card's
 * id, or undefined when it was already submitted (nothing is written then).
 */
export async function recordFirstSubmission(db: Conn, v: FirstSubmission): Promise<string | undefined> {
  const content = JSON.stringify(v.content);
  const at = v.at.toISOString();
  const [row] = await executeNamed<{ id: string }>(
    db,
    'record_first_submission',
    sql`with card as (
      insert into scorecards as s (org_id, interview_id, interviewer_id, status, content, version, submitted_at, updated_at)
      values (${v.orgId}, ${v.interviewId}, ${v.interviewerId}, 'submitted', ${content}::jsonb, 1, ${at}::timestamptz, ${at}::timestamptz)
      on conflict (interview_id, interviewer_id) do update
        set status = 'submitted', content = excluded.content, version = 1,
            submitted_at = excluded.submitted_at, updated_at = excluded.updated_at
        where s.status = 'draft'
      returning s.id
    ),
    ratings as (
      insert into scorecard_ratings
        (scorecard_id, org_id, interview_id, interviewer_id, dimension, score, recommendation, submitted_at)
      select card.id, ${v.orgId}, ${v.interviewId}, ${v.interviewerId}, r.dimension, r.score,
             (${content}::jsonb->>'recommendation')::smallint, ${at}::timestamptz
      from card cross join jsonb_to_recordset(${content}::jsonb->'ratings') as r(dimension text, score smallint)
    ),
    version as (
      insert into scorecard_versions (scorecard_id, version, content, amendment_reason, created_by, created_at)
      select card.id, 1, ${content}::jsonb, null, ${v.interviewerId}, ${at}::timestamptz from card
    ),
    held as (
      update interviews set status = 'completed', completed_at = ${at}::timestamptz
      where id = ${v.interviewId} and org_id = ${v.orgId} and status = 'scheduled' and exists (select 1 from card)
    ),
    audit as (
      insert into audit_log (org_id, actor_user_id, action, target_type, target_id, payload)
      select ${v.orgId}, ${v.interviewerId}, 'scorecard.submitted', 'scorecard', card.id::text,
             ${JSON.stringify(v.auditPayload)}::jsonb
      from card
    ),
    event as (
      insert into outbox_events (org_id, type, payload)
      select ${v.orgId}, 'scorecard.submitted', ${JSON.stringify(v.eventPayload)}::jsonb || jsonb_build_object('scorecardId', card.id)
      from card
      returning id
    ),
    deliveries as (
      insert into webhook_deliveries (org_id, event_id, endpoint_id)
      select ${v.orgId}, event.id, e.id
      from event join webhook_endpoints e
        on e.org_id = ${v.orgId} and e.active and e.events @> '["scorecard.submitted"]'::jsonb
    ),
    queued as (${queueSummaryRefreshStatement(v.orgId, v.interviewId, sql`from card`)})
    select id from card`,
  );
  return row?.id;
}
