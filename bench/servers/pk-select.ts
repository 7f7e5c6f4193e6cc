// Baseline: a Fastify route doing one primary-key SELECT through the app's own driver and ORM
// (embedded PGlite in DATA_DIR, or node-postgres when DATABASE_URL is set), in its own process.
import { eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { createDb } from '../../src/db/client.js';
import { organisations } from '../../src/db/schema.js';

const url = process.env.DATABASE_URL;
const handle = await createDb(
  url ? { kind: 'postgres', url, poolSize: 10 } : { kind: 'pglite', dataDir: process.env.DATA_DIR ?? ':memory:' },
);
await handle.migrate();
const [first] = await handle.db.select({ id: organisations.id }).from(organisations).limit(1);
if (!first) throw new Error('the benchmark database has no organisation to read; seed it first');
const id = first.id;

const app = Fastify({ logger: false });
app.get('/pk', async () => {
  const [row] = await handle.db.select().from(organisations).where(eq(organisations.id, id));
  return { id: row?.id, name: row?.name };
});
app.addHook('onClose', async () => handle.close());
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void app.close());
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
