/**
 * Interview states (what a kit is made of, and who may see it), kept in memory so a kit read
 * needs no round trip. Trusted only while the database's change feed is live: a change to an
 * interview or its panel names the interview, a change to names, roles, loops or
 * accommodations drops them all (migration 0008). Entries also expire after a minute.
 */
import type { Db } from '../../db/client.js';
import { findInterviewState, type InterviewState } from '../../db/repos/kit-repo.js';
import { onChange } from '../change-watch.js';
import { WatchedCache } from '../watched-cache.js';

const cache = new WatchedCache<{ orgId: string; state: InterviewState }>(60_000, 10_000);

/**
 * Forget one interview's state, or every interview's: call after committing a change that a
 * kit shows, so this node's next answer has it (others hear of it from the database).
 */
export function forgetInterviewStates(db: Db, interviewId?: string): void {
  cache.forget(db, interviewId);
}

/**
 * Run a change that kits show (one interview's, or many), then forget the states here at once:
 * other nodes hear of it from the database, but this node answers its caller first.
 */
export async function changingInterviews<T>(
  db: Db,
  interviewId: string | undefined,
  change: () => Promise<T>,
): Promise<T> {
  try {
    return await change();
  } finally {
    forgetInterviewStates(db, interviewId);
  }
}

onChange((db, payload) => {
  if (payload === undefined || payload === 'kits') forgetInterviewStates(db);
  else if (payload.startsWith('interview:')) forgetInterviewStates(db, payload.slice('interview:'.length));
});

/** An interview's state: from memory while the feed is live and nothing changed, else from the database. */
export async function interviewState(db: Db, orgId: string, id: string): Promise<InterviewState | undefined> {
  const now = Date.now();
  const hit = cache.get(db, id, now);
  if (hit?.orgId === orgId) return hit.state;
  const generation = cache.generation(db);
  const state = await findInterviewState(db, orgId, id);
  if (state) cache.set(db, id, { orgId, state }, now, generation);
  return state;
}
