import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import type { DemoUser } from '../src/services/demo/seed-demo.js';
import { demoUser, readDemo, signInAt } from './helpers.js';

/**
 * Stored hostile text renders inert: markup, script and javascript: payloads saved through
 * the API in every user-visible field are shown as the literal text on each page that
 * displays them, and nothing from them runs or becomes an element.
 */

const TAG = randomBytes(3).toString('hex');
const ATTACK = `<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script> "><svg onload="window.__pwned=1"> javascript:window.__pwned=1`;
/** A payload for one field, with a marker saying which field it is. */
const hostile = (field: string) => `${field}-${TAG} ${ATTACK}`;

const text = {
  candidate: hostile('Name'),
  accommodations: hostile('Accommodations'),
  question: hostile('Question text, walk me through it'),
  signal: hostile('Signal they listen for'),
  role: hostile('Role'),
  evidence: hostile('Evidence they said'),
  notes: hostile('Notes'),
  rationale: hostile('Rationale for the decision'),
  answer: hostile('Practice answer: I would add an index and measure the p99 latency before and after'),
};

interface Stored {
  candidateId: string;
  applicationId: string;
  interviewId: string;
  roleId: string;
  questionId: string;
  roundId: string;
}

async function call<T>(api: APIRequestContext, method: string, path: string, data?: object): Promise<T> {
  const res = await api.fetch(path, { method, ...(data && { data }) });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return (res.status() === 204 ? {} : await res.json()) as T;
}

