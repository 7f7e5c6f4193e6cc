import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { createDb, type DbHandle } from '../db/client.js';
import { seedDemo } from '../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../services/questions/sync-built-in-bank.js';

/**
 * A fresh, migrated database for one test file. With TEST_DATABASE_URL (a real PostgreSQL
 * server) a new database is created on it and dropped on close; otherwise an in-memory
 * PGlite. Same schema, same migrations, same tests on both.
 */
export async function openTestDb(): Promise<DbHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await createDb({ kind: 'pglite', dataDir: ':memory:' });
    await handle.migrate();
    return handle;
  }
  const scratch = await createScratchDatabase(serverUrl, 'caliper_test');
  const handle = await createDb({ kind: 'postgres', url: scratch.url, poolSize: 5 });
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

/** A new, empty database on a PostgreSQL server, with its URL and a way to drop it. */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // Not `with (force)`: on PostgreSQL 15 it refuses when an autovacuum worker is in the
    // database (a process of no role). End our own connections, then a plain drop waits for
    // the rest (autovacuum included) to leave.
    drop: async () => {
      await run(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = '${name}' and usename = current_user and pid <> pg_backend_pid()`,
      );
      await run(`drop database if exists ${name}`);
    },
  };
}

/** Which engine the tests run on, for test names and skips. */
export const testEngine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** A fresh database with the built-in bank and a demo organisation (panel, scores, decisions). */
export async function openDemoDb(): Promise<DbHandle> {
  const handle = await openTestDb();
  // The demo's loops ask questions from the built-in bank, which the server syncs at start.
  await syncBuiltInBank(handle.db, new Date());
  await seedDemo({ db: handle.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => new Date() });
  return handle;
}
