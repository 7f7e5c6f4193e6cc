import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorFromSession, actorFromToken } from '../../services/auth/authenticate.js';
import type { Actor, Deps } from '../../services/context.js';
import { AppError } from '../../shared/errors.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'caliper_session';
/** The header a cookie-authenticated write must carry. */
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Public writes that prove themselves with a secret in the body (a password, a reset link). */
const CREDENTIAL_PATHS = new Set(['/api/v1/auth/login', '/api/v1/auth/password-reset']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolve the caller on every request: a bearer token if the Authorization header is
 * present (a bad one is a 401, never a silent fall-back to the cookie), else the session
 * cookie. Cookie-authenticated writes must echo the session's CSRF token in a header:
 * a cross-site form can send the cookie but cannot read the token.
 */
export function registerAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', undefined);
  // A callback hook: anonymous requests and web pages pass without a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    if (!request.url.startsWith('/api/')) return done();
    const header = request.headers.authorization;
    if (header !== undefined) {
      bearerActor(deps, header).then((actor) => {
        request.actor = actor;
        done();
      }, done);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    // Signing in again (another organisation, or a stale tab) or setting a password with a reset
    // link needs no CSRF token: each proves itself with a secret in the body, and JSON-only
    // bodies keep cross-site forms out.
    if (!cookie || CREDENTIAL_PATHS.has(request.url)) return done();
    cookieActor(deps, request, cookie).then((actor) => {
      request.actor = actor;
      done();
    }, done);
  });
}

/** The caller of an Authorization header; a bad one is a 401. */
async function bearerActor(deps: Deps, header: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const actor = match?.[1] ? await actorFromToken(deps, match[1]) : undefined;
  if (!actor) throw new AppError('unauthenticated', 'the bearer token is missing, malformed, revoked or unknown');
  return actor;
}

/** The caller of a session cookie (none if it has ended); writes must carry its CSRF token. */
async function cookieActor(deps: Deps, request: FastifyRequest, cookie: string): Promise<Actor | undefined> {
  const actor = await actorFromSession(deps, cookie);
  if (!actor || SAFE_METHODS.has(request.method)) return actor;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !actor.csrfToken || !sameSecret(sent, actor.csrfToken)) {
    throw new AppError(
      'csrf_failed',
      `cookie-authenticated writes need the ${CSRF_HEADER} header from /api/v1/auth/session`,
    );
  }
  return actor;
}

/** The signed-in caller, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'sign in or send a bearer token');
  return request.actor;
}

/** Set the session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over TLS. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    expires,
  });
}

/** Clear the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
  });
}
