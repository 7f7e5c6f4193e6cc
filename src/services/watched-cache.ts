/**
 * A per-database memory of values read from the database, trusted only while that database's
 * change feed is live (change-watch.ts). Forgetting bumps a generation, so a read that raced a
 * change does not store what it saw; entries also expire, and the oldest go first when full.
 */
import type { Db } from '../db/client.js';
import { isWatched } from './change-watch.js';

interface Store<V> {
  entries: Map<string, { value: V; at: number }>;
  generation: number;
}

/** Values keyed by string, one store per database handle. Times are milliseconds. */
export class WatchedCache<V> {
  private readonly stores = new WeakMap<Db, Store<V>>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxEntries: number,
  ) {}

  private storeOf(db: Db): Store<V> {
    let store = this.stores.get(db);
    if (!store) {
      store = { entries: new Map(), generation: 0 };
      this.stores.set(db, store);
    }
    return store;
  }

  /** The remembered value, if the feed is live and it is fresh; else undefined (ask the database). */
  get(db: Db, key: string, now: number): V | undefined {
    if (!isWatched(db)) return undefined;
    const store = this.storeOf(db);
    const entry = store.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.at > this.maxAgeMs || now < entry.at) {
      store.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Read before asking the database; pass to `set`. */
  generation(db: Db): number {
    return this.storeOf(db).generation;
  }

  /** Remember a value read from the database, unless the feed is down or something was forgotten since `generation`. */
  set(db: Db, key: string, value: V, now: number, generation: number): void {
    if (!isWatched(db)) return;
    const store = this.storeOf(db);
    if (store.generation !== generation) return;
    if (store.entries.size >= this.maxEntries) {
      const oldest = store.entries.keys().next().value;
      if (oldest !== undefined) store.entries.delete(oldest);
    }
    store.entries.set(key, { value, at: now });
  }

  /** Forget one key, or everything of this database. */
  forget(db: Db, key?: string): void {
    const store = this.storeOf(db);
    if (key === undefined) store.entries.clear();
    else store.entries.delete(key);
    store.generation++;
  }
}
