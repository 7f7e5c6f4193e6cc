/**
 * Access control, table-driven: every route of the app × seven callers, each with the status
 * the product rules (docs/product-rules.md, Visibility and Integrity, and the roles each use case names) say it must get.
 *
 * The route list comes from the app itself (its router, cross-checked against its OpenAPI
 * document), so a new route without an entry in EXPECTED fails, and so does an entry whose
 * route is gone. Path parameters are real ids of organisation A; writes send a valid body, on
 * a fresh fixture where the write would change what later calls see, so a 2xx means the caller
 * was allowed. Expectations follow the rules, not the code: where they disagree the cell says
 * so (`finding`) and fails until the server is fixed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed, DemoUser } from '../services/demo/seed-demo.js';
import { syncBuiltInBank } from '../services/questions/sync-built-in-bank.js';
import { AccessFixtures, questionDraft, scorecardFor } from '../test/access-fixtures.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { bearer, seedOrg, userWith } from '../test/seed.js';

const CALLERS = ['admin', 'recruiter', 'hiringManager', 'interviewer', 'candidate', 'anonymous', 'otherAdmin'] as const;
type Caller = (typeof CALLERS)[number];

/** 'ok' is any 2xx; a number is that exact status. */
type Want = 'ok' | 401 | 403 | 404 | 409 | 422;
/** The expected status, with why where it is not obvious, and a note when the server disagrees. */
type Cell = Want | { want: Want; why: string; finding?: string };
type Row = Record<Caller, Cell>;

interface Req {
  url: string;
  payload?: object;
  headers?: Record<string, string>;
}
interface Entry {
  row: Row;
  /** The request for a caller; called once per caller, so it may build a fresh fixture. */
  req: (c: Caller) => Promise<Req> | Req;
}

// ---------------------------------------------------------------- common cells and rows

const NO_ACCOUNT: Cell = { want: 401, why: 'a practice profile is not a panel account' };
const ISOLATED: Cell = { want: 404, why: "organisation A's id: not found, never data or a 403" };
const ADMINS_ONLY: Cell = { want: 403, why: 'admins only' };
const EDITORS_ONLY: Cell = { want: 403, why: 'hiring team only (admin, hiring manager, recruiter)' };
const DECIDERS_ONLY: Cell = { want: 403, why: 'only the people who own the hire (admin, hiring manager) decide' };
const PANEL_ONLY: Cell = { want: 403, why: 'only the interviewers on the panel write its scorecards' };
const NOT_THEIR_ROUND: Cell = { want: 404, why: 'practice belongs to the person: another profile’s round' };

const row = (cells: Partial<Row> & Pick<Row, Caller>): Row => cells;
/** Everyone, signed in or not. */
const PUBLIC: Row = row({
  admin: 'ok',
  recruiter: 'ok',
  hiringManager: 'ok',
  interviewer: 'ok',
  candidate: 'ok',
  anonymous: 'ok',
  otherAdmin: 'ok',
});
/** Any member, about themselves or their own organisation (no organisation-A id in the request). */
const ANY_MEMBER_OWN: Row = { ...PUBLIC, candidate: NO_ACCOUNT, anonymous: 401 };
/** Any member of organisation A, about an organisation-A id. */
const ANY_MEMBER_OF_A: Row = { ...ANY_MEMBER_OWN, otherAdmin: ISOLATED };
/** The hiring team of organisation A, about an organisation-A id. */
const HIRING_TEAM_OF_A: Row = { ...ANY_MEMBER_OF_A, interviewer: EDITORS_ONLY };
/** The hiring team, creating in their own organisation. */
const HIRING_TEAM_OWN: Row = { ...ANY_MEMBER_OWN, interviewer: EDITORS_ONLY };
/** The hiring team of A and the panellist (interviewer 1 sits on the fixture interview's panel). */
const TEAM_AND_PANEL_OF_A: Row = ANY_MEMBER_OF_A;
/** Admins and hiring managers of A. */
const DECIDERS_OF_A: Row = { ...HIRING_TEAM_OF_A, recruiter: DECIDERS_ONLY, interviewer: DECIDERS_ONLY };
/** Admins of A. */
const ADMIN_OF_A: Row = {
  ...ANY_MEMBER_OF_A,
  recruiter: ADMINS_ONLY,
  hiringManager: ADMINS_ONLY,
  interviewer: ADMINS_ONLY,
};
/** Admins, in their own organisation. */
const ADMIN_OWN: Row = { ...ADMIN_OF_A, otherAdmin: 'ok' };
/** Only the panellist (interviewer 1) writes their scorecard. */
const PANELLIST_WRITES: Row = {
  ...ANY_MEMBER_OF_A,
  admin: PANEL_ONLY,
  recruiter: PANEL_ONLY,
  hiringManager: PANEL_ONLY,
};
/** Practice: the caller's own profile, through an account or a local profile. */
const PRACTICE_OWN: Row = { ...PUBLIC, anonymous: 401 };
/** Practice: the local profile's round; nobody else's, whatever their organisation role. */
const PRACTICE_ROUND: Row = {
  admin: NOT_THEIR_ROUND,
  recruiter: NOT_THEIR_ROUND,
  hiringManager: NOT_THEIR_ROUND,
  interviewer: NOT_THEIR_ROUND,
  candidate: 'ok',
  anonymous: 401,
  otherAdmin: NOT_THEIR_ROUND,
};

