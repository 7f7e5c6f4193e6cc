import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../../../shared/schemas/webhooks.js';

/** Body of POST /api/v1/webhooks. */
export const ZCreateWebhook = z.object({
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http or https URL' })
    .max(2000, { message: 'must be at most 2000 characters' }),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { message: `must be one of: ${WEBHOOK_EVENTS.join(', ')}` }))
    .min(1, { message: 'subscribe to at least one event type' })
    .max(WEBHOOK_EVENTS.length * 2),
});
export type TCreateWebhook = z.infer<typeof ZCreateWebhook>;

/** An endpoint as listed: never its secret. */
export const ZWebhookEndpoint = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});

/** The registration response: the only one that carries the signing secret. */
export const ZCreatedWebhookEndpoint = ZWebhookEndpoint.extend({ secret: z.string() });

/** One line of an endpoint's delivery log. */
export const ZWebhookDelivery = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
});
