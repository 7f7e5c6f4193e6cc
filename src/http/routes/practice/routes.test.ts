import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../../content/load-bank.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now);
});
afterAll(async () => t.close());

const bank = new Map(loadBuiltInBank().map((q) => [q.id, q]));

async function localProfile(): Promise<Record<string, string>> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/practice/profiles',
    payload: { targetLevel: 'senior' },
  });
  expect(res.statusCode).toBe(201);
  return { 'x-practice-profile': res.json().secret };
}

type Round = {
  id: string;
  label: string;
  questions: { id: string; timeLimitSeconds: number; outline: string[] | null }[];
  answers: {
    questionId: string;
    answer: string;
    overtime: boolean;
    submitted: boolean;
    grade: { overall: number; followUp: { text: string } | null } | null;
    followUp: { question: string; change: number | null } | null;
  }[];
  summary: { answered: number; overall: number | null; dimensions: Record<string, number> };
};

async function start(
  headers: Record<string, string>,
  payload: object = { level: 'senior', track: 'mix', minutes: 45 },
): Promise<Round> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/practice/rounds', headers, payload });
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('practice rounds', () => {
  it('works without an account through a local profile, and needs one or the other', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/practice/rounds', payload: { level: 'mid' } })).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/v1/practice/profile', headers: { 'x-practice-profile': 'pp_forged' } }))
        .statusCode,
    ).toBe(401);
    const headers = await localProfile();
    const round = await start(headers);
    expect(round.label).toMatch(/not a hiring decision/i);
    expect(round.questions.length).toBeGreaterThan(0);
    for (const q of round.questions) expect(bank.get(q.id)?.levels).toContain('senior');
  });

  it('keeps rounds private to their profile', async () => {
    const round = await start(await localProfile());
    const other = await localProfile();
    expect((await t.app.inject({ url: `/api/v1/practice/rounds/${round.id}`, headers: other })).statusCode).toBe(404);
  });

  it('autosaves drafts with the time used, flags overtime, and refuses edits after submitting', async () => {
    const headers = await localProfile();
    const round = await start(headers);
    const q = round.questions[0];
    if (!q) throw new Error('empty round');
    const url = `/api/v1/practice/rounds/${round.id}/answers/${q.id}`;
    const saved = await t.app.inject({
      method: 'PUT',
      url,
      headers,
      payload: { answer: 'First I would clarify', elapsedSeconds: 40 },
    });
    expect(saved.statusCode).toBe(200);
    const reloaded: Round = (await t.app.inject({ url: `/api/v1/practice/rounds/${round.id}`, headers })).json();
    expect(reloaded.answers.find((a) => a.questionId === q.id)).toMatchObject({
      answer: 'First I would clarify',
      overtime: false,
      submitted: false,
    });
    await t.app.inject({
      method: 'PUT',
      url,
      headers,
      payload: { answer: 'Still going', elapsedSeconds: q.timeLimitSeconds + 30 },
    });
    const late: Round = (await t.app.inject({ url: `/api/v1/practice/rounds/${round.id}`, headers })).json();
    expect(late.answers.find((a) => a.questionId === q.id)?.overtime).toBe(true);
    await t.app.inject({
      method: 'POST',
      url: `${url}/submit`,
      headers,
      payload: { answer: 'Done.', elapsedSeconds: 60 },
    });
    expect(
      (await t.app.inject({ method: 'PUT', url, headers, payload: { answer: 'changed', elapsedSeconds: 61 } }))
        .statusCode,
    ).toBe(409);
  });

  it('grades a strong answer above a weak one, reveals the outline after grading, and asks a follow-up', async () => {
    const headers = await localProfile();
    const round = await start(headers);
    const [first, second] = round.questions;
    if (!first || !second) throw new Error('round too short');
    expect(first.outline).toBeNull();
    const strong = bank.get(first.id)?.exampleAnswers.strong ?? '';
    const weak = bank.get(second.id)?.exampleAnswers.weak ?? '';
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/practice/rounds/${round.id}/answers/${first.id}/submit`,
      headers,
      payload: { answer: strong, elapsedSeconds: 300 },
    });
    const after: Round = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/practice/rounds/${round.id}/answers/${second.id}/submit`,
        headers,
        payload: { answer: weak, elapsedSeconds: 120 },
      })
    ).json();
    const gs = after.answers.find((a) => a.questionId === first.id)?.grade;
    const gw = after.answers.find((a) => a.questionId === second.id)?.grade;
    expect(gs?.overall).toBeGreaterThan(gw?.overall ?? 5);
    expect(after.questions.find((q) => q.id === first.id)?.outline?.length).toBeGreaterThan(0);
    expect(after.summary.answered).toBe(2);
    expect(Object.keys(after.summary.dimensions).length).toBeGreaterThan(0);

    const followUp = after.answers.find((a) => a.questionId === second.id)?.followUp;
    expect(followUp?.question).toEqual(expect.any(String));
    const better = bank.get(second.id)?.exampleAnswers.strong ?? '';
    const turned: Round = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/practice/rounds/${round.id}/answers/${second.id}/follow-up`,
        headers,
        payload: { answer: better },
      })
    ).json();
    expect(turned.answers.find((a) => a.questionId === second.id)?.followUp?.change).toBeGreaterThan(0);
  });

  it('starts a round on the very questions a plan item names, and refuses unknown or off-level ones', async () => {
    const headers = await localProfile();
    const chosen = [...bank.values()].filter((q) => q.levels.includes('senior')).slice(0, 2);
    const round = await start(headers, { level: 'senior', questionIds: chosen.map((q) => q.id) });
    expect(round.questions.map((q) => q.id)).toEqual(chosen.map((q) => q.id));
    for (const [payload, message] of [
      [{ level: 'senior', questionIds: ['no-such-question'] }, 'no practice question with id no-such-question'],
      [
        { level: 'junior', questionIds: [[...bank.values()].find((q) => !q.levels.includes('junior'))?.id] },
        'is not a junior question',
      ],
      [{ level: 'senior', questionIds: [] }, 'questionIds'],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/practice/rounds', headers, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.body).toContain(message);
    }
  });

  it('never draws an organisation question into practice', async () => {
    const org = await seedOrg(t, 'Secret Questions Inc');
    const secret = {
      id: 'org-secret-rate-limiter',
      text: 'Our confidential onsite question: design the rate limiter for our public API with per-tenant quotas.',
      category: 'technical',
      levels: ['junior', 'mid', 'senior', 'staff'],
      topics: ['rate-limiting', 'api-design'],
      dimensions: ['system_design'],
    };
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/questions',
          headers: bearer(userWith(org, 'admin')),
          payload: secret,
        })
      ).statusCode,
    ).toBe(201);
    const headers = bearer(userWith(org, 'admin'));
    for (let i = 0; i < 6; i++) {
      const round = await start(headers, {
        level: 'mid',
        track: 'api-and-data',
        minutes: 60,
        context: 'rate limiting per-tenant quotas',
      });
      expect(round.questions.map((q) => q.id)).not.toContain(secret.id);
      t.clock.advance(1000);
    }
  });
});

describe('plan and progress', () => {
  it('plans the days until the interview date and charts progress per round', async () => {
    const headers = await localProfile();
    const date = new Date(t.clock.now.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: '/api/v1/practice/profile',
          headers,
          payload: { interviewDate: date },
        })
      ).json().interviewDate,
    ).toBe(date);
    const plan = (await t.app.inject({ url: '/api/v1/practice/plan', headers })).json();
    expect(plan.daysLeft).toBe(5);
    expect(plan.days).toHaveLength(5);
    expect(plan.days.some((d: { fullMock: boolean }) => d.fullMock)).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/practice/plan?days=3', headers })).json().days).toHaveLength(3);

    for (let r = 0; r < 2; r++) {
      const round = await start(headers);
      const q = round.questions[0];
      if (!q) throw new Error('empty round');
      const answer =
        r === 0 ? (bank.get(q.id)?.exampleAnswers.weak ?? '') : (bank.get(q.id)?.exampleAnswers.strong ?? '');
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/practice/rounds/${round.id}/answers/${q.id}/submit`,
        headers,
        payload: { answer, elapsedSeconds: 100 },
      });
      t.clock.advance(3_600_000);
    }
    const progress = (await t.app.inject({ url: '/api/v1/practice/progress', headers })).json();
    expect(progress.rounds).toHaveLength(2);
    expect(progress.rounds[1].overall).toBeGreaterThan(progress.rounds[0].overall);
  });
});
