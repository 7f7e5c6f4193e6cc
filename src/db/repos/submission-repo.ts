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
  // Each value is sent and parsed once (the card's content is a kilobyte of jsonb), in `input`.
  const [row] = await executeNamed<{ id: string }>(
    db,
    'record_first_submission',
    sql`with input as (
      select ${v.orgId}::uuid as org_id, ${v.interviewId}::uuid as interview_id,
             ${v.interviewerId}::uuid as interviewer_id, ${JSON.stringify(v.content)}::jsonb as content,
             ${v.at.toISOString()}::timestamptz as at
    ),
    card as (
      insert into scorecards as s (org_id, interview_id, interviewer_id, status, content, version, submitted_at, updated_at)
      select org_id, interview_id, interviewer_id, 'submitted', content, 1, at, at from input
      on conflict (interview_id, interviewer_id) do update
        set status = 'submitted', content = excluded.content, version = 1,
            submitted_at = excluded.submitted_at, updated_at = excluded.updated_at
        where s.status = 'draft'
      returning s.id
    ),
    ratings as (
      insert into scorecard_ratings
        (scorecard_id, org_id, interview_id, interviewer_id, dimension, score, recommendation, submitted_at)
      select card.id, input.org_id, input.interview_id, input.interviewer_id, r.dimension, r.score,
             (input.content->>'recommendation')::smallint, input.at
      from card cross join input
        cross join jsonb_to_recordset(input.content->'ratings') as r(dimension text, score smallint)
    ),
    version as (
      insert into scorecard_versions (scorecard_id, version, content, amendment_reason, created_by, created_at)
      select card.id, 1, input.content, null, input.interviewer_id, input.at from card cross join input
    ),
    held as (
      update interviews i set status = 'completed', completed_at = input.at
      from input
      where i.id = input.interview_id and i.org_id = input.org_id and i.status = 'scheduled'
        and exists (select 1 from card)
    ),
    audit as (
      insert into audit_log (org_id, actor_user_id, action, target_type, target_id, payload)
      select input.org_id, input.interviewer_id, 'scorecard.submitted', 'scorecard', card.id::text,
             ${JSON.stringify(v.auditPayload)}::jsonb
      from card cross join input
    ),
    event as (
      insert into outbox_events (org_id, type, payload)
      select input.org_id, 'scorecard.submitted',
             ${JSON.stringify(v.eventPayload)}::jsonb || jsonb_build_object('scorecardId', card.id)
      from card cross join input
      returning id, org_id
    ),
    deliveries as (
      insert into webhook_deliveries (org_id, event_id, endpoint_id)
      select event.org_id, event.id, e.id
      from event join webhook_endpoints e
        on e.org_id = event.org_id and e.active and e.events @> '["scorecard.submitted"]'::jsonb
    ),
    queued as (${queueSummaryRefreshStatement(v.orgId, v.interviewId, sql`from card`)})
    select id from card`,
  );
  return row?.id;
}
