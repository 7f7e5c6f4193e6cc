import type { Config } from '../config.js';
import { createDb, type DbHandle } from '../db/client.js';
import { type SyncReport, syncBuiltInBank } from './questions/sync-built-in-bank.js';

/** Open the configured database, apply migrations and load the shipped bank. */
export async function openDatabase(config: Config): Promise<{ handle: DbHandle; bank: SyncReport }> {
  const handle = await createDb(config.database);
  try {
    await handle.migrate();
    const bank = await syncBuiltInBank(handle.db, new Date());
    return { handle, bank };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Apply pending migrations to the configured database and close it; says which kind it was. */
export async function migrateDatabase(config: Config): Promise<{ kind: DbHandle['kind'] }> {
  const handle = await createDb(config.database);
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
  return { kind: handle.kind };
}
