/** Event types an organisation can subscribe to. */
export const WEBHOOK_EVENTS = ['scorecard.submitted', 'decision.made'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
