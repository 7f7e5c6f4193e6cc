import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { type ChangeFeed, type ChangeHandler, listenOnPglite, listenOnPostgres } from './change-feed.js';
import { lockDataDir } from './lock.js';
import * as coreSchema from './schema.js';
import * as analyticsSchema from './schema-analytics.js';
import * as fairnessTotalsSchema from './schema-fairness-totals.js';
import * as panelSchema from './schema-panel.js';
import * as practiceSchema from './schema-practice.js';
import * as questionTotalsSchema from './schema-question-totals.js';
import * as scorecardSchema from './schema-scorecards.js';
import * as summaryQueueSchema from './schema-summary-queue.js';

const schema = {
  ...coreSchema,
  ...panelSchema,
  ...practiceSchema,
  ...scorecardSchema,
  ...analyticsSchema,
  ...questionTotalsSchema,
  ...fairnessTotalsSchema,
  ...summaryQueueSchema,
};

/** The one Drizzle interface every repository uses, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle; repositories accept it wherever they accept a Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** An open database plus what it takes to migrate, probe and close it. */
export interface DbHandle {
  db: Db;
  kind: DatabaseConfig['kind'];
  migrate(): Promise<void>;
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  /** Subscribe to committed changes (see change-feed.ts). */
  listen(handler: ChangeHandler): Promise<ChangeFeed>;
  close(): Promise<void>;
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Open the database: embedded PGlite in a data directory (locked to this process), an
 * in-memory PGlite (`dataDir: ':memory:'`, for tests), or node-postgres with a pool.
 */
export async function createDb(config: DatabaseConfig): Promise<DbHandle> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: async () => {
        await migratePg(drizzlePg(pool, { schema }), { migrationsFolder: MIGRATIONS });
      },
      ping: async () => {
        await pool.query('select 1');
      },
      listen: (handler) => listenOnPostgres(config.url, handler),
      close: async () => {
        await pool.end();
      },
    };
  }
  const memory = config.dataDir === ':memory:';
  let release = () => {};
  let client: PGlite;
  if (memory) {
    client = new PGlite();
  } else {
    const dir = resolve(config.dataDir);
    release = lockDataDir(dir);
    try {
      const pgdata = join(dir, 'pgdata');
      mkdirSync(pgdata, { recursive: true });
      client = new PGlite(pgdata);
      await client.waitReady;
    } catch (e) {
      release();
      throw e;
    }
  }
  const orm = drizzlePglite(client, { schema });
  return {
    db: orm as unknown as Db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(orm, { migrationsFolder: MIGRATIONS });
    },
    ping: async () => {
      await orm.execute(sql`select 1`);
    },
    listen: (handler) => listenOnPglite(client, handler),
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
