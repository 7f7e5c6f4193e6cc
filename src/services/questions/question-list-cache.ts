import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { bankFingerprint } from '../../db/repos/bank-validator-repo.js';
import { zPage } from '../../shared/schemas/page.js';
import { type TQuestionListQuery, ZQuestionSummary } from '../../shared/schemas/question.js';
import { isWatched, onChange } from '../change-watch.js';
import type { Actor, Deps } from '../context.js';
import { WatchedCache } from '../watched-cache.js';
import { listQuestions } from './list-questions.js';

/** A serialised list page with its validator and who may keep a copy. */
export interface CachedList {
  etag: string;
  /** UTF-8 JSON, encoded once: sending a Buffer spares re-encoding and measuring the text per request. */
  body: Buffer;
  /** Public when it holds only the built-in bank; private when it holds an organisation's questions. */
  scope: 'public' | 'private';
}

const ZListPage = zPage(ZQuestionSummary);
/** Enough distinct filter/search/page combinations for the UI, bounded so `q` cannot grow it without end. */
const MAX_ENTRIES = 2000;
/**
 * How long a node trusts its copy of the built-in bank before re-reading its fingerprint:
 * another node of a newer release may have synced a changed bank into the shared database.
 */
const BUILT_IN_RECHECK_MS = 30_000;

interface BankCache {
  entries: Map<string, CachedList>;
  builtIn: { fingerprint: string; checkedAt: number } | undefined;
}

// Keyed by database handle: tests run many apps, each with its own database, in one process.
const caches = new WeakMap<Db, BankCache>();
/** Each organisation's bank fingerprint, trusted while the change feed is live. */
const orgFingerprints = new WatchedCache<string>(60_000, 10_000);

function cacheOf(db: Db): BankCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { entries: new Map(), builtIn: undefined };
    caches.set(db, cache);
  }
  return cache;
}

/** The built-in bank in this database changed (a sync ran): drop what this process holds. */
export function forgetBuiltInBank(db: Db): void {
  caches.delete(db);
}

/**
 * Run a change to an organisation's questions, then forget its bank fingerprint here at once:
 * other nodes hear of the change from the database, but this node answers its caller first.
 */
export async function changingOrgBank<T>(db: Db, orgId: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    orgFingerprints.forget(db, orgId);
  }
}

// A change to the built-in bank, or a gap in the feed, drops everything; an organisation's change, its fingerprint.
onChange((db, payload) => {
  if (payload === undefined) orgFingerprints.forget(db);
  if (payload === undefined || payload === 'bank:built-in') return forgetBuiltInBank(db);
  if (payload.startsWith('bank:')) orgFingerprints.forget(db, payload.slice('bank:'.length));
});

async function builtInFingerprint(deps: Deps, cache: BankCache): Promise<string> {
  const now = Date.now();
  if (cache.builtIn && (isWatched(deps.db) || now - cache.builtIn.checkedAt < BUILT_IN_RECHECK_MS))
    return cache.builtIn.fingerprint;
  const fingerprint = await bankFingerprint(deps.db, null);
  if (cache.builtIn?.fingerprint !== fingerprint) cache.entries.clear();
  cache.builtIn = { fingerprint, checkedAt: now };
  return fingerprint;
}

/** The organisation's bank fingerprint: from memory while the change feed is live, else from the database. */
async function orgFingerprint(deps: Deps, orgId: string): Promise<string> {
  const now = Date.now();
  const known = orgFingerprints.get(deps.db, orgId, now);
  if (known !== undefined) return known;
  const generation = orgFingerprints.generation(deps.db);
  const fingerprint = await bankFingerprint(deps.db, orgId);
  orgFingerprints.set(deps.db, orgId, fingerprint, now, generation);
  return fingerprint;
}

const queryKey = (q: TQuestionListQuery): string =>
  JSON.stringify([q.category ?? '', q.level ?? '', q.topic ?? '', q.q ?? '', q.limit, q.cursor ?? '']);

/**
 * A page of the question list, served from memory while the bank it shows is unchanged.
 * Anonymous callers see only the built-in bank: one process-wide copy per filter. Signed-in
 * callers also see their organisation's questions, so their copies are keyed by organisation
 * and by the bank's fingerprint, which a new version or retirement on any API node changes at
 * once: it is read from the database, or kept in memory while the change feed reports every
 * change to the questions.
 */
export async function cachedQuestionList(
  deps: Deps,
  actor: Actor | undefined,
  query: TQuestionListQuery,
): Promise<CachedList> {
  const cache = cacheOf(deps.db);
  await builtInFingerprint(deps, cache);
  const org = actor ? `${actor.orgId}:${await orgFingerprint(deps, actor.orgId)}` : 'public';
  const key = `${org}|${queryKey(query)}`;
  const hit = cache.entries.get(key);
  if (hit) {
    // Refresh its place so the most used pages stay.
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit;
  }
  const page = await listQuestions(deps, actor, query);
  const body = Buffer.from(JSON.stringify(z.encode(ZListPage, page)));
  // Derived from the bytes, so every node gives the same page the same tag.
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const entry: CachedList = { etag, body, scope: actor ? 'private' : 'public' };
  if (cache.entries.size >= MAX_ENTRIES) {
    const oldest = cache.entries.keys().next().value;
    if (oldest !== undefined) cache.entries.delete(oldest);
  }
  cache.entries.set(key, entry);
  return entry;
}
