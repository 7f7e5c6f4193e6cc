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
  const name = `caliper_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Which engine the tests run on, for test names and skips. */
export const testEngine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
