import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed, DemoUser } from '../../../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
let other: DemoSeed;
let i1: DemoUser;
let i2: DemoUser;
let admin: DemoUser;
let hm: DemoUser;
let recruiter: DemoUser;
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Privacy Org');
  other = await seedOrg(t, 'Elsewhere');
  [i1, i2] = org.users.filter((u) => u.role === 'interviewer') as [DemoUser, DemoUser];
  admin = userWith(org, 'admin');
  hm = userWith(org, 'hiring_manager');
  recruiter = userWith(org, 'recruiter');
});
afterAll(async () => t?.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, user: DemoUser, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...bearer(user), ...headers }, ...(payload && { payload }) });

/** Call and return the JSON body (whatever shape the route answers); throws unless 2xx. */
async function ok(method: Method, url: string, user: DemoUser, payload?: object, headers = {}) {
  const res = await call(method, url, user, payload, headers);
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.body ? res.json() : {};
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.handle.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** For each text, the tables (and row counts) that mention it anywhere (the whole row as text). */
async function mentions(needles: string[]): Promise<Record<string, Record<string, number>>> {
  const tables = await rows<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const found: Record<string, Record<string, number>> = Object.fromEntries(needles.map((n) => [n, {}]));
  for (const { table_name } of tables) {
    const counts = sql.join(
      needles.map((n, i) => sql`count(*) filter (where x::text ilike ${`%${n}%`})::int as ${sql.identifier(`n${i}`)}`),
      sql`, `,
    );
    const [row] = await rows<Record<string, number>>(sql`select ${counts} from ${sql.identifier(table_name)} x`);
    needles.forEach((n, i) => {
      const k = row?.[`n${i}`] ?? 0;
      if (k > 0) (found[n] as Record<string, number>)[table_name] = k;
    });
  }
  return found;
}

let counter = 0;
/** A candidate with every kind of data: contact details, accommodations, demographics, two
 * scorecards (one amended), notes, red flags, a debrief, a decision, webhook events and an
 * idempotent create whose stored response repeats their name. */
async function richCandidate(opts: { allSubmitted: boolean } = { allSubmitted: true }) {
  counter += 1;
  const tag = `T${counter}X${Math.random().toString(36).slice(2, 7)}`;
  const role = await ok('POST', '/api/v1/roles', admin, {
    title: `Privacy role ${tag}`,
    level: 'mid',
    band: { min: 130000, max: 160000 },
    location: 'Remote',
  });
  const loop = await ok('GET', `/api/v1/roles/${role.id}/loop`, admin);
  const stage = loop.stages.find((s: { questions: unknown[] }) => s.questions.length > 0);
  await ok('POST', '/api/v1/webhooks', admin, {
    url: `https://ats.example.com/hook-${tag}`,
    events: ['scorecard.submitted', 'decision.made'],
  });
  const person = {
    name: `Zelda ${tag} Quux`,
    email: `zelda.${tag.toLowerCase()}@example.com`,
    phone: `+44 7700 ${String(900000 + counter)}`,
  };
  const cand = await ok(
    'POST',
    '/api/v1/candidates',
    admin,
    { ...person, roleId: role.id, accommodations: `ACCOM-${tag} needs step-free access` },
    { 'idempotency-key': `create-${tag}` },
  );
  const applicationId: string = cand.applications[0].id;
  await ok('PUT', `/api/v1/candidates/${cand.id}/demographics`, recruiter, {
    consent: true,
    gender: 'woman',
    ageBand: '25-34',
  });
  const interview = await ok('POST', '/api/v1/interviews', admin, {
    applicationId,
    stage: stage.key,
    scheduledAt: '2026-12-01T10:00:00Z',
    interviewerIds: [i1.id, i2.id],
  });
  const kit = await ok('GET', `/api/v1/interviews/${interview.id}`, i1);
  const dims: string[] = kit.dimensions.map((d: { id: string }) => d.id);
  const card = (marker: string, score: number) => ({
    ratings: dims.map((dimension) => ({
      dimension,
      score,
      evidence: `${marker}-${tag}: they said they measured first`,
    })),
    questionNotes: [{ questionId: stage.questions[0].id, note: `QNOTE-${tag} asked about retries` }],
    notes: `NOTE-${tag} overall impression`,
    redFlags: ['absolutes'],
    recommendation: score,
  });
  const base = `/api/v1/interviews/${interview.id}/scorecards/me`;
  await ok('POST', `${base}/submit`, i1, card('EVIDA', 3));
  await ok('POST', `${base}/amend`, i1, { ...card('EVIDB', 4), reason: `AMEND-${tag} misread my notes` });
  if (opts.allSubmitted) {
    await ok('POST', `${base}/submit`, i2, card('EVIDC', 2));
    await ok('POST', `/api/v1/applications/${applicationId}/debrief/open`, hm);
    await ok('POST', `/api/v1/applications/${applicationId}/decisions`, hm, {
      outcome: 'reject',
      rationale: `RATIONALE-${tag} the design answer stayed vague under follow-up`,
      dissent: `DISSENT-${tag} I would have advanced`,
    });
    // A receiver that echoed the payload back into the delivery log.
    await t.handle.db.execute(
      sql`update webhook_deliveries set last_error = ${`receiver said: ${person.email} unknown`}
          where event_id in (select id from outbox_events where payload->>'applicationId' = ${applicationId})`,
    );
  } else {
    await ok('PUT', base, i2, card('EVIDD', 2));
  }
  return { tag, id: cand.id as string, applicationId, interviewId: interview.id as string, roleId: role.id, person };
}

describe('subject-access export', () => {
  it('contains everything held about the person', async () => {
    const c = await richCandidate();
    const res = await call('GET', `/api/v1/candidates/${c.id}/export`, admin);
    expect(res.statusCode, res.body).toBe(200);
    const x = res.json();
    expect(x.candidate).toMatchObject(c.person);
    expect(x.demographics.data).toEqual({ gender: 'woman', ageBand: '25-34' });
    expect(x.consents).toEqual([expect.objectContaining({ purpose: 'demographics', granted: true })]);
    const app = x.applications[0];
    expect(app).toMatchObject({
      id: c.applicationId,
      status: 'rejected',
      accommodations: `ACCOM-${c.tag} needs step-free access`,
    });
    expect(app.stage).toEqual(expect.any(String));
    const interview = app.interviews[0];
    expect(interview.panel.map((p: { name: string }) => p.name).sort()).toEqual([i1.name, i2.name].sort());
    expect(interview.scorecards).toHaveLength(2);
    const mine = interview.scorecards.find((s: { interviewer: { id: string } }) => s.interviewer.id === i1.id);
    expect(mine.interviewer.name).toBe(i1.name);
    expect(mine.content.notes).toBe(`NOTE-${c.tag} overall impression`);
    expect(mine.content.questionNotes[0].note).toBe(`QNOTE-${c.tag} asked about retries`);
    expect(mine.content.redFlags).toEqual(['absolutes']);
    expect(mine.content.recommendation).toBe(4);
    expect(mine.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(mine.versions[0].content.ratings[0].evidence).toContain(`EVIDA-${c.tag}`);
    expect(mine.versions[1].content.ratings[0].evidence).toContain(`EVIDB-${c.tag}`);
    expect(mine.versions[1].amendmentReason).toBe(`AMEND-${c.tag} misread my notes`);
    expect(app.debrief.openedBy.name).toBe(hm.name);
    expect(app.decisions[0]).toMatchObject({
      outcome: 'reject',
      rationale: `RATIONALE-${c.tag} the design answer stayed vague under follow-up`,
      dissent: `DISSENT-${c.tag} I would have advanced`,
      decidedBy: { id: hm.id, name: hm.name },
    });
    const actions = x.auditEntries.map((e: { action: string }) => e.action);
    for (const a of [
      'candidate.created',
      'demographics.recorded',
      'interview.scheduled',
      'scorecard.submitted',
      'scorecard.amended',
      'debrief.opened',
      'decision.made',
    ])
      expect(actions, a).toContain(a);
    expect(x.webhookEvents.map((e: { type: string }) => e.type).sort()).toEqual([
      'decision.made',
      'scorecard.submitted',
      'scorecard.submitted',
    ]);
    expect(x.withheldScorecards).toBe(0);
    expect(x.withheldNote).toBeNull();
  });

  it('withholds scorecards the caller may not see yet, and says when they will be included', async () => {
    const c = await richCandidate({ allSubmitted: false });
    const x = (await call('GET', `/api/v1/candidates/${c.id}/export`, admin)).json();
    expect(x.withheldScorecards).toBe(2);
    expect(x.withheldNote).toMatch(/once every interviewer on that interview has submitted/);
    expect(x.applications[0].interviews[0].scorecards).toEqual([]);
    expect(x.webhookEvents.map((e: { type: string }) => e.type)).not.toContain('scorecard.submitted');
    const body = JSON.stringify(x);
    for (const marker of ['EVIDA', 'EVIDB', 'EVIDD', 'QNOTE', 'NOTE-', 'AMEND-']) expect(body).not.toContain(marker);
  });

  it('is for admins only, and another organisation gets a 404', async () => {
    const c = await richCandidate({ allSubmitted: false });
    for (const u of [recruiter, hm, i1])
      expect((await call('GET', `/api/v1/candidates/${c.id}/export`, u)).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/candidates/${c.id}/export`, userWith(other, 'admin'))).statusCode).toBe(404);
  });
});

describe('rectification', () => {
  it('corrects contact details and audits the field names, not the values', async () => {
    const c = await ok('POST', '/api/v1/candidates', admin, { name: 'Rect Ifyme', email: 'old.rect@example.com' });
    const res = await call('PATCH', `/api/v1/candidates/${c.id}`, recruiter, {
      email: 'New.Rect@Example.com',
      phone: '+1 555 0100',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Rect Ifyme', email: 'new.rect@example.com', phone: '+1 555 0100' });
    expect((await ok('GET', `/api/v1/candidates/${c.id}`, admin)).email).toBe('new.rect@example.com');
    const audit = await rows<{ payload: { fields: string[] } }>(
      sql`select payload from audit_log where action = 'candidate.rectified' and target_id = ${c.id}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.payload.fields.sort()).toEqual(['email', 'phone']);
    expect(JSON.stringify(audit)).not.toContain('rect@example.com');
  });

  it('refuses an empty, invalid or unknown body with a 400, and interviewers with a 403', async () => {
    const c = await ok('POST', '/api/v1/candidates', admin, { name: 'Bad Body', email: 'bad.body@example.com' });
    for (const body of [{}, { email: 'not-an-email' }, { name: '' }, { salary: 100 }]) {
      const res = await call('PATCH', `/api/v1/candidates/${c.id}`, admin, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await call('PATCH', `/api/v1/candidates/${c.id}`, i1, { name: 'X' })).statusCode).toBe(403);
    expect((await call('PATCH', `/api/v1/candidates/${c.id}`, hm, { name: 'X' })).statusCode).toBe(403);
  });
});

describe('consent records', () => {
  it('records each grant, deletes the answers on withdrawal and keeps the history', async () => {
    const c = await ok('POST', '/api/v1/candidates', admin, { name: 'Con Sent', email: 'con.sent@example.com' });
    const consents = async () => (await ok('GET', `/api/v1/candidates/${c.id}/consents`, recruiter)).items;
    expect(await consents()).toEqual([]);
    await ok('PUT', `/api/v1/candidates/${c.id}/demographics`, admin, { consent: true, gender: 'man' });
    expect((await consents()).map((r: { granted: boolean }) => r.granted)).toEqual([true]);
    t.clock.advance(60_000);
    const withdrawn = await call('DELETE', `/api/v1/candidates/${c.id}/demographics`, recruiter);
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect((await call('GET', `/api/v1/candidates/${c.id}/demographics`, admin)).statusCode).toBe(404);
    const [row] = await rows<{ n: number }>(
      sql`select count(*)::int as n from candidate_demographics where candidate_id = ${c.id}`,
    );
    expect(row?.n).toBe(0);
    const history = await consents();
    expect(history.map((r: { granted: boolean }) => r.granted)).toEqual([true, false]);
    expect(history[1].purpose).toBe('demographics');
    expect(Date.parse(history[1].at)).toBeGreaterThan(Date.parse(history[0].at));
    expect((await call('DELETE', `/api/v1/candidates/${c.id}/demographics`, recruiter)).statusCode).toBe(404);
  });

  it('is for admins and recruiters only', async () => {
    const c = await ok('POST', '/api/v1/candidates', admin, { name: 'Con Roles', email: 'con.roles@example.com' });
    for (const u of [hm, i1]) {
      expect((await call('GET', `/api/v1/candidates/${c.id}/consents`, u)).statusCode).toBe(403);
      expect((await call('DELETE', `/api/v1/candidates/${c.id}/demographics`, u)).statusCode).toBe(403);
    }
    expect((await call('GET', `/api/v1/candidates/${c.id}/consents`, userWith(other, 'admin'))).statusCode).toBe(404);
  });
});

describe('erasure', () => {
  it('removes the identity and every free text from every table, keeping the anonymous counts', async () => {
    const c = await richCandidate();
    const keep = () =>
      rows<Record<string, number>>(sql`select
        (select count(*)::int from applications where candidate_id = ${c.id}) as applications,
        (select count(*)::int from candidate_demographics where candidate_id = ${c.id}) as demographics,
        (select count(*)::int from consent_records where candidate_id = ${c.id}) as consents,
        (select count(*)::int from scorecard_versions v join scorecards s on s.id = v.scorecard_id where s.interview_id = ${c.interviewId}) as versions,
        (select count(*)::int from decisions where application_id = ${c.applicationId}) as decisions,
        (select count(*)::int from outbox_events where payload->>'applicationId' = ${c.applicationId}) as events`);
    const ratings = () =>
      rows(sql`select scorecard_id, dimension, score, recommendation from scorecard_ratings
               where interview_id = ${c.interviewId} order by scorecard_id, dimension`);
    const [countsBefore, ratingsBefore] = [await keep(), await ratings()];
    expect(ratingsBefore.length).toBeGreaterThan(0);
    const needles = [
      c.person.name,
      c.person.email,
      c.person.phone,
      `ACCOM-${c.tag}`,
      `EVIDA-${c.tag}`,
      `EVIDB-${c.tag}`,
      `EVIDC-${c.tag}`,
      `NOTE-${c.tag}`,
      `QNOTE-${c.tag}`,
      `AMEND-${c.tag}`,
      `RATIONALE-${c.tag}`,
      `DISSENT-${c.tag}`,
    ];
    // Each is really stored somewhere first, so finding none later means something.
    const before = await mentions(needles);
    for (const n of needles) expect(Object.keys(before[n] ?? {}), n).not.toEqual([]);
    expect(before[c.person.name]).toHaveProperty('idempotency_keys');
    expect(before[c.person.email]).toHaveProperty('webhook_deliveries');
    expect(before[`RATIONALE-${c.tag}`]).toHaveProperty('audit_log');

    const res = await call('DELETE', `/api/v1/candidates/${c.id}`, admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ candidateId: c.id, applications: 1, scorecards: 2 });

    expect(await mentions(needles)).toEqual(Object.fromEntries(needles.map((n) => [n, {}])));
    expect(await keep()).toEqual(countsBefore);
    expect(await ratings()).toEqual(ratingsBefore);
    const [decision] = await rows<{ outcome: string }>(
      sql`select outcome from decisions where application_id = ${c.applicationId}`,
    );
    expect(decision?.outcome).toBe('reject');
    const cards = await rows<{
      content: { ratings: { score: number; evidence: string }[]; redFlags: string[]; recommendation: number };
    }>(sql`select content from scorecards where interview_id = ${c.interviewId}`);
    for (const card of cards) {
      expect(card.content.redFlags).toEqual([]);
      expect(card.content.ratings.every((r) => r.evidence === '' && r.score >= 1)).toBe(true);
      expect(card.content.recommendation).toBeGreaterThan(0);
    }
    const [erased] = await rows<{ payload: Record<string, unknown>; actor_user_id: string }>(
      sql`select payload, actor_user_id from audit_log where action = 'candidate.erased' and target_id = ${c.id}`,
    );
    expect(erased?.actor_user_id).toBe(admin.id);
    expect(erased?.payload).toMatchObject({ reason: 'request', applications: 1, scorecards: 2 });
  });

  it('makes the person disappear: gone from lists, 404 on every read, a second erasure is a 404', async () => {
    const c = await richCandidate({ allSubmitted: false });
    expect((await call('DELETE', `/api/v1/candidates/${c.id}`, admin)).statusCode).toBe(200);
    const got = await call('GET', `/api/v1/candidates/${c.id}`, admin);
    expect(got.statusCode).toBe(404);
    expect(got.json().error.message).toBe('this candidate was erased');
    const list = await ok('GET', '/api/v1/candidates?limit=100', admin);
    expect(list.items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    for (const [method, url] of [
      ['DELETE', `/api/v1/candidates/${c.id}`],
      ['GET', `/api/v1/candidates/${c.id}/export`],
      ['PATCH', `/api/v1/candidates/${c.id}`],
      ['PUT', `/api/v1/candidates/${c.id}/demographics`],
    ] as const) {
      const payload = method === 'PATCH' ? { name: 'Back Again' } : method === 'PUT' ? { consent: true } : undefined;
      expect((await call(method, url, admin, payload)).statusCode, `${method} ${url}`).toBe(404);
    }
    // The pipeline still counts the application, under the placeholder name.
    const pipeline = await call('GET', `/api/v1/roles/${c.roleId}/pipeline`, admin);
    expect(pipeline.statusCode).toBe(200);
    expect(pipeline.body).not.toContain(c.person.name);
  });

  it('is for admins only; another organisation gets a 404 and nothing changes', async () => {
    const c = await richCandidate({ allSubmitted: false });
    for (const u of [recruiter, hm, i1])
      expect((await call('DELETE', `/api/v1/candidates/${c.id}`, u)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/candidates/${c.id}`, userWith(other, 'admin'))).statusCode).toBe(404);
    expect((await ok('GET', `/api/v1/candidates/${c.id}`, admin)).name).toBe(c.person.name);
  });
});
