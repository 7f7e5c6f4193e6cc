/**
 * Hostile input, property-based: every write route of the app's own OpenAPI document (so a new
 * route is fuzzed the day it lands) gets malformed JSON, wrong types, huge strings, control
 * characters, lone surrogates, prototype-pollution keys, SQL and script payloads, deep nesting
 * and unknown ids, as an admin and as an interviewer. Whatever arrives, the server answers
 * below 500 with the documented error shape, leaves Object.prototype alone, and a refused
 * request writes nothing (row counts of every table are unchanged).
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed in the failure> npx vitest run src/http/fuzz.test.ts.
 * FUZZ_RUNS=<n> runs longer (admin runs per route); FUZZ_STATS=1 prints the statuses each route
 * answered (2 adds the start of each body), to see how deep the inputs reach.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../services/questions/sync-built-in-bank.js';
import { AccessFixtures } from '../test/access-fixtures.js';
import { createTestApp } from '../test/app.js';
import { type FuzzBody, hostileBody, type JsonSchema, UNKNOWN_IDS } from '../test/hostile.js';
import { bearer, seedOrg, userWith } from '../test/seed.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const ADMIN_RUNS = Number(process.env.FUZZ_RUNS ?? 16);
const INTERVIEWER_RUNS = 5;
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
/** Failed sign-ins are recorded on purpose (lock-out counter and audit trail), refused or not. */
const WRITES_EVEN_WHEN_REFUSED: Record<string, string[]> = {
  'POST /api/v1/auth/login': ['login_attempts', 'audit_log'],
};

interface Operation {
  method: string;
  path: string;
  bodySchema: JsonSchema | undefined;
}

// The route list is read from the running app before the tests are declared, so each
// operation is its own test and a new route needs no edit here.
const t = await createTestApp();
afterAll(async () => t.close());

const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
};
const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops)
    .filter(([m]) => WRITE_METHODS.has(m))
    .map(([m, op]) => ({
      method: m.toUpperCase(),
      path,
      bodySchema: op.requestBody?.content?.['application/json']?.schema,
    })),
);

await syncBuiltInBank(t.handle.db, t.clock.now);
const org = await seedOrg(t, 'Fuzz Org');
await seedOrg(t, 'Other Org');
const admin = userWith(org, 'admin');
const interviewer = userWith(org, 'interviewer');
const fx = new AccessFixtures(t, org);
const ids = await seedIds();

/** Real ids of the organisation, by the collection that names them in a path. */
async function seedIds(): Promise<Record<string, string[]>> {
  const role = await fx.role();
  const cand = await fx.candidate(role.id);
  const application = cand.applicationId ?? '';
  const interview = await fx.interview(application, role.stageKey, [interviewer]);
  const spareInterview = await fx.interview(await fx.application(role.id), role.stageKey, [interviewer]);
  await fx.submitScorecard(spareInterview, interviewer);
  // Spare tokens and members: the callers' own must survive the fuzz, or every later request is a 401.
  const token = await fx.token();
  const member = await fx.ok<{ id: string }>('POST', '/api/v1/members', {
    email: 'spare.member@example.com',
    name: 'Spare Member',
    role: 'interviewer',
    password: 'a-long-enough-password',
  });
  // Each caller's own practice profile exists before the fuzz, so creating it is never counted as a write.
  for (const u of [admin, interviewer]) await fx.ok('GET', '/api/v1/practice/profile', undefined, bearer(u));
  const round = await fx.ok<{ id: string; questions: { id: string }[] }>('POST', '/api/v1/practice/rounds', {
    level: 'mid',
    track: 'mix',
    minutes: 30,
  });
  return {
    roles: [role.id],
    candidates: [cand.id],
    applications: [application, spareInterview],
    interviews: [interview, spareInterview],
    questions: [await fx.question(), role.questionId],
    webhooks: [await fx.webhook()],
    tokens: [token],
    members: [member.id],
    users: [member.id],
    rounds: [round.id],
    questionId: round.questions.map((q) => q.id),
    // Only for ids inside bodies (interviewerIds, hiringManagerId): never a path a DELETE could take.
    people: org.users.map((u) => u.id),
  };
}

/** Real ids for a body field named like roleId or interviewerIds. */
function idsForField(key: string): string[] | undefined {
  const noun = key.replace(/Ids?$/, '');
  if (noun === key) return undefined;
  return ids[`${noun}s`] ?? (/interviewer|manager|user|member/.test(noun) ? ids.people : undefined);
}

/** Ids for a path parameter: real ones of the collection it follows, or garbage. */
function paramArb(path: string, name: string): fc.Arbitrary<string> {
  const before = path.split(`/{${name}}`)[0]?.split('/').pop() ?? '';
  const real = ids[name] ?? ids[before] ?? Object.values(ids).flat();
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN_IDS) },
  );
}

/** Concrete URL for the operation. */
function urlArb(path: string): fc.Arbitrary<string> {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  if (names.length === 0) return fc.constant(path);
  return fc
    .tuple(...names.map((n) => paramArb(path, n)))
    .map((values) => names.reduce((url, n, i) => url.replace(`{${n}}`, values[i] ?? ''), path));
}

