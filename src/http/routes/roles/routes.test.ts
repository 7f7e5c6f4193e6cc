import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed } from '../../../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../../../services/questions/sync-built-in-bank.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { bearer, seedOrg, userWith } from '../../../test/seed.js';

let t: TestApp;
let org: DemoSeed;
let other: DemoSeed;
beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now);
  org = await seedOrg(t, 'Panel Org');
  other = await seedOrg(t, 'Other Org');
});
afterAll(async () => t.close());

const as = (role: Parameters<typeof userWith>[1], seed = org) => bearer(userWith(seed, role));
const seniorRole = {
  title: 'Senior Backend Engineer',
  level: 'senior',
  band: { min: 170000, max: 220000 },
  location: 'Berlin',
  remote: true,
};

async function inject(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) {
  return t.app.inject({ method, url, headers, ...(payload && { payload }) });
}

type Loop = {
  version: number;
  warnings: { code: string }[];
  kit: Record<string, number>;
  stages: { key: string; minutes: number; interviewerIds: string[]; locked: boolean; questions: { id: string }[] }[];
};
const editOf = (loop: Loop, change: (stages: Loop['stages']) => void = () => {}) => {
  const stages = structuredClone(loop.stages);
  change(stages);
  return {
    stages: stages.map((s) => ({
      key: s.key,
      minutes: s.minutes,
      interviewerIds: s.interviewerIds,
      questionIds: s.questions.map((q) => q.id),
    })),
  };
};

