import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/errors.js';

/** A lone UTF-16 surrogate: half of a character, which no UTF-8 text (or jsonb value) can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function badText(s: string): string | undefined {
  if (s.includes('\u0000')) return 'text must not contain NUL characters';
  if (LONE_SURROGATE.test(s)) return 'text must be valid Unicode (a lone surrogate was sent)';
  return undefined;
}

/** The first problem with any string in the value (keys included). Iterative, so deep nesting cannot overflow. */
function findBadText(value: unknown): string | undefined {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const bad = badText(v);
      if (bad) return bad;
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const bad = badText(k);
        if (bad) return bad;
        stack.push(child);
      }
    }
  }
  return undefined;
}

/**
 * Refuse, with a 400, text PostgreSQL cannot store anywhere in the path, query or body: a NUL
 * character (refused in text columns) or a lone surrogate (JSON may escape one as \ud800,
 * which jsonb refuses). Let through, either turns bad input into a 500 halfway through a use
 * case; no field of the product has a use for them.
 */
export function registerRejectBadText(app: FastifyInstance): void {
  // A plain (callback) hook: no promise per request for a check that never waits.
  app.addHook('preValidation', (request, _reply, done) => {
    for (const [part, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const bad = findBadText(value);
      if (bad) return done(new AppError('validation_failed', `${part}: ${bad}`));
    }
    done();
  });
}
