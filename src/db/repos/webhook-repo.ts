import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { outboxEvents, webhookDeliveries, webhookEndpoints } from '../schema-scorecards.js';

type Conn = Db | Tx;

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

/** Register an endpoint for an organisation. */
export async function insertEndpoint(
  db: Conn,
  v: { orgId: string; url: string; secret: string; events: string[] },
): Promise<WebhookEndpointRow> {
  const [row] = await db.insert(webhookEndpoints).values(v).returning();
  if (!row) throw new Error('insert webhook endpoint returned nothing');
  return row;
}

/** An organisation's endpoints, removed ones included (they show as inactive), oldest first. */
export async function listEndpoints(db: Conn, orgId: string): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.orgId, orgId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

/** One endpoint of an organisation; another organisation's id finds nothing. */
export async function findEndpoint(db: Conn, orgId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, id)));
  return row;
}

/**
 * Deactivate an active endpoint and give up its pending deliveries (they are marked failed with
 * a reason, so the log says why). Returns false when the organisation has no such active endpoint.
 */
export async function deactivateEndpoint(db: Conn, v: { orgId: string; id: string; at: Date }): Promise<boolean> {
  const done = await db
    .update(webhookEndpoints)
    .set({ active: false })
    .where(and(eq(webhookEndpoints.orgId, v.orgId), eq(webhookEndpoints.id, v.id), eq(webhookEndpoints.active, true)))
    .returning({ id: webhookEndpoints.id });
  if (!done.length) return false;
  await db
    .update(webhookDeliveries)
    .set({ status: 'failed', lastError: 'endpoint removed', updatedAt: v.at })
    .where(and(eq(webhookDeliveries.endpointId, v.id), eq(webhookDeliveries.status, 'pending')));
  return true;
}

/** One line of an endpoint's delivery log. */
export interface DeliveryLogRow {
  id: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  /** The event's creation time with microseconds, as text: the exact keyset cursor. */
  eventAt: string;
}

/** The event time as exact UTC text, so a cursor built from it round-trips without losing microseconds. */
const eventAtText = sql<string>`to_char(${outboxEvents.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * An endpoint's delivery log, newest event first, after an optional cursor (the last row's
 * `eventAt` and id). The caller checks the endpoint belongs to the organisation; orgId is
 * matched here as well.
 */
export async function listDeliveries(
  db: Conn,
  v: { orgId: string; endpointId: string; after?: { eventAt: string; id: string }; limit: number },
): Promise<DeliveryLogRow[]> {
  const scope = and(eq(webhookDeliveries.orgId, v.orgId), eq(webhookDeliveries.endpointId, v.endpointId));
  const where = v.after
    ? and(
        scope,
        sql`(${outboxEvents.createdAt}, ${webhookDeliveries.id}) < (${v.after.eventAt}::timestamptz, ${v.after.id}::uuid)`,
      )
    : scope;
  return db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: outboxEvents.type,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastError: webhookDeliveries.lastError,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      eventAt: eventAtText,
    })
    .from(webhookDeliveries)
    .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
    .where(where)
    .orderBy(desc(outboxEvents.createdAt), desc(webhookDeliveries.id))
    .limit(v.limit);
}

/** A delivery a dispatcher has claimed, with everything it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  /** The claim: the lease's end, which is also the delivery's nextAttemptAt until the outcome is recorded. */
  leaseUntil: Date;
  endpoint: { id: string; url: string; secret: string };
  event: { id: string; type: string; payload: Record<string, unknown>; createdAt: Date };
}

/**
 * Claim up to `limit` due deliveries (pending, nextAttemptAt <= now, endpoint still active),
 * oldest due first. In one transaction the rows are locked with FOR UPDATE SKIP LOCKED and their
 * nextAttemptAt is pushed to `leaseUntil`, so a second dispatcher (another API node) neither waits
 * for nor sees them, and a dispatcher that dies mid-send leaves them to be retried once the lease
 * runs out.
 */
export async function claimDueDeliveries(
  db: Db,
  v: { now: Date; leaseUntil: Date; limit: number },
): Promise<ClaimedDelivery[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(
        and(
          eq(webhookDeliveries.status, 'pending'),
          lte(webhookDeliveries.nextAttemptAt, v.now),
          eq(webhookEndpoints.active, true),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
      .limit(v.limit)
      .for('update', { of: webhookDeliveries, skipLocked: true });
    if (!due.length) return [];
    const ids = due.map((d) => d.id);
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: v.leaseUntil, updatedAt: v.now })
      .where(inArray(webhookDeliveries.id, ids));
    const rows = await tx
      .select({
        id: webhookDeliveries.id,
        attempts: webhookDeliveries.attempts,
        nextAttemptAt: webhookDeliveries.nextAttemptAt,
        endpointId: webhookEndpoints.id,
        url: webhookEndpoints.url,
        secret: webhookEndpoints.secret,
        eventId: outboxEvents.id,
        type: outboxEvents.type,
        payload: outboxEvents.payload,
        createdAt: outboxEvents.createdAt,
      })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
      .where(inArray(webhookDeliveries.id, ids))
      .orderBy(asc(outboxEvents.createdAt), asc(webhookDeliveries.id));
    return rows.map((r) => ({
      id: r.id,
      attempts: r.attempts,
      leaseUntil: r.nextAttemptAt,
      endpoint: { id: r.endpointId, url: r.url, secret: r.secret },
      event: { id: r.eventId, type: r.type, payload: r.payload, createdAt: r.createdAt },
    }));
  });
}

/**
 * Record a successful attempt. Only a delivery still pending is changed, so a late second
 * sender (after a lease ran out) cannot overwrite the log.
 */
export async function recordDelivered(db: Conn, v: { id: string; at: Date; statusCode: number }): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({
      status: 'delivered',
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      lastStatusCode: v.statusCode,
      lastError: null,
      deliveredAt: v.at,
      updatedAt: v.at,
    })
    .where(and(eq(webhookDeliveries.id, v.id), eq(webhookDeliveries.status, 'pending')));
}

/**
 * Record a failed attempt: one more attempt, the status code or error, and either the next try
 * (`retryAt`) or, when null, the final `failed` status. Applied only while the caller still holds
 * the claim (nextAttemptAt is still its `leaseUntil`); returns whether it was.
 */
export async function recordFailed(
  db: Conn,
  v: { id: string; leaseUntil: Date; at: Date; statusCode: number | null; error: string; retryAt: Date | null },
): Promise<boolean> {
  const done = await db
    .update(webhookDeliveries)
    .set({
      status: v.retryAt ? 'pending' : 'failed',
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      lastStatusCode: v.statusCode,
      lastError: v.error,
      nextAttemptAt: v.retryAt ?? v.at,
      updatedAt: v.at,
    })
    .where(
      and(
        eq(webhookDeliveries.id, v.id),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.nextAttemptAt, v.leaseUntil),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return done.length > 0;
}
