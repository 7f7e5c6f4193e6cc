import type { WebhookEndpointRow } from '../../db/repos/webhook-repo.js';

/** What the API shows of an endpoint: never its secret. */
export interface WebhookEndpointView {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
}

/** The API shape of an endpoint. */
export function endpointView(row: WebhookEndpointRow): WebhookEndpointView {
  return { id: row.id, url: row.url, events: row.events, active: row.active, createdAt: row.createdAt.toISOString() };
}
