/**
 * The app for the soak test, in its own process so its memory is measured apart from the load
 * generator: buildApp on DATABASE_URL (already migrated and seeded by bench/soak.ts), listening on
 * 127.0.0.1. It tells its parent the port over IPC and answers `memory` messages (after a full GC,
 * so the heap figure is what is retained, not what is waiting to be collected).
 */
import { loadConfig } from '../../src/config.js';
import { createDb } from '../../src/db/client.js';
import { buildApp } from '../../src/http/app.js';

/** Messages the parent sends. */
export type SoakServerRequest = { type: 'memory' } | { type: 'stop' };
/** Messages this process sends back. */
export type SoakServerReply = { type: 'listening'; port: number } | { type: 'memory'; rss: number; heapUsed: number };

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1' });
const handle = await createDb(config.database);
const app = await buildApp({ config, database: handle });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const send = (m: SoakServerReply) => process.send?.(m);
send({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });

process.on('message', async (m: SoakServerRequest) => {
  if (m.type === 'memory') {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: 'memory', rss, heapUsed });
  } else if (m.type === 'stop') {
    await app.close();
    await handle.close();
    process.exit(0);
  }
});
// The parent going away ends this process too: it must never outlive the run.
process.on('disconnect', () => process.exit(0));