async function as<T>(baseURL: string, user: DemoUser, run: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${user.token}` } });
  try {
    return await run(api);
  } finally {
    await api.dispose();
  }
}

/** Store the payloads: a role, a candidate with accommodations, a scored interview, a decision, a question, a practice answer. */
async function store(baseURL: string): Promise<Stored> {
  const admin = demoUser('admin');
  const panellist = readDemo().users.find((u) => u.role === 'interviewer');
  if (!panellist) throw new Error('the demo seed has no interviewer');
  const setup = await as(baseURL, admin, async (api) => {
    const role = await call<{ id: string }>(api, 'POST', '/api/v1/roles', {
      title: text.role,
      level: 'mid',
      band: { min: 130000, max: 160000 },
      location: 'Remote',
    });
    const loop = await call<{ stages: { key: string; questions: unknown[] }[] }>(
      api,
      'GET',
      `/api/v1/roles/${role.id}/loop`,
    );
    const stage = loop.stages.find((s) => s.questions.length > 0);
    if (!stage) throw new Error('the composed loop has no stage with questions');
    const candidate = await call<{ id: string; applications: { id: string }[] }>(api, 'POST', '/api/v1/candidates', {
      name: text.candidate,
      email: `inert-${TAG}@example.com`,
      roleId: role.id,
      accommodations: text.accommodations,
    });
    const applicationId = candidate.applications[0]?.id ?? '';
    const interview = await call<{ id: string }>(api, 'POST', '/api/v1/interviews', {
      applicationId,
      stage: stage.key,
      scheduledAt: '2026-12-01T10:00:00Z',
      interviewerIds: [panellist.id],
    });
    const cue = '"><svg onload=alert(1)>';
    const question = await call<{ id: string }>(api, 'POST', '/api/v1/questions', {
      id: `inert-question-${TAG}`,
      text: text.question,
      category: 'situational',
      levels: ['mid'],
      topics: ['debugging'],
      dimensions: ['debugging'],
      lookFor: [1, 2, 3].map((n) => ({
        id: `signal-${n}`,
        text: `${text.signal} ${n}`,
        dimension: 'debugging',
        cues: [cue, `<b>cue ${n}</b>`],
      })),
    });
    const round = await call<{ id: string; questions: { id: string }[] }>(api, 'POST', '/api/v1/practice/rounds', {
      level: 'mid',
      track: 'mix',
      minutes: 30,
    });
    const first = round.questions[0]?.id ?? '';
    await call(api, 'POST', `/api/v1/practice/rounds/${round.id}/answers/${encodeURIComponent(first)}/submit`, {
      answer: text.answer,
      elapsedSeconds: 120,
    });
    return {
      roleId: role.id,
      candidateId: candidate.id,
      applicationId,
      interviewId: interview.id,
      questionId: question.id,
      roundId: round.id,
    };
  });
  await as(baseURL, panellist, async (api) => {
    const kit = await call<{ dimensions: { id: string }[] }>(api, 'GET', `/api/v1/interviews/${setup.interviewId}`);
    await call(api, 'POST', `/api/v1/interviews/${setup.interviewId}/scorecards/me/submit`, {
      ratings: kit.dimensions.map((d) => ({ dimension: d.id, score: 3, evidence: `${text.evidence} (${d.id})` })),
      notes: text.notes,
      recommendation: 3,
    });
  });
  await as(baseURL, admin, async (api) => {
    await api.post(`/api/v1/applications/${setup.applicationId}/debrief/open`);
    await call(api, 'POST', `/api/v1/applications/${setup.applicationId}/decisions`, {
      outcome: 'hold',
      rationale: text.rationale,
    });
  });
  return setup;
}

/** What a page did that it must not: dialogs, CSP violations. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

/** Visit a page and check each payload shows as literal text and nothing from it ran or became an element. */
async function expectInert(
  page: Page,
  problems: string[],
  path: string,
  shown: string[],
  then?: (page: Page) => Promise<void>,
): Promise<void> {
  await page.goto(path);
  await then?.(page);
  for (const s of shown) await expect(page.getByText(s).first(), `${s} on ${path}`).toBeVisible();
  const found = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    imgX: document.querySelectorAll('img[src="x"]').length,
    svgOnload: document.querySelectorAll('svg[onload]').length,
    payloadScripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
    onAttributes: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')),
    ).length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  }));
  expect(found, path).toEqual({
    pwned: undefined,
    imgX: 0,
    svgOnload: 0,
    payloadScripts: 0,
    onAttributes: 0,
    javascriptLinks: 0,
  });
  expect(problems, path).toEqual([]);
}

test('hostile text stored in every user-visible field renders inert on every page that shows it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const s = await store(baseURL ?? '');
  const problems = watch(page);
  await signInAt(page, '/candidates', demoUser('admin'));
  const pages: [string, string[]][] = [
    ['/candidates', [text.candidate]],
    [`/candidates/${s.candidateId}`, [text.candidate, text.accommodations]],
    [`/candidates/${s.candidateId}/packet/${s.applicationId}`, [text.role, text.accommodations]],
    ['/loops', [text.role]],
    [`/loops/${s.roleId}`, [text.role]],
    [`/bank/${s.questionId}`, [text.question, `${text.signal} 1`]],
    [`/interviews/${s.interviewId}`, [text.candidate]],
    [`/applications/${s.applicationId}/debrief`, [text.candidate, text.evidence, text.rationale]],
  ];
  for (const [path, shown] of pages) await expectInert(page, problems, path, shown);
  // The round opens at the next question to answer; the graded answer is one step back.
  await expectInert(page, problems, `/practice?round=${s.roundId}`, [text.answer], async (p) => {
    await p
      .getByRole('navigation', { name: 'Round progress' })
      .getByRole('button', { name: /^Question 1/ })
      .click();
  });

  // The panellist's own submitted scorecard: evidence as text, notes back in their field.
  const context = await browser.newContext();
  const kit = await context.newPage();
  const kitProblems = watch(kit);
  const panellist = readDemo().users.find((u) => u.role === 'interviewer');
  if (!panellist) throw new Error('the demo seed has no interviewer');
  await signInAt(kit, `/interviews/${s.interviewId}`, panellist);
  await expectInert(kit, kitProblems, `/interviews/${s.interviewId}`, [text.candidate, text.evidence]);
  await expect(kit.getByLabel(/Other notes/)).toHaveValue(text.notes);
  await context.close();
});