// ---------------------------------------------------------------- fixtures

let t: TestApp;
let a: DemoSeed;
let b: DemoSeed;
let fx: AccessFixtures;
let interviewer1: DemoUser;
/** Organisation A's fixture data; every id a path parameter takes. */
const f = {
  role: { id: '', stageKey: '', otherStageKey: '', questionId: '' },
  loopRole: '',
  candidate: '',
  application: '',
  interview: '',
  question: '',
  webhook: '',
  practiceSecret: '',
  round: { id: '', questionIds: [] as string[] },
};
/** Organisation A's ids that must never appear in a response to anyone outside it. */
let orgAIds: string[] = [];

function headersOf(c: Caller): Record<string, string> {
  switch (c) {
    case 'admin':
      return bearer(userWith(a, 'admin'));
    case 'recruiter':
      return bearer(userWith(a, 'recruiter'));
    case 'hiringManager':
      return bearer(userWith(a, 'hiring_manager'));
    case 'interviewer':
      return bearer(interviewer1);
    case 'candidate':
      return { 'x-practice-profile': f.practiceSecret };
    case 'anonymous':
      return {};
    case 'otherAdmin':
      return bearer(userWith(b, 'admin'));
  }
}

beforeAll(async () => {
  t = await createTestApp();
  await syncBuiltInBank(t.handle.db, t.clock.now);
  a = await seedOrg(t, 'Org A');
  b = await seedOrg(t, 'Org B');
  fx = new AccessFixtures(t, a);
  interviewer1 = userWith(a, 'interviewer');

  f.role = await fx.role();
  f.loopRole = (await fx.role()).id;
  const c = await fx.candidate(f.role.id);
  f.candidate = c.id;
  f.application = c.applicationId ?? '';
  await fx.ok('PUT', `/api/v1/candidates/${f.candidate}/demographics`, { consent: true, ageBand: '25-34' });
  f.interview = await fx.interview(f.application, f.role.stageKey, [interviewer1]);
  await fx.submitScorecard(f.interview, interviewer1);
  f.question = await fx.question();
  f.webhook = await fx.webhook();
  await fx.token();

  f.practiceSecret = await fx.practiceProfile();
  f.round = await fx.practiceRound(f.practiceSecret, 3);
  // Question 3 is submitted (with a weak answer, so the coach asks a follow-up) for the follow-up route.
  const graded = await fx.ok<{ answers: { questionId: string; followUp: unknown; grade: { followUp: unknown } }[] }>(
    'POST',
    `/api/v1/practice/rounds/${f.round.id}/answers/${f.round.questionIds[2]}/submit`,
    { answer: 'We would just add a cache. It is usually fine.', elapsedSeconds: 60 },
    { 'x-practice-profile': f.practiceSecret },
  );
  const third = graded.answers.find((x) => x.questionId === f.round.questionIds[2]);
  if (!third?.grade?.followUp) throw new Error('the coach asked no follow-up; pick a weaker answer');

  orgAIds = [
    f.role.id,
    f.loopRole,
    f.candidate,
    f.application,
    f.interview,
    f.question,
    f.webhook,
    a.org.id,
    ...a.users.map((u) => u.id),
  ];
});
afterAll(async () => t?.close());

// ---------------------------------------------------------------- the table

const fresh = {
  application: () => fx.application(f.role.id),
  interview: async () => fx.interview(await fx.application(f.role.id), f.role.stageKey, [interviewer1]),
};

/** A calibration session from the fixture interview, with interviewer 1 invited (not yet scored). */
const calibrationSession = async (): Promise<{ id: string; dimensions: string[] }> => {
  const s = await fx.ok<{ id: string; dimensions: { id: string }[] }>('POST', '/api/v1/calibration-sessions', {
    title: fx.unique('Matrix calibration'),
    sourceInterviewId: f.interview,
    participantIds: [interviewer1.id],
  });
  return { id: s.id, dimensions: s.dimensions.map((d) => d.id) };
};
const NOT_INVITED: Cell = { want: 404, why: 'not invited to the calibration session: it is not found' };

/** Admins and recruiters of A: they keep a candidate's details and consent records. */
const PRIVACY_STAFF_OF_A: Row = {
  ...HIRING_TEAM_OF_A,
  hiringManager: { want: 403, why: 'contact details and consent are kept by admins and recruiters' },
};

