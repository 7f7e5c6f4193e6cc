import { createHash } from 'node:crypto';
import type { FastifyInstance, onSendHookHandler, preHandlerAsyncHookHandler } from 'fastify';
import type { Deps } from '../../services/context.js';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
} from '../../services/idempotency/idempotency-keys.js';
import { AppError } from '../../shared/errors.js';

const HEADER = 'idempotency-key';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { userId: string; key: string } | undefined;
  }
}

/**
 * `Idempotency-Key` on every create (POST): the first request with a key runs and its
 * response is stored; a retry with the same key and body gets the same response
 * (with `Idempotent-Replayed: true`); the same key with another body is a 422; a retry
 * while the first is still running is a 409. Keys are per user and stored in the database,
 * so any API node can answer the retry.
 */
export function registerIdempotency(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('idempotency', undefined);
  const claim: preHandlerAsyncHookHandler = async (request, reply) => {
    const raw = request.headers[HEADER];
    if (raw === undefined || !request.actor) return;
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!key || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
      throw new AppError('validation_failed', 'Idempotency-Key must be 1–255 visible ASCII characters', {
        details: [{ path: 'headers.idempotency-key', message: 'is not a valid key' }],
      });
    }
    const userId = request.actor.userId;
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    if (await claimIdempotencyKey(deps.db, { userId, key, requestHash })) {
      request.idempotency = { userId, key };
      return;
    }
    const stored = await findIdempotencyKey(deps.db, userId, key);
    if (!stored)
      throw new AppError(
        'idempotency_in_progress',
        'a request with this Idempotency-Key is still running; retry shortly',
      );
    if (stored.requestHash !== requestHash) {
      throw new AppError('idempotency_key_reused', 'this Idempotency-Key was already used for a different request');
    }
    if (stored.statusCode === null || stored.responseBody === null) {
      throw new AppError(
        'idempotency_in_progress',
        'a request with this Idempotency-Key is still running; retry shortly',
      );
    }
    reply.header('idempotent-replayed', 'true');
    return reply.code(stored.statusCode).type('application/json; charset=utf-8').send(stored.responseBody);
  };
  // A callback hook, so the requests without a key (nearly all) pass without a promise.
  const store: onSendHookHandler = (request, reply, payload, done) => {
    const claim = request.idempotency;
    if (!claim) return done(null, payload);
    request.idempotency = undefined;
    const stored =
      reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string'
        ? completeIdempotencyKey(deps.db, { ...claim, statusCode: reply.statusCode, responseBody: payload })
        : // A failed request stores nothing, so the client can fix it and retry with the same key.
          releaseIdempotencyKey(deps.db, claim.userId, claim.key);
    stored.then(
      () => done(null, payload),
      (err: Error) => done(err),
    );
  };
  // Only creates carry the hooks: reads, the hot path, pass through none of them.
  app.addHook('onRoute', (route) => {
    if (!(Array.isArray(route.method) ? route.method : [route.method]).includes('POST')) return;
    route.preHandler = [claim, ...hooksOf(route.preHandler)];
    route.onSend = [store, ...hooksOf(route.onSend)];
  });
}

/** A route option that takes one hook or a list of them, as a list. */
function hooksOf<T>(hook: T | T[] | undefined): T[] {
  return hook === undefined ? [] : Array.isArray(hook) ? hook : [hook];
}
