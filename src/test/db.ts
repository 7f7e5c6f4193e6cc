import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type DbHandle } from '../db/client.js';

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
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/** Which engine the tests run on, for test names and skips. */
export const testEngine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
