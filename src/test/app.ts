import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/client.js';
import { buildApp } from '../http/app.js';
import { openTestDb } from './db.js';

/** An app on a fresh database for one test file, with a clock tests can move. */
export interface TestApp {
  app: FastifyInstance;
  handle: DbHandle;
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

/** Build the app on a fresh, migrated database (PGlite in memory, or TEST_DATABASE_URL's server). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const handle = await openTestDb();
  const clock = {
    now: new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, database: handle, now: () => clock.now });
  await app.ready();
  return {
    app,
    handle,
    clock,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
