import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Who may keep a copy of a response: anyone (shared caches too), or only the caller's browser. */
export type CacheScope = 'public' | 'private';

/** A strong ETag over some text: the same bytes always give the same tag, on any node. */
export function strongEtag(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
}

/** True when the request's If-None-Match names this ETag (or is `*`). */
export function etagMatches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (typeof header !== 'string' || header === '') return false;
  if (header.trim() === '*') return true;
  // Weak comparison, as RFC 9110 asks for If-None-Match: a W/ prefix added by a proxy still matches.
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Set the validator headers. Responses that depend on who is asking vary on the credentials,
 * so a shared cache never hands one caller's copy to another; private ones must be revalidated
 * every time because access can be withdrawn at any moment.
 */
export function setValidatorHeaders(reply: FastifyReply, etag: string, scope: CacheScope, maxAgeSeconds = 0): void {
  reply.header('etag', etag);
  reply.header('vary', 'Authorization, Cookie');
  reply.header(
    'cache-control',
    scope === 'public' ? `public, max-age=${maxAgeSeconds}, must-revalidate` : 'private, no-cache',
  );
}

/**
 * A bodiless 304. Sent without a payload on purpose: a serialised `null` would announce a
 * Content-Length that a 304 must not carry, and clients would wait for bytes that never come.
 */
export function notModified(reply: FastifyReply): FastifyReply {
  return reply.code(304).send();
}

/** Send JSON that was serialised (and checked against the route's schema) beforehand. */
export function sendJsonText(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(body);
}

/**
 * Answer with a pre-serialised JSON body and its validators, or a bodiless 304 when the
 * caller already holds this version.
 */
export function sendWithEtag(
  request: FastifyRequest,
  reply: FastifyReply,
  v: { etag: string; body: string; scope: CacheScope; maxAgeSeconds?: number },
): FastifyReply {
  setValidatorHeaders(reply, v.etag, v.scope, v.maxAgeSeconds);
  if (etagMatches(request, v.etag)) return notModified(reply);
  return sendJsonText(reply, v.body);
}
