/**
 * Which databases this process is listening to for committed changes, and the caches that
 * drop what they hold on each. A cache may only answer from memory while its database is
 * watched and the feed is live: otherwise a change made on another API node could go unseen.
 */
import type { ChangeFeed } from '../db/change-feed.js';
import type { Db, DbHandle } from '../db/client.js';

/** Told of each change (its payload), or of a gap (undefined): anything may have changed. */
export type ChangeListener = (db: Db, payload: string | undefined) => void;

const feeds = new WeakMap<Db, ChangeFeed>();
const listeners: ChangeListener[] = [];

/** Register a cache's listener; called once, when its module loads. */
export function onChange(listener: ChangeListener): void {
  listeners.push(listener);
}

function tell(db: Db, payload: string | undefined): void {
  for (const listener of listeners) listener(db, payload);
}

/** Start listening to a database's changes. Close the feed when the app closes. */
export async function watchChanges(db: Db, listen: DbHandle['listen']): Promise<ChangeFeed> {
  const feed = await listen({ change: (payload) => tell(db, payload), gap: () => tell(db, undefined) });
  feeds.set(db, feed);
  return {
    live: feed.live,
    close: async () => {
      feeds.delete(db);
      tell(db, undefined);
      await feed.close();
    },
  };
}

/** True while changes to this database are being received. */
export function isWatched(db: Db): boolean {
  return feeds.get(db)?.live() ?? false;
}
