import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The content security policy of the web app's documents. */
const DOCUMENT_CSP: NonNullable<HelmetOptions['contentSecurityPolicy']> = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    // Plain-HTTP loopback installs must still load their own assets.
    upgradeInsecureRequests: null,
  },
};

/**
 * The headers helmet would set with these options, read once by running it against a
 * recording response: the same values, without parsing the policy again on every request.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    failed = err;
  });
  if (failed) throw failed;
  return headers;
}

/**
 * Security headers on every response, computed once at start. Documents (the web app, the docs
 * page, assets) get helmet's full set with the app's content security policy. JSON API responses
 * are never rendered, so they get the short set OWASP recommends for REST services: no content
 * may load or frame them, no sniffing, no referrer, HTTPS only.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const documents = helmetHeaders({ contentSecurityPolicy: DOCUMENT_CSP });
  const api: Record<string, string> = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': documents['strict-transport-security'] ?? 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  };
  // A plain (callback) hook: no promise per request for work that never waits.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? api : documents);
    done();
  });
}
