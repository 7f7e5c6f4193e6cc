import { appendAudit } from '../../db/repos/audit-repo.js';
import type { WebhookEvent } from '../../db/repos/outbox-repo.js';
import { insertEndpoint } from '../../db/repos/webhook-repo.js';
import { AppError } from '../../shared/errors.js';
import { randomSecret } from '../auth/secrets.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { endpointView, type WebhookEndpointView } from './endpoint-view.js';

/** Prefix of every signing secret, so one is recognisable in a config file or a leak scan. */
export const SECRET_PREFIX = 'whsec_';

/** What registering an endpoint takes. */
export interface RegisterEndpointInput {
  url: string;
  events: WebhookEvent[];
}

/** A new endpoint with its signing secret, which no later response shows again. */
export type CreatedWebhookEndpoint = WebhookEndpointView & { secret: string };

/** Throw a 400 naming `url` unless it is an absolute http(s) URL. */
function assertHttpUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname) {
    throw new AppError('validation_failed', 'url: must be an http or https URL', {
      details: [{ path: 'url', message: 'must be an http or https URL' }],
    });
  }
}

/** An admin registers an endpoint for some event types; the signing secret is returned once. */
export async function registerEndpoint(
  deps: Deps,
  actor: Actor,
  input: RegisterEndpointInput,
): Promise<CreatedWebhookEndpoint> {
  requireRole(actor, ['admin']);
  assertHttpUrl(input.url);
  const secret = `${SECRET_PREFIX}${randomSecret(24)}`;
  const events = [...new Set(input.events)];
  return deps.db.transaction(async (tx) => {
    const row = await insertEndpoint(tx, { orgId: actor.orgId, url: input.url, secret, events });
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'webhook.registered',
      targetType: 'webhook_endpoint',
      targetId: row.id,
      payload: { url: row.url, events },
    });
    return { ...endpointView(row), secret };
  });
}