const EXPECTED: Record<string, Entry> = {
  // Operations and documentation: public by design (docs/product-rules.md, Interfaces).
  'GET /healthz': { row: PUBLIC, req: () => ({ url: '/healthz' }) },
  'GET /readyz': { row: PUBLIC, req: () => ({ url: '/readyz' }) },
  'GET /metrics': { row: PUBLIC, req: () => ({ url: '/metrics' }) },
  'GET /docs': { row: PUBLIC, req: () => ({ url: '/docs' }) },
  'GET /api/v1/openapi.json': { row: PUBLIC, req: () => ({ url: '/api/v1/openapi.json' }) },

  // Sign-in: knowing the password is the credential, whoever calls.
  'POST /api/v1/auth/login': {
    row: PUBLIC,
    req: (c) => {
      const user =
        c === 'otherAdmin'
          ? userWith(b, 'admin')
          : c === 'recruiter'
            ? userWith(a, 'recruiter')
            : c === 'hiringManager'
              ? userWith(a, 'hiring_manager')
              : c === 'interviewer'
                ? interviewer1
                : userWith(a, 'admin');
      return { url: '/api/v1/auth/login', payload: { email: user.email, password: user.password } };
    },
  },
  'GET /api/v1/auth/session': { row: ANY_MEMBER_OWN, req: () => ({ url: '/api/v1/auth/session' }) },
  // A reset link is the credential, whoever calls; each caller redeems a fresh member's link.
  'POST /api/v1/auth/password-reset': {
    row: PUBLIC,
    req: async () => {
      const name = fx.unique('reset');
      const member = await fx.ok<{ id: string }>('POST', '/api/v1/members', {
        email: `${name}@example.com`,
        name,
        role: 'interviewer',
        password: 'correct horse battery',
      });
      const link = await fx.ok<{ url: string }>('POST', `/api/v1/members/${member.id}/password-reset`);
      const token = new URL(link.url).hash.replace('#token=', '');
      return { url: '/api/v1/auth/password-reset', payload: { token, password: 'another correct horse' } };
    },
  },
  'POST /api/v1/auth/logout': { row: ANY_MEMBER_OWN, req: () => ({ url: '/api/v1/auth/logout' }) },

  // Personal API tokens: your own only.
  'GET /api/v1/tokens': { row: ANY_MEMBER_OWN, req: () => ({ url: '/api/v1/tokens' }) },
  'POST /api/v1/tokens': {
    row: ANY_MEMBER_OWN,
    req: () => ({ url: '/api/v1/tokens', payload: { name: fx.unique('matrix-token') } }),
  },
  'DELETE /api/v1/tokens/:id': {
    row: {
      ...ANY_MEMBER_OF_A,
      recruiter: { want: 404, why: "the admin's token: someone else's token is not found" },
      hiringManager: { want: 404, why: "the admin's token: someone else's token is not found" },
      interviewer: { want: 404, why: "the admin's token: someone else's token is not found" },
    },
    req: async () => ({ url: `/api/v1/tokens/${await fx.token()}` }),
  },

  // Members.
  'GET /api/v1/members': { row: ANY_MEMBER_OWN, req: () => ({ url: '/api/v1/members' }) },
  'GET /api/v1/members/:id': { row: ANY_MEMBER_OF_A, req: () => ({ url: `/api/v1/members/${interviewer1.id}` }) },
  'POST /api/v1/members/:id/password-reset': {
    row: ADMIN_OF_A,
    req: () => ({ url: `/api/v1/members/${userWith(a, 'recruiter').id}/password-reset` }),
  },
  'POST /api/v1/members': {
    row: ADMIN_OWN,
    req: () => {
      const name = fx.unique('member');
      return {
        url: '/api/v1/members',
        payload: { email: `${name}@example.com`, name, role: 'interviewer', password: 'correct horse battery' },
      };
    },
  },

  // The question bank: built-ins for anyone; an organisation's questions for its members only.
  'GET /api/v1/questions': { row: PUBLIC, req: () => ({ url: '/api/v1/questions' }) },
  'GET /api/v1/questions/:id': {
    row: {
      ...ANY_MEMBER_OF_A,
      candidate: { want: 404, why: "an organisation's question, not built in" },
      anonymous: 404,
    },
    req: () => ({ url: `/api/v1/questions/${f.question}` }),
  },
  'POST /api/v1/questions': {
    row: HIRING_TEAM_OWN,
    req: () => ({ url: '/api/v1/questions', payload: { ...questionDraft, id: fx.unique('matrix-new-question') } }),
  },
  'PUT /api/v1/questions/:id': {
    row: HIRING_TEAM_OF_A,
    req: async () => ({ url: `/api/v1/questions/${await fx.question()}`, payload: { ...questionDraft, minutes: 20 } }),
  },
  'DELETE /api/v1/questions/:id': {
    row: HIRING_TEAM_OF_A,
    req: async () => ({ url: `/api/v1/questions/${await fx.question()}` }),
  },
  'POST /api/v1/questions/lint': {
    row: ANY_MEMBER_OWN,
    req: () => ({ url: '/api/v1/questions/lint', payload: questionDraft }),
  },
  'GET /api/v1/rubric': { row: PUBLIC, req: () => ({ url: '/api/v1/rubric' }) },

  // Roles and loops.
  'GET /api/v1/roles': { row: ANY_MEMBER_OWN, req: () => ({ url: '/api/v1/roles' }) },
  'POST /api/v1/roles': {
    row: HIRING_TEAM_OWN,
    req: () => ({
      url: '/api/v1/roles',
      payload: {
        title: fx.unique('Matrix role'),
        level: 'mid',
        band: { min: 130000, max: 160000 },
        location: 'Remote',
      },
    }),
  },
  'GET /api/v1/roles/:id': { row: ANY_MEMBER_OF_A, req: () => ({ url: `/api/v1/roles/${f.role.id}` }) },
  'PATCH /api/v1/roles/:id': {
    row: HIRING_TEAM_OF_A,
    req: () => ({ url: `/api/v1/roles/${f.loopRole}`, payload: { location: 'Berlin' } }),
  },
  'GET /api/v1/roles/:id/loop': { row: ANY_MEMBER_OF_A, req: () => ({ url: `/api/v1/roles/${f.role.id}/loop` }) },
  'PUT /api/v1/roles/:id/loop': {
    row: HIRING_TEAM_OF_A,
    req: async () => {
      const loop = await fx.ok<{
        stages: { key: string; minutes: number; questions: { id: string }[]; interviewerIds: string[] }[];
      }>('GET', `/api/v1/roles/${f.loopRole}/loop`);
      return {
        url: `/api/v1/roles/${f.loopRole}/loop`,
        payload: {
          stages: loop.stages.map((s) => ({
            key: s.key,
            minutes: s.minutes,
            questionIds: s.questions.map((q) => q.id),
            interviewerIds: s.interviewerIds,
          })),
        },
      };
    },
  },
  'POST /api/v1/roles/:id/loop/compose': {
    row: HIRING_TEAM_OF_A,
    // A non-empty body: `{}` (valid by the schema) is a 500, checked on its own below.
    req: () => ({ url: `/api/v1/roles/${f.loopRole}/loop/compose`, payload: { minutes: 240 } }),
  },
  'GET /api/v1/roles/:id/loop/suggestions': {
    row: ANY_MEMBER_OF_A,
    req: () => ({
      url: `/api/v1/roles/${f.role.id}/loop/suggestions?stage=${f.role.stageKey}&question=${f.role.questionId}`,
    }),
  },
  'GET /api/v1/roles/:id/pipeline': {
    row: HIRING_TEAM_OF_A,
    req: () => ({ url: `/api/v1/roles/${f.role.id}/pipeline` }),
  },

  // Candidates and their voluntary self-identification.
  'GET /api/v1/candidates': { row: HIRING_TEAM_OWN, req: () => ({ url: '/api/v1/candidates' }) },
  'POST /api/v1/candidates': {
    // Applying at once to organisation A's role: another organisation's admin must get a 404.
    row: HIRING_TEAM_OF_A,
    req: () => {
      const name = fx.unique('matrix-candidate');
      return { url: '/api/v1/candidates', payload: { name, email: `${name}@example.com`, roleId: f.role.id } };
    },
  },
  'GET /api/v1/candidates/:id': { row: HIRING_TEAM_OF_A, req: () => ({ url: `/api/v1/candidates/${f.candidate}` }) },
  'PUT /api/v1/candidates/:id/demographics': {
    row: {
      ...HIRING_TEAM_OF_A,
      hiringManager: { want: 403, why: 'recorded by admins and recruiters only' },
      interviewer: { want: 403, why: 'demographics are never shown to interviewers (§4)' },
    },
    req: () => ({
      url: `/api/v1/candidates/${f.candidate}/demographics`,
      payload: { consent: true, ageBand: '25-34' },
    }),
  },
  'GET /api/v1/candidates/:id/demographics': {
    row: {
      ...HIRING_TEAM_OF_A,
      admin: {
        want: 'ok',
        why: 'whether and when the candidate self-identified, never the answers (§4: aggregate only)',
      },
      recruiter: {
        want: 'ok',
        why: 'whether and when the candidate self-identified, never the answers (§4: aggregate only)',
      },
      hiringManager: { want: 403, why: 'demographics are only reported in aggregate (§4)' },
      interviewer: { want: 403, why: 'demographics are never shown to interviewers (§4)' },
    },
    req: () => ({ url: `/api/v1/candidates/${f.candidate}/demographics` }),
  },

  // Privacy rights (GDPR): access and erasure by admins; rectification and consent by admins and recruiters.
  'GET /api/v1/candidates/:id/export': {
    row: ADMIN_OF_A,
    req: () => ({ url: `/api/v1/candidates/${f.candidate}/export` }),
  },
  'PATCH /api/v1/candidates/:id': {
    row: PRIVACY_STAFF_OF_A,
    req: async () => ({ url: `/api/v1/candidates/${(await fx.candidate()).id}`, payload: { phone: '+1 555 0199' } }),
  },
  'DELETE /api/v1/candidates/:id': {
    row: ADMIN_OF_A,
    req: async () => ({ url: `/api/v1/candidates/${(await fx.candidate(f.role.id)).id}` }),
  },
  'DELETE /api/v1/candidates/:id/demographics': {
    row: PRIVACY_STAFF_OF_A,
    req: async () => {
      const { id } = await fx.candidate();
      await fx.ok('PUT', `/api/v1/candidates/${id}/demographics`, { consent: true, ageBand: '35-44' });
      return { url: `/api/v1/candidates/${id}/demographics` };
    },
  },
  'GET /api/v1/candidates/:id/consents': {
    row: PRIVACY_STAFF_OF_A,
    req: () => ({ url: `/api/v1/candidates/${f.candidate}/consents` }),
  },
  'GET /api/v1/org/settings': { row: ADMIN_OWN, req: () => ({ url: '/api/v1/org/settings' }) },
  'PATCH /api/v1/org/settings': {
    row: ADMIN_OWN,
    req: () => ({ url: '/api/v1/org/settings', payload: { minGroupSize: 5 } }),
  },
  'GET /api/v1/methodology': { row: PUBLIC, req: () => ({ url: '/api/v1/methodology' }) },

  // Applications.
  'POST /api/v1/applications': {
    row: HIRING_TEAM_OF_A,
    req: async () => ({
      url: '/api/v1/applications',
      payload: { candidateId: (await fx.candidate()).id, roleId: f.role.id },
    }),
  },
  'POST /api/v1/applications/:id/move': {
    row: HIRING_TEAM_OF_A,
    req: async () => ({
      url: `/api/v1/applications/${await fresh.application()}/move`,
      payload: { stage: f.role.otherStageKey },
    }),
  },
  'PATCH /api/v1/applications/:id': {
    row: HIRING_TEAM_OF_A,
    req: async () => ({
      url: `/api/v1/applications/${await fresh.application()}`,
      payload: { accommodations: 'Captions on video calls' },
    }),
  },
  'GET /api/v1/applications/:id/packet': {
    row: HIRING_TEAM_OF_A,
    req: () => ({ url: `/api/v1/applications/${f.application}/packet` }),
  },
  'GET /api/v1/applications/:id/debrief': {
    // Interviewer 1 sits on the panel; the debrief shows them only what the independence rule allows.
    row: TEAM_AND_PANEL_OF_A,
    req: () => ({ url: `/api/v1/applications/${f.application}/debrief` }),
  },
  'POST /api/v1/applications/:id/debrief/open': {
    row: DECIDERS_OF_A,
    req: async () => ({ url: `/api/v1/applications/${await fresh.application()}/debrief/open` }),
  },
  'POST /api/v1/applications/:id/decisions': {
    row: DECIDERS_OF_A,
    req: async () => ({
      url: `/api/v1/applications/${await fresh.application()}/decisions`,
      payload: { outcome: 'hold', rationale: 'Split panel: lean on the working session and references first.' },
    }),
  },
  'GET /api/v1/applications/:id/audit': {
    row: ADMIN_OF_A,
    req: () => ({ url: `/api/v1/applications/${f.application}/audit` }),
  },

  // Interviews.
  'POST /api/v1/interviews': {
    row: HIRING_TEAM_OF_A,
    req: async () => ({
      url: '/api/v1/interviews',
      payload: {
        applicationId: await fresh.application(),
        stage: f.role.stageKey,
        scheduledAt: '2026-12-02T10:00:00Z',
        interviewerIds: [interviewer1.id],
      },
    }),
  },
  'GET /api/v1/interviews': {
    // Filtered by organisation A's role: another organisation's admin gets an empty list, not A's interviews.
    row: ANY_MEMBER_OWN,
    req: () => ({ url: `/api/v1/interviews?roleId=${f.role.id}` }),
  },
  'GET /api/v1/interviews/:id': {
    row: TEAM_AND_PANEL_OF_A,
    req: () => ({ url: `/api/v1/interviews/${f.interview}` }),
  },
  'POST /api/v1/interviews/:id/complete': {
    row: TEAM_AND_PANEL_OF_A,
    req: async () => ({ url: `/api/v1/interviews/${await fresh.interview()}/complete` }),
  },

  // Scorecards: written by the panel only, read under the independence rule.
  'GET /api/v1/interviews/:id/scorecards': {
    row: TEAM_AND_PANEL_OF_A,
    req: () => ({ url: `/api/v1/interviews/${f.interview}/scorecards` }),
  },
  'GET /api/v1/interviews/:id/scorecards/me': {
    row: {
      ...TEAM_AND_PANEL_OF_A,
      admin: { want: 404, why: 'not on the panel: they have no scorecard of their own' },
      recruiter: { want: 404, why: 'not on the panel: they have no scorecard of their own' },
      hiringManager: { want: 404, why: 'not on the panel: they have no scorecard of their own' },
    },
    req: () => ({ url: `/api/v1/interviews/${f.interview}/scorecards/me` }),
  },
  'PUT /api/v1/interviews/:id/scorecards/me': {
    row: PANELLIST_WRITES,
    req: async () => {
      const id = await fresh.interview();
      return {
        url: `/api/v1/interviews/${id}/scorecards/me`,
        payload: scorecardFor(await fx.dimensions(id, interviewer1)),
      };
    },
  },
  'POST /api/v1/interviews/:id/scorecards/me/submit': {
    row: PANELLIST_WRITES,
    req: async () => {
      const id = await fresh.interview();
      return {
        url: `/api/v1/interviews/${id}/scorecards/me/submit`,
        payload: scorecardFor(await fx.dimensions(id, interviewer1)),
      };
    },
  },
  'POST /api/v1/interviews/:id/scorecards/me/amend': {
    row: PANELLIST_WRITES,
    req: async () => {
      const id = await fresh.interview();
      await fx.submitScorecard(id, interviewer1);
      return {
        url: `/api/v1/interviews/${id}/scorecards/me/amend`,
        payload: {
          ...scorecardFor(await fx.dimensions(id, interviewer1), 4),
          reason: 'Re-read my notes on the bug hunt.',
        },
      };
    },
  },

  // Practice: belongs to the person (an account or a local profile), never to an organisation.
  'POST /api/v1/practice/profiles': {
    row: PUBLIC,
    req: () => ({ url: '/api/v1/practice/profiles', payload: { targetLevel: 'senior' } }),
  },
  'GET /api/v1/practice/profile': { row: PRACTICE_OWN, req: () => ({ url: '/api/v1/practice/profile' }) },
  'PATCH /api/v1/practice/profile': {
    row: PRACTICE_OWN,
    req: () => ({ url: '/api/v1/practice/profile', payload: { targetLevel: 'mid', interviewDate: '2026-12-15' } }),
  },
  'POST /api/v1/practice/rounds': {
    row: PRACTICE_OWN,
    req: () => ({ url: '/api/v1/practice/rounds', payload: { level: 'mid', track: 'mix', minutes: 30 } }),
  },
  'GET /api/v1/practice/rounds/:id': {
    row: PRACTICE_ROUND,
    req: () => ({ url: `/api/v1/practice/rounds/${f.round.id}` }),
  },
  'PUT /api/v1/practice/rounds/:id/answers/:questionId': {
    row: PRACTICE_ROUND,
    req: () => ({
      url: `/api/v1/practice/rounds/${f.round.id}/answers/${f.round.questionIds[0]}`,
      payload: { answer: 'First I would reproduce it and measure.', elapsedSeconds: 30 },
    }),
  },
  'POST /api/v1/practice/rounds/:id/answers/:questionId/submit': {
    row: PRACTICE_ROUND,
    req: () => ({
      url: `/api/v1/practice/rounds/${f.round.id}/answers/${f.round.questionIds[1]}/submit`,
      payload: { answer: 'First I would reproduce it, measure, then fix.', elapsedSeconds: 90 },
    }),
  },
  'POST /api/v1/practice/rounds/:id/answers/:questionId/follow-up': {
    row: PRACTICE_ROUND,
    req: () => ({
      url: `/api/v1/practice/rounds/${f.round.id}/answers/${f.round.questionIds[2]}/follow-up`,
      payload: { answer: 'When that fails I would roll back and alert on the error rate.' },
    }),
  },
  'GET /api/v1/practice/plan': { row: PRACTICE_OWN, req: () => ({ url: '/api/v1/practice/plan' }) },
  'GET /api/v1/practice/progress': { row: PRACTICE_OWN, req: () => ({ url: '/api/v1/practice/progress' }) },

  // Calibration sessions: admins run them; invited panellists score blind.
  'POST /api/v1/calibration-sessions': {
    // From organisation A's interview: another organisation's admin gets a 404.
    row: ADMIN_OF_A,
    req: () => ({
      url: '/api/v1/calibration-sessions',
      payload: {
        title: fx.unique('Matrix calibration'),
        sourceInterviewId: f.interview,
        participantIds: [interviewer1.id],
      },
    }),
  },
  'GET /api/v1/calibration-sessions': { row: ANY_MEMBER_OWN, req: () => ({ url: '/api/v1/calibration-sessions' }) },
  'GET /api/v1/calibration-sessions/:id': {
    row: { ...ANY_MEMBER_OF_A, recruiter: NOT_INVITED, hiringManager: NOT_INVITED },
    req: async () => ({ url: `/api/v1/calibration-sessions/${(await calibrationSession()).id}` }),
  },
  'PUT /api/v1/calibration-sessions/:id/scores': {
    row: {
      ...ANY_MEMBER_OF_A,
      admin: { want: 403, why: 'only invited panellists score; the admin is not invited' },
      recruiter: NOT_INVITED,
      hiringManager: NOT_INVITED,
    },
    req: async () => {
      const s = await calibrationSession();
      return {
        url: `/api/v1/calibration-sessions/${s.id}/scores`,
        payload: { scores: Object.fromEntries(s.dimensions.map((d) => [d, 3])) },
      };
    },
  },
  'GET /api/v1/calibration-sessions/:id/report': {
    row: {
      ...ANY_MEMBER_OF_A,
      recruiter: NOT_INVITED,
      hiringManager: NOT_INVITED,
      interviewer: { want: 403, why: 'blind: an invited panellist sees the report only after scoring' },
    },
    req: async () => ({ url: `/api/v1/calibration-sessions/${(await calibrationSession()).id}/report` }),
  },
  'POST /api/v1/calibration-sessions/:id/close': {
    row: {
      ...ADMIN_OF_A,
      recruiter: NOT_INVITED,
      hiringManager: NOT_INVITED,
      interviewer: { want: 403, why: 'invited, but only admins close a session' },
    },
    req: async () => ({ url: `/api/v1/calibration-sessions/${(await calibrationSession()).id}/close` }),
  },

  // Webhooks: admins only.
  'POST /api/v1/webhooks': {
    row: ADMIN_OWN,
    req: () => ({
      url: '/api/v1/webhooks',
      payload: { url: 'https://ats.example.com/another-hook', events: ['scorecard.submitted'] },
    }),
  },
  'GET /api/v1/webhooks': { row: ADMIN_OWN, req: () => ({ url: '/api/v1/webhooks' }) },
  'DELETE /api/v1/webhooks/:id': {
    row: ADMIN_OF_A,
    req: async () => ({ url: `/api/v1/webhooks/${await fx.webhook()}` }),
  },
  'GET /api/v1/webhooks/:id/deliveries': {
    row: ADMIN_OF_A,
    req: () => ({ url: `/api/v1/webhooks/${f.webhook}/deliveries` }),
  },

  // Reports, narrowed to an organisation-A role: the funnel for the hiring team; demographic
  // reports for admins (recruiters only where the organisation allows; off here); score-based
  // reports for the people who decide (recruiters do not see scores).
  'GET /api/v1/reports/funnel': {
    row: HIRING_TEAM_OF_A,
    req: () => ({ url: `/api/v1/reports/funnel?roleId=${f.role.id}` }),
  },
  'GET /api/v1/reports/adverse-impact': {
    row: {
      ...ADMIN_OF_A,
      recruiter: { want: 403, why: 'demographic reports: admins, and recruiters only if the organisation allows' },
    },
    req: () => ({ url: `/api/v1/reports/adverse-impact?roleId=${f.role.id}` }),
  },
  'GET /api/v1/reports/interviewer-drift': {
    row: DECIDERS_OF_A,
    req: () => ({ url: `/api/v1/reports/interviewer-drift?roleId=${f.role.id}` }),
  },
  'GET /api/v1/reports/panel-reliability': {
    row: DECIDERS_OF_A,
    req: () => ({ url: `/api/v1/reports/panel-reliability?roleId=${f.role.id}` }),
  },
  'GET /api/v1/reports/question-quality': {
    row: DECIDERS_OF_A,
    req: () => ({ url: `/api/v1/reports/question-quality?roleId=${f.role.id}` }),
  },
};