let tables: string[] = [];
/** Row count of every table, in one round trip. */
async function fingerprint(): Promise<Record<string, number>> {
  if (tables.length === 0) {
    const res = (await t.handle.db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )) as unknown as { rows: { name: string }[] };
    tables = res.rows.map((r) => r.name);
  }
  const cols = tables.map((n) => `(select count(*) from "${n}")::int as "${n}"`).join(', ');
  const res = (await t.handle.db.execute(sql.raw(`select ${cols}`))) as unknown as {
    rows: Record<string, number>[];
  };
  return res.rows[0] ?? {};
}

const statusSeen: string[] = [];
afterAll(() => {
  if (process.env.FUZZ_STATS) {
    const c: Record<string, number> = {};
    for (const x of statusSeen) c[x] = (c[x] ?? 0) + 1;
    console.log(c);
  }
});
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Send one hostile request and check every property; throws with the request when one fails. */
async function probe(
  op: Operation,
  caller: DemoUser,
  url: string,
  body: FuzzBody | undefined,
  idempotencyKey: string | undefined,
): Promise<void> {
  const before = await fingerprint();
  const headers: Record<string, string> = { ...bearer(caller) };
  // A refused request must release its key too, not leave a row behind.
  if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
  let payload: string | undefined;
  if (body?.kind === 'raw') {
    headers['content-type'] = body.contentType;
    payload = body.text;
  } else if (body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.value);
  }
  const res = await t.app.inject({
    method: op.method as 'POST',
    url,
    headers,
    ...(payload !== undefined && { payload }),
  });
  const shown = `${op.method} ${url.slice(0, 120)} as ${caller.role} with ${(payload ?? '(no body)').slice(0, 200)} -> ${res.statusCode} ${res.body.slice(0, 300)}`;
  if (process.env.FUZZ_STATS)
    statusSeen.push(
      `${op.method} ${op.path} ${res.statusCode} ${process.env.FUZZ_STATS === '2' ? res.body.slice(0, 100) : ''}`,
    );
  if (res.statusCode >= 500) throw new Error(`5xx: ${shown}`);
  if (res.statusCode >= 400) {
    let shape = false;
    try {
      const b = res.json() as { error?: { code?: unknown; message?: unknown } };
      shape = typeof b.error?.code === 'string' && typeof b.error?.message === 'string';
    } catch {
      shape = false;
    }
    if (!shape) throw new Error(`error body without {error:{code,message}}: ${shown}`);
    const after = await fingerprint();
    const allowed = WRITES_EVEN_WHEN_REFUSED[`${op.method} ${op.path}`] ?? [];
    const changed = Object.keys(after).filter((k) => after[k] !== before[k] && !allowed.includes(k));
    if (changed.length) throw new Error(`refused but wrote rows in ${changed.join(', ')}: ${shown}`);
  }
  const keys = Object.getOwnPropertyNames(Object.prototype).sort();
  if (keys.join() !== PROTO_KEYS.join() || ({} as Record<string, unknown>).polluted !== undefined)
    throw new Error(`Object.prototype polluted: ${shown}`);
}

/** Mostly no Idempotency-Key; sometimes a fresh one, or one the server must refuse. */
const keyArb = fc.option(fc.oneof(fc.uuid(), fc.constantFrom('k'.repeat(300), "' OR 1=1 --", '', 'a b')), {
  freq: 3,
  nil: undefined,
});

async function fuzz(op: Operation, caller: DemoUser, numRuns: number): Promise<void> {
  const bodyArb = fc.option(hostileBody(op.bodySchema, idsForField), { freq: 8, nil: undefined });
  await fc.assert(
    fc.asyncProperty(urlArb(op.path), bodyArb, keyArb, (url, body, key) => probe(op, caller, url, body, key)),
    // No shrinking: one counterexample, with the seed, is enough, and shrinking 1 MB bodies is slow.
    { seed: SEED, numRuns, endOnFailure: true },
  );
}

describe(`hostile input to every write route (seed ${SEED})`, () => {
  it('finds the write routes in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.map((o) => `${o.method} ${o.path}`)).toContain('POST /api/v1/candidates');
  });

  it('accepts valid text that looks like an attack and stores it verbatim (rendering must make it inert)', async () => {
    const name = '<script>window.__pwned=1</script> "><svg onload=alert(1)>';
    const accommodations = `'; DROP TABLE candidates; -- <img src=x onerror="window.__pwned=1"> javascript:alert(1)`;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/candidates',
      headers: bearer(admin),
      payload: { name, email: 'hostile.name@example.com', roleId: ids.roles?.[0], accommodations },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const read = await t.app.inject({ url: `/api/v1/candidates/${id}`, headers: bearer(admin) });
    expect(read.json()).toMatchObject({ name, applications: [{ accommodations }] });
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/candidates',
      headers: bearer(admin),
      payload: { name: 'nul\u0000byte', email: 'nul.byte@example.com' },
    });
    expect(refused.statusCode).toBe(400);
    // Half a character: JSON escapes it as \ud800, which PostgreSQL's jsonb (the audit trail) refuses.
    const half = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...bearer(admin), 'content-type': 'application/json' },
      payload: '{"name":"lone \\ud800 surrogate"}',
    });
    expect(half.statusCode).toBe(400);
    expect(half.json().error.message).toContain('valid Unicode');
  });

  for (const op of operations) {
    it(`${op.method} ${op.path}`, async () => {
      await fuzz(op, admin, ADMIN_RUNS);
      await fuzz(op, interviewer, INTERVIEWER_RUNS);
    });
  }
});
