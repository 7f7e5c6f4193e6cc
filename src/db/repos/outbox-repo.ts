import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { outboxEvents, webhookDeliveries, webhookEndpoints } from '../schema-scorecards.js';

type Conn = Db | Tx;

import type { WebhookEvent } from '../../shared/schemas/webhooks.js';

export { WEBHOOK_EVENTS, type WebhookEvent } from '../../shared/schemas/webhooks.js';

/**
 * Record an event in the outbox, with one pending delivery per active endpoint subscribed to
 * it. Call it inside the transaction that makes the change: the event exists if and only if
 * the change committed, so a receiver that is down loses nothing.
 */
export async function enqueueEvent(
  tx: Conn,
  v: { orgId: string; type: WebhookEvent; payload: Record<string, unknown> },
): Promise<string> {
  const [event] = await tx.insert(outboxEvents).values(v).returning({ id: outboxEvents.id });
  if (!event) throw new Error('insert outbox event returned nothing');
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, v.orgId), eq(webhookEndpoints.active, true)));
  const subscribed = endpoints.filter((e) => e.events.includes(v.type));
  if (subscribed.length) {
    await tx
      .insert(webhookDeliveries)
      .values(subscribed.map((e) => ({ orgId: v.orgId, eventId: event.id, endpointId: e.id })));
  }
  return event.id;
}
