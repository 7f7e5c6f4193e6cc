import { type DeliveryLogRow, findEndpoint, listDeliveries as listDeliveryRows } from '../../db/repos/webhook-repo.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import { AppError } from '../../shared/errors.js';
import type { Page, PageQuery } from '../../shared/schemas/page.js';
import { type Actor, type Deps, requireRole } from '../context.js';

/** One line of an endpoint's delivery log. */
export interface WebhookDeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string;
  deliveredAt: string | null;
}

function deliveryView(row: DeliveryLogRow): WebhookDeliveryView {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The keyset a cursor carries: the last row's exact event time and delivery id. */
function parseCursor(cursor: string): { eventAt: string; id: string } {
  const [eventAt, id, ...rest] = decodeCursor(cursor).split('|');
  if (!eventAt || !id || rest.length || !EXACT_TIME.test(eventAt) || !UUID.test(id)) {
    throw new AppError('validation_failed', 'cursor is not valid', {
      details: [{ path: 'cursor', message: 'is not a cursor this API issued' }],
    });
  }
  return { eventAt, id };
}

/** An endpoint's delivery log, newest event first, a page at a time; admins only. */
export async function listDeliveries(
  deps: Deps,
  actor: Actor,
  endpointId: string,
  query: PageQuery,
): Promise<Page<WebhookDeliveryView>> {
  requireRole(actor, ['admin']);
  const endpoint = await findEndpoint(deps.db, actor.orgId, endpointId);
  if (!endpoint) throw new AppError('not_found', 'no such webhook endpoint');
  const after = query.cursor ? parseCursor(query.cursor) : undefined;
  const rows = await listDeliveryRows(deps.db, {
    orgId: actor.orgId,
    endpointId,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(deliveryView),
    nextCursor: rows.length > query.limit && last ? encodeCursor(`${last.eventAt}|${last.id}`) : null,
  };
}
