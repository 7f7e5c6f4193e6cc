import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Who may keep a copy of a response: anyone (shared caches too), or only the caller's browser. */
export type CacheScope = 'public' | 'private';

/** What a cached read answers with: its validator, who may keep it, and its body when needed. */
export interface CachedBody {
  /** A strong ETag of the identity representation. */
  etag: string;
  scope: CacheScope;
  maxAgeSeconds?: number;
  /**
   * The UTF-8 JSON, or a function giving it that is called only when the caller lacks this
   * version. Give the same Buffer for the same version: its gzip form is kept beside it for as
   * long as it lives.
   */
  body: Buffer | (() => Promise<Buffer>);
}

const GZIP_SUFFIX = '-gzip';
// Keyed by the cached body itself, so each version is compressed once and dropped with it.
const gzipped = new WeakMap<Buffer, Buffer>();

/**
 * True when an Accept-Encoding header allows gzip: `gzip`, `x-gzip` or `*` listed without
 * `q=0`. Browsers always send it; clients that do not get the identity form.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  // A browser sends the same few header values on every request: parse each once.
  const known = acceptVerdicts.get(header);
  if (known !== undefined) return known;
  const verdict = parseAcceptsGzip(header);
  if (acceptVerdicts.size >= MAX_ACCEPT_VERDICTS) acceptVerdicts.clear();
  acceptVerdicts.set(header, verdict);
  return verdict;
}

const acceptVerdicts = new Map<string, boolean>();
const MAX_ACCEPT_VERDICTS = 256;

function parseAcceptsGzip(header: string): boolean {
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.split(';').map((s) => s.trim().toLowerCase());
    if (name !== 'gzip' && name !== 'x-gzip' && name !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

/**
 * The tag of the gzip form of a representation. A strong validator names exact bytes, so the
 * compressed form needs a tag of its own (RFC 9110, 8.8.1); it is derived, so a revalidation
 * with either tag is recognised.
 */
export function gzipEtag(etag: string): string {
  return `${etag.slice(0, -1)}${GZIP_SUFFIX}"`;
}

/** True when an If-None-Match header names one of these tags (or is `*`). */
function anyTagMatches(header: string | undefined, tags: readonly string[]): boolean {
  if (typeof header !== 'string' || header === '') return false;
  if (header.trim() === '*') return true;
  // Weak comparison, as RFC 9110 asks for If-None-Match: a W/ prefix added by a proxy still matches.
  return header.split(',').some((tag) => tags.includes(tag.trim().replace(/^W\//, '')));
}

/**
 * Answer a cached read: a bodiless 304 when the caller already holds this version, else the
 * body, gzipped (once per version) when the caller accepts it. Responses that depend on who is
 * asking vary on the credentials, so a shared cache never hands one caller's copy to another;
 * private ones must be revalidated every time because access can be withdrawn at any moment.
 */
export async function sendCached(request: FastifyRequest, reply: FastifyReply, v: CachedBody): Promise<FastifyReply> {
  const gzip = acceptsGzip(request.headers['accept-encoding']);
  const gzipTag = gzipEtag(v.etag);
  reply.header('etag', gzip ? gzipTag : v.etag);
  reply.header('vary', 'Accept-Encoding, Authorization, Cookie');
  reply.header(
    'cache-control',
    v.scope === 'public' ? `public, max-age=${v.maxAgeSeconds ?? 0}, must-revalidate` : 'private, no-cache',
  );
  // Sent without a payload on purpose: a serialised `null` would announce a Content-Length that
  // a 304 must not carry, and clients would wait for bytes that never come.
  // Either form's tag names this version: a client may have switched encodings since.
  if (anyTagMatches(request.headers['if-none-match'], [v.etag, gzipTag])) return reply.code(304).send();
  const body = Buffer.isBuffer(v.body) ? v.body : await v.body();
  reply.type('application/json; charset=utf-8');
  if (!gzip) return reply.send(body);
  let packed = gzipped.get(body);
  if (!packed) {
    packed = gzipSync(body);
    gzipped.set(body, packed);
  }
  return reply.header('content-encoding', 'gzip').send(packed);
}
