import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../db/client.js';
import {
  freshTarget,
  type Receiver,
  type ServeProcess,
  type ServeTarget,
  startReceiver,
  startServe,
  waitFor,
} from '../test/serve-process.js';

// Kill the server with SIGKILL in the middle of a burst of scorecard submissions, restart it on
// the same database, and check that what was acknowledged survived whole and that the outbox
// still announces every committed submission (and nothing else) to a webhook receiver.

const INTERVIEWS = 12;
const PANELLISTS = 5;
const IN_FLIGHT = 8;
const KILL_AFTER = 24;
/** Short dispatcher timings, so claims held by the killed process run out within seconds. */
const FAST_WEBHOOKS = {
  CALIPER_WEBHOOK_POLL_MS: '200',
  CALIPER_WEBHOOK_TIMEOUT_MS: '2000',
  CALIPER_WEBHOOK_LEASE_MS: '3000',
};

const dir = mkdtempSync(join(tmpdir(), 'caliper-crash-'));
const children: ServeProcess[] = [];
let receiver: Receiver | undefined;
let dropDb: () => Promise<void> = async () => {};
afterAll(async () => {
  for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
  await Promise.all(children.map((c) => c.exited));
  await receiver?.close();
  await dropDb();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(target: ServeTarget): Promise<ServeProcess> {
  const s = await startServe(target, FAST_WEBHOOKS);
  children.push(s);
  return s;
}

type Json = Record<string, unknown> & { id?: string };
type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; json: Json }>;

/** A caller authenticated with a bearer token against a server URL. */
function caller(base: () => string, token: string): Call {
  return async (method, path, body) => {
    const res = await fetch(`${base()}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : {}) as Json };
  };
}

/** Sign in with a password and mint a personal API token (the cookie is only needed for that). */
async function tokenFor(url: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const res = await fetch(`${url}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'crash test' }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

const cardFor = (dimensions: string[], marker: string) => ({
  ratings: dimensions.map((dimension, i) => ({
    dimension,
    score: (i % 5) + 1,
    evidence: `${marker}: they walked through the failure mode and its recovery for ${dimension}`,
  })),
  notes: `${marker} notes`,
  recommendation: 4,
});

interface Submission {
  interviewId: string;
  panellist: number;
}

describe('crash safety: SIGKILL in the middle of a burst of scorecard submissions', () => {
  it('keeps every acknowledged submission whole and still delivers its webhook after restart', async () => {
    const target = await freshTarget(dir);
    dropDb = target.drop;
    receiver = await startReceiver();
    let server = await serve(target);
    const base = () => server.url;
    await waitFor(() => server.output().includes('Sign in with'), 120_000, 'the demo organisation was not seeded');
    const [, adminEmail, adminPassword] = /admin\s+(\S+@\S+)\s+password: (\S+)/.exec(server.output()) ?? [];
    const admin = caller(base, await tokenFor(server.url, adminEmail ?? '', adminPassword ?? ''));

    const hook = await admin('POST', '/api/v1/webhooks', { url: receiver.url, events: ['scorecard.submitted'] });
    expect(hook.status).toBe(201);
    receiver.secret = String(hook.json.secret);

    // A panel of interviewers, each with their own token.
    const panel: { id: string; call: Call }[] = [];
    for (let p = 0; p < PANELLISTS; p++) {
      const email = `crash-panellist-${p}@example.com`;
      const password = `crash-password-${p}`;
      const member = await admin('POST', '/api/v1/members', {
        email,
        name: `Panellist ${p}`,
        role: 'interviewer',
        password,
      });
      expect(member.status).toBe(201);
      panel.push({ id: String(member.json.id), call: caller(base, await tokenFor(server.url, email, password)) });
    }
    const role = await admin('POST', '/api/v1/roles', {
      title: 'Crash Test Engineer',
      level: 'mid',
      band: { min: 100000, max: 120000 },
      location: 'Remote',
    });
    const loop = await admin('GET', `/api/v1/roles/${role.json.id}/loop`);
    const stages = loop.json.stages as { key: string; questions: unknown[] }[];
    const stage = stages.find((s) => s.questions.length > 0)?.key;
    const interviewIds: string[] = [];
    for (let i = 0; i < INTERVIEWS; i++) {
      const cand = await admin('POST', '/api/v1/candidates', {
        name: `Candidate ${i}`,
        email: `crash-candidate-${i}@example.com`,
        roleId: role.json.id,
      });
      const applications = cand.json.applications as { id: string }[];
      const interview = await admin('POST', '/api/v1/interviews', {
        applicationId: applications[0]?.id,
        stage,
        scheduledAt: '2026-12-01T10:00:00Z',
        interviewerIds: panel.map((p) => p.id),
      });
      expect(interview.status).toBe(201);
      interviewIds.push(String(interview.json.id));
    }
    const kit = await panel[0]?.call('GET', `/api/v1/interviews/${interviewIds[0]}`);
    const dimensions = ((kit?.json.dimensions ?? []) as { id: string }[]).map((d) => d.id);
    expect(dimensions.length).toBeGreaterThan(0);

    // Every panellist saves a draft first, so an unacknowledged submission is either committed or a plain draft.
    const all: Submission[] = interviewIds.flatMap((interviewId) =>
      panel.map((_, panellist) => ({ interviewId, panellist })),
    );
    for (const s of all) {
      const saved = await panel[s.panellist]?.call(
        'PUT',
        `/api/v1/interviews/${s.interviewId}/scorecards/me`,
        cardFor(dimensions, `${s.interviewId}/${s.panellist}`),
      );
      expect(saved?.status).toBe(200);
    }

    // The burst: a bounded number in flight; SIGKILL once KILL_AFTER have been acknowledged.
    const acknowledged = new Map<string, string>(); // scorecard id -> interviewId/panellist
    const refused: number[] = [];
    const queue = [...all];
    const killed = server;
    const worker = async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        try {
          const res = await panel[s.panellist]?.call(
            'POST',
            `/api/v1/interviews/${s.interviewId}/scorecards/me/submit`,
          );
          if (res && res.status >= 200 && res.status < 300) {
            expect(res.json.status).toBe('submitted');
            acknowledged.set(String(res.json.id), `${s.interviewId}/${s.panellist}`);
            if (acknowledged.size >= KILL_AFTER) killed.child.kill('SIGKILL');
          } else refused.push(res?.status ?? 0);
        } catch {
          // The connection died with the server: not acknowledged, committed or not.
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(await killed.exited).toBe('SIGKILL');
    expect(refused).toEqual([]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(all.length);

    // Restart on the same database; the panellists' own view tells which submissions committed.
    server = await serve(target);
    const committed = new Set<string>();
    for (const s of all) {
      const own = await panel[s.panellist]?.call('GET', `/api/v1/interviews/${s.interviewId}/scorecards/me`);
      expect(own?.status).toBe(200);
      if (own?.json.status === 'submitted') committed.add(String(own.json.id));
      else expect(own?.json.status).toBe('draft');
    }
    for (const id of acknowledged.keys()) expect(committed.has(id)).toBe(true);

    // The outbox announces every committed submission, at least once, with a valid signature.
    const announced = () => new Set(receiver?.received.map((r) => String(r.data.scorecardId)));
    await waitFor(
      () => [...committed].every((id) => announced().has(id)),
      60_000,
      'not every committed submission was delivered after the restart',
    );
    const stopped = server.exited;
    server.child.kill('SIGTERM');
    expect(await stopped).toBe(0);

    for (const r of receiver.received) {
      expect(r.type).toBe('scorecard.submitted');
      expect(r.signed).toBe(true);
      // Nothing is announced that did not commit.
      expect(committed.has(String(r.data.scorecardId))).toBe(true);
    }
    // Retries reuse the event id: one distinct id per committed submission.
    const eventIdsByCard = new Map<string, Set<string>>();
    for (const r of receiver.received) {
      const ids = eventIdsByCard.get(String(r.data.scorecardId)) ?? new Set<string>();
      ids.add(r.eventId);
      eventIdsByCard.set(String(r.data.scorecardId), ids);
    }
    for (const id of committed) expect(eventIdsByCard.get(id)?.size).toBe(1);

    await checkStoredState(target, interviewIds, committed, receiver);
  }, 240_000);
});

/** Rows of a raw query (both drivers answer with `{ rows }`). */
async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Open the stopped server's database and check that every scorecard is either whole or a plain draft. */
async function checkStoredState(target: ServeTarget, interviewIds: string[], committed: Set<string>, r: Receiver) {
  const handle = await createDb(
    target.databaseUrl
      ? { kind: 'postgres', url: target.databaseUrl, poolSize: 2 }
      : { kind: 'pglite', dataDir: target.dataDir },
  );
  try {
    const cards = await rowsOf<{
      id: string;
      interview_id: string;
      status: string;
      version: number;
      content: { ratings: { dimension: string; score: number | null }[] };
      versions: number;
      first_versions: number;
      events: number;
    }>(
      handle.db,
      sql`
        select s.id::text as id, s.interview_id::text as interview_id, s.status, s.version,
          s.content as content,
          (select count(*) from scorecard_versions v where v.scorecard_id = s.id)::int as versions,
          (select count(*) from scorecard_versions v where v.scorecard_id = s.id and v.version = 1)::int as first_versions,
          (select count(*) from outbox_events e
             where e.type = 'scorecard.submitted' and e.payload->>'scorecardId' = s.id::text)::int as events
        from scorecards s`,
    );
    const ratings = await rowsOf<{ scorecard_id: string; dimension: string; score: number | null }>(
      handle.db,
      sql`select scorecard_id::text as scorecard_id, dimension, score from scorecard_ratings`,
    );
    const mine = cards.filter((c) => interviewIds.includes(c.interview_id));
    expect(mine).toHaveLength(interviewIds.length * PANELLISTS);
    for (const c of mine) {
      const rows = ratings.filter((x) => x.scorecard_id === c.id);
      if (c.status === 'submitted') {
        expect(committed.has(c.id)).toBe(true);
        expect({ version: c.version, versions: c.versions, first: c.first_versions, events: c.events }).toEqual({
          version: 1,
          versions: 1,
          first: 1,
          events: 1,
        });
        const expected = c.content.ratings.map(({ dimension, score }) => ({ dimension, score }));
        const stored = rows.map(({ dimension, score }) => ({ dimension, score }));
        const byDimension = (a: { dimension: string }, b: { dimension: string }) =>
          a.dimension.localeCompare(b.dimension);
        expect(stored.sort(byDimension)).toEqual(expected.sort(byDimension));
      } else {
        expect(c.status).toBe('draft');
        expect(committed.has(c.id)).toBe(false);
        expect({ versions: c.versions, events: c.events, ratings: rows.length }).toEqual({
          versions: 0,
          events: 0,
          ratings: 0,
        });
      }
    }
    // Every event a receiver saw is one the database holds.
    const events = await rowsOf<{ id: string }>(
      handle.db,
      sql`select id::text as id from outbox_events where type = 'scorecard.submitted'`,
    );
    const known = new Set(events.map((e) => e.id));
    for (const d of r.received) expect(known.has(d.eventId)).toBe(true);
  } finally {
    await handle.close();
  }
}