describe('roles and their loops', () => {
  it('opens a role with a loop calibrated to the level and a published band', async () => {
    const res = await inject('POST', '/api/v1/roles', as('hiring_manager'), {
      ...seniorRole,
      hiringManagerId: userWith(org, 'hiring_manager').id,
    });
    expect(res.statusCode).toBe(201);
    const role = res.json();
    expect(role).toMatchObject({
      level: 'senior',
      band: { min: 170000, max: 220000, currency: 'USD' },
      loopVersion: 1,
      warnings: [],
    });
    expect(role.hiringManager.name).toBe(userWith(org, 'hiring_manager').name);
    const loop: Loop = (await inject('GET', `/api/v1/roles/${role.id}/loop`, as('interviewer'))).json();
    expect(loop.kit.total).toBeGreaterThanOrEqual(8);
    expect(loop.kit.total).toBeLessThanOrEqual(10);
    expect(loop.stages.length).toBeLessThanOrEqual(5);
  });

  it('warns when the band does not match the level', async () => {
    const res = await inject('POST', '/api/v1/roles', as('admin'), {
      ...seniorRole,
      level: 'staff',
      band: { min: 90000, max: 115000 },
    });
    expect(res.json().warnings.map((w: { code: string }) => w.code)).toContain('band-level-mismatch');
  });

  it('names the invalid field and keeps interviewers out of role setup', async () => {
    const bad = await inject('POST', '/api/v1/roles', as('admin'), {
      ...seniorRole,
      band: { min: 200000, max: 100000 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.band.max');
    expect((await inject('POST', '/api/v1/roles', as('interviewer'), seniorRole)).statusCode).toBe(403);
    const notManager = await inject('POST', '/api/v1/roles', as('admin'), {
      ...seniorRole,
      hiringManagerId: userWith(org, 'interviewer').id,
    });
    expect(notManager.statusCode).toBe(400);
  });

  it("keeps another organisation's roles out of reach", async () => {
    const role = (await inject('POST', '/api/v1/roles', as('admin'), seniorRole)).json();
    expect((await inject('GET', `/api/v1/roles/${role.id}`, as('admin', other))).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/roles/${role.id}/loop`, as('admin', other))).statusCode).toBe(404);
    expect(
      (await inject('GET', '/api/v1/roles', as('admin', other))).json().items.map((r: { id: string }) => r.id),
    ).not.toContain(role.id);
  });
});

describe('editing a loop, locking and versions', () => {
  it('reorders and swaps in place before anyone is interviewed; refuses repeats and off-level questions', async () => {
    const role = (await inject('POST', '/api/v1/roles', as('admin'), seniorRole)).json();
    const loop: Loop = (await inject('GET', `/api/v1/roles/${role.id}/loop`, as('admin'))).json();
    const stage = loop.stages.find((s) => s.questions.length >= 2);
    if (!stage) throw new Error('no stage with two questions');
    const [first, second] = stage.questions;
    if (!first || !second) throw new Error('unreachable');

    const suggestions = (
      await inject(
        'GET',
        `/api/v1/roles/${role.id}/loop/suggestions?stage=${stage.key}&question=${first.id}`,
        as('admin'),
      )
    ).json().items;
    expect(suggestions.length).toBeGreaterThan(0);
    const swapIn = suggestions[0].id;

    const edited = await inject(
      'PUT',
      `/api/v1/roles/${role.id}/loop`,
      as('admin'),
      editOf(loop, (stages) => {
        const s = stages.find((x) => x.key === stage.key);
        if (s) s.questions = [{ id: second.id }, { id: swapIn }, ...s.questions.slice(2)];
      }),
    );
    expect(edited.statusCode).toBe(200);
    const after: Loop = edited.json();
    expect(after.version).toBe(1);
    expect(
      after.stages
        .find((s) => s.key === stage.key)
        ?.questions.map((q) => q.id)
        .slice(0, 2),
    ).toEqual([second.id, swapIn]);

    const repeat = await inject(
      'PUT',
      `/api/v1/roles/${role.id}/loop`,
      as('admin'),
      editOf(after, (stages) => {
        const s = stages.find((x) => x.key === stage.key);
        if (s) s.questions = [s.questions[0] ?? { id: 'x' }, s.questions[0] ?? { id: 'x' }];
      }),
    );
    expect(repeat.statusCode).toBe(400);
    expect(repeat.json().error.message).toContain('asked once');

    const junior = (await inject('GET', '/api/v1/questions?level=junior&limit=100', as('admin')))
      .json()
      .items.find((q: { levels: string[] }) => !q.levels.includes('senior'));
    const offLevel = await inject(
      'PUT',
      `/api/v1/roles/${role.id}/loop`,
      as('admin'),
      editOf(after, (stages) => {
        const s = stages.find((x) => x.key === stage.key);
        if (s) s.questions = [{ id: junior.id }];
      }),
    );
    expect(offLevel.statusCode).toBe(400);
    expect(offLevel.json().error.message).toContain('not written for a senior loop');
    expect((await inject('PUT', `/api/v1/roles/${role.id}/loop`, as('interviewer'), editOf(after))).statusCode).toBe(
      403,
    );
  });

  it('locks a stage once a candidate is interviewed there: a change makes a new version only new candidates get', async () => {
    const role = (await inject('POST', '/api/v1/roles', as('admin'), seniorRole)).json();
    const loop: Loop = (await inject('GET', `/api/v1/roles/${role.id}/loop`, as('admin'))).json();
    const stage = loop.stages.find((s) => s.questions.length >= 2);
    if (!stage) throw new Error('no stage with two questions');
    const first = (
      await inject('POST', '/api/v1/candidates', as('recruiter'), {
        name: 'Ana Early',
        email: 'ana@example.com',
        roleId: role.id,
      })
    ).json();
    const appId = first.applications[0].id;
    const interviewer = userWith(org, 'interviewer');
    const interview = (
      await inject('POST', '/api/v1/interviews', as('recruiter'), {
        applicationId: appId,
        stage: stage.key,
        scheduledAt: '2026-12-01T10:00:00+01:00',
        interviewerIds: [interviewer.id, userWith(org, 'hiring_manager').id],
      })
    ).json();
    const kitBefore = (await inject('GET', `/api/v1/interviews/${interview.id}`, bearer(interviewer))).json();
    expect(kitBefore.questions.map((q: { id: string }) => q.id)).toEqual(stage.questions.map((q) => q.id));

    expect((await inject('POST', `/api/v1/interviews/${interview.id}/complete`, bearer(interviewer))).statusCode).toBe(
      204,
    );
    const locked: Loop = (await inject('GET', `/api/v1/roles/${role.id}/loop`, as('admin'))).json();
    expect(locked.stages.find((s) => s.key === stage.key)?.locked).toBe(true);

    // Changing only durations of an unlocked stage stays in this version.
    const unlocked = locked.stages.find((s) => s.key !== stage.key && s.questions.length > 0);
    const durations = await inject(
      'PUT',
      `/api/v1/roles/${role.id}/loop`,
      as('admin'),
      editOf(locked, (stages) => {
        const s = stages.find((x) => x.key === unlocked?.key);
        if (s) s.minutes += 5;
      }),
    );
    expect(durations.json().version).toBe(1);

    const reordered = await inject(
      'PUT',
      `/api/v1/roles/${role.id}/loop`,
      as('admin'),
      editOf(durations.json(), (stages) => {
        const s = stages.find((x) => x.key === stage.key);
        if (s) s.questions.reverse();
      }),
    );
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json().version).toBe(2);

    // The first candidate keeps version 1 (same questions, same order); a new one gets version 2.
    const kitAfter = (await inject('GET', `/api/v1/interviews/${interview.id}`, bearer(interviewer))).json();
    expect(kitAfter.questions.map((q: { id: string }) => q.id)).toEqual(stage.questions.map((q) => q.id));
    const second = (
      await inject('POST', '/api/v1/candidates', as('recruiter'), {
        name: 'Ben Later',
        email: 'ben@example.com',
        roleId: role.id,
      })
    ).json();
    expect(second.applications[0].loopVersion).toBe(2);
    expect(
      (await inject('GET', `/api/v1/candidates/${first.id}`, as('admin'))).json().applications[0].loopVersion,
    ).toBe(1);
  });
});

describe('candidates, applications and kits', () => {
  it('moves an application through its stages, shows the pipeline and the packet', async () => {
    const role = (
      await inject('POST', '/api/v1/roles', as('admin'), { ...seniorRole, exercise: 'take-home', takeHomeFeeUsd: 250 })
    ).json();
    const loop: Loop = (await inject('GET', `/api/v1/roles/${role.id}/loop`, as('admin'))).json();
    const cand = (
      await inject('POST', '/api/v1/candidates', as('recruiter'), {
        name: 'Cleo',
        email: 'cleo@example.com',
        roleId: role.id,
        accommodations: 'Captions on video calls',
      })
    ).json();
    const appId = cand.applications[0].id;
    const target = loop.stages[2]?.key ?? '';
    const moved = await inject('POST', `/api/v1/applications/${appId}/move`, as('recruiter'), { stage: target });
    expect(moved.json().stage).toBe(target);
    expect(
      (await inject('POST', `/api/v1/applications/${appId}/move`, as('recruiter'), { stage: 'nowhere' })).statusCode,
    ).toBe(400);

    const pipeline = (await inject('GET', `/api/v1/roles/${role.id}/pipeline`, as('hiring_manager'))).json();
    expect(pipeline.stages.map((s: { key: string }) => s.key)).toEqual(loop.stages.map((s) => s.key));
    expect(pipeline.stages.find((s: { key: string }) => s.key === target).applications[0].candidate.name).toBe('Cleo');

    const packet = (await inject('GET', `/api/v1/applications/${appId}/packet`, as('recruiter'))).json();
    expect(packet.accommodations).toBe('Captions on video calls');
    expect(packet.role.band).toEqual({ min: 170000, max: 220000, currency: 'USD' });
    expect(packet.rubric).toHaveLength(5);
    expect(packet.stages.some((s: { paid?: { feeUsd: number } }) => s.paid?.feeUsd === 250)).toBe(true);
    expect(packet.stages.flatMap((s: { sharedTopics: string[] }) => s.sharedTopics).length).toBeGreaterThan(0);
    // The packet shares topics, never the questions.
    const questionTexts = (await inject('GET', `/api/v1/roles/${role.id}/loop`, as('admin')))
      .json()
      .stages.flatMap((s: { questions: { text: string }[] }) => s.questions.map((q) => q.text));
    for (const text of questionTexts) expect(JSON.stringify(packet)).not.toContain(text);
  });

  it('keeps demographics apart: admins and recruiters only, never interviewers or hiring managers', async () => {
    const cand = (
      await inject('POST', '/api/v1/candidates', as('recruiter'), { name: 'Dara', email: 'dara@example.com' })
    ).json();
    const form = { consent: true, gender: 'woman', ageBand: '25-34' };
    expect(
      (await inject('PUT', `/api/v1/candidates/${cand.id}/demographics`, as('interviewer'), form)).statusCode,
    ).toBe(403);
    expect(
      (await inject('PUT', `/api/v1/candidates/${cand.id}/demographics`, as('recruiter'), { ...form, consent: false }))
        .statusCode,
    ).toBe(400);
    expect((await inject('PUT', `/api/v1/candidates/${cand.id}/demographics`, as('recruiter'), form)).statusCode).toBe(
      200,
    );
    const status = await inject('GET', `/api/v1/candidates/${cand.id}/demographics`, as('admin'));
    expect(status.json()).toMatchObject({ recorded: true });
    // Only in aggregate: nobody reads one candidate's answers back.
    expect(status.body).not.toContain('woman');
    for (const role of ['interviewer', 'hiring_manager'] as const) {
      expect((await inject('GET', `/api/v1/candidates/${cand.id}/demographics`, as(role))).statusCode).toBe(403);
    }
    const visible = await inject('GET', `/api/v1/candidates/${cand.id}`, as('hiring_manager'));
    expect(visible.body).not.toContain('woman');
    expect((await inject('GET', '/api/v1/candidates', as('interviewer'))).statusCode).toBe(403);
  });

  it('shows a kit only to its panel and the hiring team', async () => {
    const role = (await inject('POST', '/api/v1/roles', as('admin'), seniorRole)).json();
    const loop: Loop = (await inject('GET', `/api/v1/roles/${role.id}/loop`, as('admin'))).json();
    const stage = loop.stages.find((s) => s.questions.length > 0);
    const cand = (
      await inject('POST', '/api/v1/candidates', as('recruiter'), {
        name: 'Eli',
        email: 'eli@example.com',
        roleId: role.id,
      })
    ).json();
    const [onPanel, offPanel] = org.users.filter((u) => u.role === 'interviewer');
    if (!onPanel || !offPanel || !stage) throw new Error('seed too small');
    const interview = (
      await inject('POST', '/api/v1/interviews', as('recruiter'), {
        applicationId: cand.applications[0].id,
        stage: stage.key,
        scheduledAt: '2026-12-02T09:00:00Z',
        interviewerIds: [onPanel.id],
      })
    ).json();
    const kit = await inject('GET', `/api/v1/interviews/${interview.id}`, bearer(onPanel));
    expect(kit.statusCode).toBe(200);
    expect(kit.json().questions[0]).toMatchObject({
      order: 1,
      lookFor: expect.any(Array),
      followUps: expect.any(Array),
    });
    expect(kit.json().dimensions[0].anchors['4']).toEqual(expect.any(String));
    expect(kit.json().accommodations).toBeNull();
    expect((await inject('GET', `/api/v1/interviews/${interview.id}`, bearer(offPanel))).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/interviews/${interview.id}`, as('admin', other))).statusCode).toBe(404);
    expect(
      (await inject('GET', '/api/v1/interviews?mine=true', bearer(onPanel)))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).toContain(interview.id);
    expect(
      (await inject('GET', '/api/v1/interviews', bearer(offPanel))).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(interview.id);
    const outsider = await inject('POST', '/api/v1/interviews', as('recruiter'), {
      applicationId: cand.applications[0].id,
      stage: stage.key,
      scheduledAt: '2026-12-02T09:00:00Z',
      interviewerIds: [userWith(other, 'interviewer').id],
    });
    expect(outsider.statusCode).toBe(400);
  });
});

describe('the demo organisation', () => {
  it('has roles at every level, candidates across stages, demographics for most, and interviews with two interviewers', async () => {
    const { seedDemo } = await import('../../../services/demo/seed-demo.js');
    const { loadConfig } = await import('../../../config.js');
    const demo = await seedDemo({ db: t.handle.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => t.clock.now });
    const admin = bearer(userWith(demo, 'admin'));
    const roles = (await inject('GET', '/api/v1/roles', admin)).json().items;
    expect(new Set(roles.map((r: { level: string }) => r.level))).toEqual(
      new Set(['junior', 'mid', 'senior', 'staff']),
    );
    let beyondFirst = 0;
    for (const role of roles) {
      const pipeline = (await inject('GET', `/api/v1/roles/${role.id}/pipeline`, admin)).json();
      beyondFirst += pipeline.stages
        .slice(1)
        .reduce((acc: number, s: { applications: unknown[] }) => acc + s.applications.length, 0);
    }
    expect(beyondFirst).toBeGreaterThan(10);
    let withDemographics = 0;
    for (const c of demo.candidates)
      if ((await inject('GET', `/api/v1/candidates/${c.id}/demographics`, admin)).statusCode === 200)
        withDemographics++;
    expect(withDemographics / demo.candidates.length).toBeGreaterThan(0.5);
    const kit = await inject('GET', `/api/v1/interviews/${demo.interviews[0]?.id}`, admin);
    expect(kit.json().interviewers.length).toBeGreaterThanOrEqual(2);
    let decided = 0;
    let waiting = 0;
    for (const i of demo.interviews) {
      const cards = (await inject('GET', `/api/v1/interviews/${i.id}/scorecards`, admin)).json();
      if (cards.items.length === 0) waiting++;
      const debrief = (await inject('GET', `/api/v1/applications/${i.applicationId}/debrief`, admin)).json();
      if (debrief.decisions.length > 0) decided++;
    }
    expect(decided).toBeGreaterThan(0);
    expect(waiting).toBeGreaterThan(0);
  });
});

describe('empty updates', () => {
  it('answers an update with nothing to change with the current state, not an error', async () => {
    const role = (await inject('POST', '/api/v1/roles', as('admin'), seniorRole)).json();
    const patched = await inject('PATCH', `/api/v1/roles/${role.id}`, as('admin'), {});
    expect(patched.statusCode).toBe(200);
    expect(patched.json().title).toBe(seniorRole.title);
    expect((await inject('POST', `/api/v1/roles/${role.id}/loop/compose`, as('admin'), {})).statusCode).toBe(200);
    const profile = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/practice/profile',
      headers: as('recruiter'),
      payload: {},
    });
    expect(profile.statusCode).toBe(200);
  });
});
