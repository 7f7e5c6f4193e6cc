/**
 * Round trips to PostgreSQL per request, counted in-process (every `pg` client query,
 * BEGIN and COMMIT included). Unlike req/s this does not depend on how busy the machine is,
 * so it shows what a change to a route's queries did.
 */
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/client.js';
import { buildApp } from '../src/http/app.js';
import { seedDemo } from '../src/services/demo/seed-demo.js';
import { syncBuiltInBank } from '../src/services/questions/sync-built-in-bank.js';

/** One request and how many statements it sent. */
export interface QueryCount {
  request: string;
  status: number;
  queries: number;
}

/** Count statements per request for the routes with speed targets, on a PostgreSQL database. */
export async function countQueries(url: string): Promise<QueryCount[]> {
  const handle = await createDb({ kind: 'postgres', url, poolSize: 4 });
  await handle.migrate();
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: url });
  const deps = { db: handle.db, config, now: () => new Date() };
  await syncBuiltInBank(handle.db, new Date());
  const seed = await seedDemo(deps, { orgName: 'Query count org' });
  const app = await buildApp({ config, database: handle });
  await app.ready();
  let count = 0;
  const original = pg.Client.prototype.query;
  // Counting wrapper: same arguments, same result, one more to the tally.
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  const out: QueryCount[] = [];
  try {
    const admin = seed.users.find((u) => u.role === 'admin');
    const iv = seed.interviews.find((i) =>
      seed.users.some((u) => u.role === 'interviewer' && i.interviewerIds.includes(u.id)),
    );
    const interviewer = seed.users.find((u) => u.role === 'interviewer' && iv?.interviewerIds.includes(u.id));
    if (!admin || !iv || !interviewer) throw new Error('the demo seed has no interview with an interviewer');
    const as = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });
    const measure = async (request: string, run: () => Promise<{ statusCode: number }>) => {
      await run(); // warm: caches and lazily prepared state are not what is counted
      count = 0;
      const res = await run();
      out.push({ request, status: res.statusCode, queries: count });
    };
    const kitUrl = `/api/v1/interviews/${iv.id}`;
    const kit = await app.inject({ url: kitUrl, headers: as(interviewer.token) });
    const schedule = async () =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/interviews',
          headers: as(admin.token),
          payload: {
            applicationId: iv.applicationId,
            stage: kit.json().stage.key,
            scheduledAt: '2027-01-04T10:00:00Z',
            interviewerIds: [interviewer.id],
          },
        })
      ).json().id as string;
    const card = {
      ratings: kit.json().dimensions.map((d: { id: string }) => ({
        dimension: d.id,
        score: 3,
        evidence: 'They said the retry reuses the idempotency key, which suggests they know the failure mode.',
      })),
      notes: 'Query count',
      recommendation: 3,
    };
    const listEtag = (await app.inject({ url: '/api/v1/questions?limit=20' })).headers.etag as string;
    await measure('GET /api/v1/questions?limit=20, anonymous', () => app.inject({ url: '/api/v1/questions?limit=20' }));
    await measure('GET /api/v1/questions?limit=20, anonymous, If-None-Match', () =>
      app.inject({ url: '/api/v1/questions?limit=20', headers: { 'if-none-match': listEtag } }),
    );
    await measure('GET /api/v1/questions?limit=20, signed in (token)', () =>
      app.inject({ url: '/api/v1/questions?limit=20', headers: as(interviewer.token) }),
    );
    await measure('GET /api/v1/interviews/:id (kit, token)', () =>
      app.inject({ url: kitUrl, headers: as(interviewer.token) }),
    );
    await measure('GET /api/v1/interviews/:id (kit, token), If-None-Match', () =>
      app.inject({ url: kitUrl, headers: as(interviewer.token, { 'if-none-match': kit.headers.etag as string }) }),
    );
    const draftId = await schedule();
    await measure('PUT …/scorecards/me (autosave, token)', () =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/interviews/${draftId}/scorecards/me`,
        headers: as(interviewer.token),
        payload: card,
      }),
    );
    const cold = [await schedule(), await schedule()];
    await measure('PUT …/scorecards/me (autosave, token, first save on a fresh interview)', () =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/interviews/${cold.pop()}/scorecards/me`,
        headers: as(interviewer.token),
        payload: card,
      }),
    );
    const fresh = [await schedule(), await schedule()];
    await measure('POST …/scorecards/me/submit (token, fresh interview)', () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/interviews/${fresh.pop()}/scorecards/me/submit`,
        headers: as(interviewer.token),
        payload: card,
      }),
    );
  } finally {
    pg.Client.prototype.query = original;
    await app.close();
    await handle.close();
  }
  return out;
}

// `npx tsx bench/query-count.ts` prints the counts alone (BENCH_DATABASE_URL or a throwaway server).
if (process.argv[1]?.endsWith('query-count.ts')) {
  const { benchPostgres } = await import('./pg.js');
  const pgServer = await benchPostgres();
  if ('skip' in pgServer) {
    process.stdout.write(`skipped: ${pgServer.skip}\n`);
  } else {
    try {
      for (const c of await countQueries(pgServer.url))
        process.stdout.write(`${String(c.queries).padStart(3)}  ${c.status}  ${c.request}\n`);
    } finally {
      pgServer.stop();
    }
  }
}
