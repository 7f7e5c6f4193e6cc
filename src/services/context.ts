import type { Config } from '../config.js';
import type { Db } from '../db/client.js';

/** The database types the layers above services name (they reach the database only through services). */
export type { Db, DbHandle } from '../db/client.js';

import { AppError } from '../shared/errors.js';
import type { Role } from '../shared/schemas/vocabulary.js';

/** What every use case needs from the outside world; passed in, never imported. */
export interface Deps {
  db: Db;
  config: Config;
  /** Injected so tests can move time (session expiry, rate-limit windows). */
  now: () => Date;
}

/** The authenticated caller, always scoped to one organisation. */
export interface Actor {
  userId: string;
  orgId: string;
  role: Role;
  via: 'session' | 'token';
  /** The session's CSRF token (cookie-authenticated callers only). */
  csrfToken?: string;
  sessionId?: string;
}

/** Throw `forbidden` unless the actor holds one of the roles. */
export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) {
    throw new AppError('forbidden', `this action needs one of the roles: ${roles.join(', ')}`);
  }
}
