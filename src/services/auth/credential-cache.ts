/**
 * Who a session or API token belongs to, kept in memory so a signed-in request needs no round
 * trip to check its credentials. It is trusted only while the database's change feed is live:
 * ending a session, revoking a token or changing a membership notifies every node, which then
 * drops everything (these are rare). Entries also expire after a minute, and a session's own
 * expiry is checked on every use.
 */
import type { Db } from '../../db/client.js';
import { onChange } from '../change-watch.js';
import type { Actor } from '../context.js';
import { WatchedCache } from '../watched-cache.js';

/** A remembered credential. Times are milliseconds on the app's clock. */
export interface CredentialEntry {
  actor: Readonly<Actor>;
  /** When the credential itself ends (sessions); undefined for tokens. */
  expiresAt: number | undefined;
  /** The token's row and when it was last marked used (tokens). */
  token?: { id: string; lastUsedAt: number | undefined };
}

const cache = new WatchedCache<CredentialEntry>(60_000, 10_000);

/** Drop every remembered credential of this database (a change was committed, here or elsewhere). */
export function forgetCredentials(db: Db): void {
  cache.forget(db);
}

onChange((db, payload) => {
  if (payload === undefined || payload === 'credentials') forgetCredentials(db);
});

/** The generation to pass to rememberCredential: read it before reading the database. */
export function credentialGeneration(db: Db): number {
  return cache.generation(db);
}

/** A remembered, still valid credential, or undefined (then ask the database). */
export function cachedCredential(db: Db, key: string, now: number): CredentialEntry | undefined {
  const entry = cache.get(db, key, now);
  if (entry?.expiresAt !== undefined && entry.expiresAt <= now) {
    cache.forget(db, key);
    return undefined;
  }
  return entry;
}

/** Remember a credential read from the database, unless a change was seen since `generation`. */
export function rememberCredential(db: Db, key: string, entry: CredentialEntry, now: number, generation: number): void {
  cache.set(db, key, entry, now, generation);
}
