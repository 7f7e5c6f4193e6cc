import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.js';
import { createDb, type DbHandle } from '../db/client.js';
import { buildApp } from '../http/app.js';
import type { TestApp } from './app.js';

/** Poll until `check` holds, for at most two seconds (a notification crosses a connection). */
export async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/** The name of the test app's database on the PostgreSQL server. */
export async function currentDatabase(t: TestApp): Promise<string> {
  const result = await t.handle.db.execute(sql`select current_database() as name`);
  return (result as unknown as { rows: [{ name: string }] }).rows[0].name;
}

/**
 * A second API node on the test app's PostgreSQL database (TEST_DATABASE_URL only): its own
 * pool, its own change feed and its own memory. Close it when done.
 */
export async function secondNode(t: TestApp): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${await currentDatabase(t)}`;
  const handle: DbHandle = await createDb({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database: handle });
  return {
    app,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
