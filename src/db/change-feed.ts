/**
 * The database's change notifications (LISTEN/NOTIFY), for caches that must drop what they hold
 * when another API node (or this one) commits a change. Triggers (migration 0008) notify on the
 * `caliper_changes` channel; each node holds one listening connection.
 */
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The channel the triggers notify on. */
export const CHANGE_CHANNEL = 'caliper_changes';

/** What a listener is told. */
export interface ChangeHandler {
  /** A committed change: the trigger's payload (for example `credentials`, `bank:<org id>`). */
  change(payload: string): void;
  /** Notifications may have been missed (the connection dropped, or it was just made): forget everything. */
  gap(): void;
}

/** A subscription to the change notifications. */
export interface ChangeFeed {
  /** True while notifications arrive: only then may a cache trust what it holds. */
  live(): boolean;
  close(): Promise<void>;
}

const RETRY_MS = 1_000;

/**
 * Listen on a PostgreSQL server with a connection of its own, outside the pool. When the
 * connection drops the feed is not live (callers go to the database) until it is made again.
 */
export async function listenOnPostgres(url: string, handler: ChangeHandler): Promise<ChangeFeed> {
  let current: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (client: pg.Client) => {
    if (current !== client) return;
    current = undefined;
    handler.gap();
    client.end().catch(() => {});
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        void connect();
      }, RETRY_MS);
      retry.unref();
    }
  };

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url, application_name: 'caliper-change-feed' });
    client.on('notification', (m) => {
      if (m.channel === CHANGE_CHANNEL) handler.change(m.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANGE_CHANNEL}`);
    } catch {
      current = client;
      lost(client);
      return;
    }
    if (closed) {
      await client.end().catch(() => {});
      return;
    }
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    current = client;
    // Whatever changed before this connection listened is unknown.
    handler.gap();
  };

  await connect();
  return {
    live: () => current !== undefined,
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      const client = current;
      current = undefined;
      await client?.end().catch(() => {});
    },
  };
}

/** Listen on embedded PGlite: one process holds the database, so the feed is always live. */
export async function listenOnPglite(client: PGlite, handler: ChangeHandler): Promise<ChangeFeed> {
  const unlisten = await client.listen(CHANGE_CHANNEL, (payload) => handler.change(payload));
  let open = true;
  return {
    live: () => open,
    close: async () => {
      open = false;
      await unlisten();
    },
  };
}