// ---------------------------------------------------------------- the route list, from the app

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Every route the app's router holds, as "METHOD /path" (HEAD left out where GET answers it). */
function routesOfApp(): string[] {
  const tree = t.app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const found = new Set<string>();
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(m[2] ?? '');
    const path = stack.join('');
    const methods = (m[3] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const method of methods) {
      if (method === 'HEAD' && methods.includes('GET')) continue;
      found.add(`${method} ${path}`);
    }
  }
  return [...found].sort();
}

/** The built web app's files, served by @fastify/static: public, the same for every caller. */
function isWebAsset(key: string): boolean {
  const [method, path] = key.split(' ');
  return (
    method === 'GET' && !!path && !path.startsWith('/api/') && !path.includes(':') && existsSync(join(WEB_DIST, path))
  );
}

function cellOf(c: Cell): { want: Want; why: string; finding?: string } {
  return typeof c === 'object' ? c : { want: c, why: '' };
}

// ---------------------------------------------------------------- the tests

describe('access matrix: every route × every caller', () => {
  it('has an entry for every route of the app, and no entry for a route that is gone', () => {
    const routes = routesOfApp();
    const missing = routes.filter((r) => !(r in EXPECTED) && !isWebAsset(r));
    const gone = Object.keys(EXPECTED).filter((k) => !routes.includes(k));
    expect(missing, 'routes with no entry in EXPECTED (add one: who may call it, and why)').toEqual([]);
    expect(gone, 'entries in EXPECTED for routes the app no longer has').toEqual([]);
  });

  it('reads the route list right: every OpenAPI operation is in it', () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = new Set(routesOfApp());
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.filter((d) => !routes.has(d))).toEqual([]);
  });

  it('answers each caller as the rules say, never with a 5xx, and never with another organisation’s data', async () => {
    const routes = routesOfApp();
    const failures: string[] = [];
    let cells = 0;
    for (const key of routes) {
      const entry: Entry | undefined =
        EXPECTED[key] ??
        (isWebAsset(key) ? { row: PUBLIC, req: () => ({ url: key.split(' ')[1] ?? '/' }) } : undefined);
      if (!entry) continue; // reported by the first test
      const method = key.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      for (const caller of CALLERS) {
        cells++;
        const { want, why, finding } = cellOf(entry.row[caller]);
        const req = await entry.req(caller);
        const res = await t.app.inject({
          method,
          url: req.url,
          headers: { ...headersOf(caller), ...req.headers },
          ...(req.payload && { payload: req.payload }),
        });
        const got = res.statusCode;
        const label = `${key} as ${caller}: expected ${want}${why ? ` (${why})` : ''}, got ${got}`;
        if (got >= 500) failures.push(`${label} — a 5xx: ${res.body.slice(0, 200)}`);
        else if (want === 'ok' ? got < 200 || got >= 300 : got !== want)
          failures.push(`${label}${finding ? ` — FINDING: ${finding}` : ''} — ${res.body.slice(0, 160)}`);
        // Signing in proves itself with the password, so its answer names the account signed in to.
        const outsider = caller === 'otherAdmin' || caller === 'candidate' || caller === 'anonymous';
        if (outsider && got < 300 && key !== 'POST /api/v1/auth/login') {
          const leaked = orgAIds.filter((id) => res.body.includes(id));
          if (leaked.length)
            failures.push(`${key} as ${caller}: the response holds organisation A's ids ${leaked.join(', ')}`);
        }
      }
    }
    expect(cells).toBeGreaterThan(400);
    expect(failures, `${failures.length} of ${cells} cells disagree with the rules`).toEqual([]);
    // Hundreds of requests in one test: give a loaded CI machine room, without hiding a hang.
  }, 300_000);

  it('lets only admins and the hiring manager, besides the panel, see an interview’s scores once all are in (§4)', async () => {
    // The fixture interview's only panellist, interviewer 1, has submitted: every scorecard is in.
    const seen = async (c: Caller) => {
      const list = await t.app.inject({ url: `/api/v1/interviews/${f.interview}/scorecards`, headers: headersOf(c) });
      const debrief = await t.app.inject({
        url: `/api/v1/applications/${f.application}/debrief`,
        headers: headersOf(c),
      });
      // Interviewer 1's evidence quotes (see scorecardFor) are the scores' tell-tale.
      const quote = 'they said they would measure before fixing';
      return { list: list.body.includes(quote), debrief: debrief.body.includes(quote) };
    };
    expect(await seen('admin')).toEqual({ list: true, debrief: true });
    expect(await seen('hiringManager')).toEqual({ list: true, debrief: true });
    // FINDING when this fails: the rule names admins and the hiring manager, not recruiters.
    expect(await seen('recruiter'), 'a recruiter sees interviewer 1’s scores').toEqual({ list: false, debrief: false });
  });

  it('answers a valid empty body with a 2xx or a 4xx, never a 500 (§4: every input validated)', async () => {
    const calls: [string, string, Record<string, string>][] = [
      ['POST', `/api/v1/roles/${f.loopRole}/loop/compose`, headersOf('admin')],
      ['PATCH', `/api/v1/roles/${f.loopRole}`, headersOf('admin')],
      ['PATCH', '/api/v1/practice/profile', headersOf('candidate')],
      ['PATCH', `/api/v1/applications/${await fresh.application()}`, headersOf('admin')],
    ];
    const fiveHundreds: string[] = [];
    for (const [method, url, headers] of calls) {
      const res = await t.app.inject({ method: method as 'POST' | 'PATCH', url, headers, payload: {} });
      if (res.statusCode >= 500) fiveHundreds.push(`${method} ${url} {} -> ${res.statusCode}`);
    }
    expect(fiveHundreds).toEqual([]);
  });
});
