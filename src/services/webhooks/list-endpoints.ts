import { listEndpoints as listEndpointRows } from '../../db/repos/webhook-repo.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { endpointView, type WebhookEndpointView } from './endpoint-view.js';

/** The organisation's endpoints, removed ones shown inactive; admins only. */
export async function listEndpoints(deps: Deps, actor: Actor): Promise<WebhookEndpointView[]> {
  requireRole(actor, ['admin']);
  const rows = await listEndpointRows(deps.db, actor.orgId);
  return rows.map(endpointView);
}
