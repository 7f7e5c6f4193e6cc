import { randomBytes } from 'node:crypto';
import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import type { DemoUser } from '../src/services/demo/seed-demo.js';
import { demoUser, readDemo, signInAt } from './helpers.js';

interface KitDimension {
  id: string;
  name: string;
}

interface Setup {
  interviewId: string;
  applicationId: string;
  candidateName: string;
  dimensions: KitDimension[];
}

function interviewers(): readonly [DemoUser, DemoUser] {
  const [first, second] = readDemo().users.filter((u) => u.role === 'interviewer');
  if (!first || !second) throw new Error('the demo seed has fewer than two interviewers');
  return [first, second];
}

async function json<T>(api: APIRequestContext, method: 'GET' | 'POST', path: string, data?: object): Promise<T> {
  const response = method === 'GET' ? await api.get(path) : await api.post(path, { data });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** As the admin, through the API: a role, a candidate and an interview with two interviewers on its panel. */
async function setUp(baseURL: string, panel: readonly [DemoUser, DemoUser]): Promise<Setup> {
  const admin = demoUser('admin');
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${admin.token}` } });
  try {
    const suffix = randomBytes(3).toString('hex');
    const role = await json<{ id: string }>(api, 'POST', '/api/v1/roles', {
      title: `Scorecard Role ${suffix}`,
      level: 'mid',
      band: { min: 130000, max: 160000 },
      location: 'Remote',
      hiringManagerId: demoUser('hiring_manager').id,
    });
    const loop = await json<{ stages: { key: string; questions: unknown[] }[] }>(
      api,
      'GET',
      `/api/v1/roles/${role.id}/loop`,
    );
    const stage = loop.stages.find((s) => s.questions.length > 0);
    if (!stage) throw new Error('the composed loop has no stage with questions');
    const candidateName = `Casey Scorecard ${suffix}`;
    const candidate = await json<{ applications: { id: string }[] }>(api, 'POST', '/api/v1/candidates', {
      name: candidateName,
      email: `casey-${suffix}@example.com`,
      roleId: role.id,
    });
    const applicationId = candidate.applications[0]?.id;
    if (!applicationId) throw new Error('the candidate has no application');
    const interview = await json<{ id: string }>(api, 'POST', '/api/v1/interviews', {
      applicationId,
      stage: stage.key,
      scheduledAt: '2026-12-01T10:00:00Z',
      interviewerIds: panel.map((p) => p.id),
    });
    const kit = await json<{ dimensions: KitDimension[] }>(api, 'GET', `/api/v1/interviews/${interview.id}`);
    expect(kit.dimensions.length).toBeGreaterThan(0);
    return { interviewId: interview.id, applicationId, candidateName, dimensions: kit.dimensions };
  } finally {
    await api.dispose();
  }
}

/** A signed-in page in a fresh browser context of its own. */
async function signedIn(browser: Browser, path: string, user: DemoUser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 2200 } });
  const page = await context.newPage();
  await signInAt(page, path, user);
  return page;
}

/** Score every dimension with evidence marked by `marker`, pick a recommendation, and submit. */
async function fillAndSubmit(page: Page, dimensions: KitDimension[], marker: string, score: string): Promise<void> {
  const form = page.getByRole('form', { name: /Your scorecard/ });
  for (const d of dimensions) {
    await form
      .getByRole('group', { name: d.name, exact: true })
      .getByRole('radio', { name: score, exact: true })
      .check();
    await form
      .getByLabel(`Evidence for ${d.name}`)
      .fill(`${marker}: they said the queue absorbs bursts, which suggests ${d.id}`);
  }
  await form.getByRole('group', { name: 'Overall recommendation' }).getByRole('radio', { name: '4 Yes' }).check();
  await expect(form.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await form.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByRole('heading', { name: 'Your scorecard (submitted)' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Amend' })).toBeVisible();
}

test('two interviewers score independently, then the hiring manager reads the evidence first and decides', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const [ines, ivo] = interviewers();
  const setup = await setUp(baseURL ?? '', [ines, ivo]);
  const kitPath = `/interviews/${setup.interviewId}`;
  const [firstDim] = setup.dimensions;
  if (!firstDim) throw new Error('unreachable');
  const markerA = `EvidenceA-${randomBytes(3).toString('hex')}`;
  const markerB = `EvidenceB-${randomBytes(3).toString('hex')}`;

  // ---- Context A: interviewer 1. A score without evidence is refused next to the field.
  const a = await signedIn(browser, kitPath, ines);
  await expect(a.getByRole('heading', { name: 'Your scorecard', exact: true })).toBeVisible();
  const formA = a.getByRole('form', { name: 'Your scorecard' });
  const groupA = formA.getByRole('group', { name: firstDim.name, exact: true });
  await groupA.getByRole('radio', { name: '3', exact: true }).check();
  // The anchor for the picked score is shown beside the scale.
  await expect(groupA.locator('.sc-anchor')).toContainText('3 Mixed:');
  await formA.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(formA.getByRole('alert').first()).toContainText('Not submitted yet');
  await expect(groupA.getByRole('alert')).toContainText('has no evidence quote');
  await expect(groupA.getByLabel(`Evidence for ${firstDim.name}`)).toHaveAttribute('aria-invalid', 'true');
  await fillAndSubmit(a, setup.dimensions, markerA, '4');
  // An amendment asks why, and makes a new version.
  await formA.getByRole('button', { name: 'Amend' }).click();
  await formA.getByLabel('Why does the scorecard change?').fill('Re-read my notes: the burst answer was stronger.');
  await formA.getByRole('button', { name: 'Submit amendment' }).click();
  await expect(formA.getByText('(version 2)')).toBeVisible();
  await a.getByRole('complementary', { name: 'Scorecards' }).screenshot({ path: '.tmp/scorecard-submitted.png' });

  // ---- Context B: interviewer 2 sees that others' scores are hidden until they submit.
  const b = await signedIn(browser, kitPath, ivo);
  await expect(b.getByRole('heading', { name: 'Your scorecard', exact: true })).toBeVisible();
  await expect(b.getByText('Scores hidden until you submit your own')).toBeVisible();
  await expect(b.getByText(/stay hidden until you submit your own/)).toBeVisible();
  await expect(b.getByText(markerA)).toHaveCount(0);
  expect(await b.content()).not.toContain(markerA);
  await b
    .getByRole('group', { name: firstDim.name, exact: true })
    .getByRole('radio', { name: '2', exact: true })
    .hover();
  await expect(b.getByRole('group', { name: firstDim.name, exact: true }).locator('.sc-anchor')).toContainText('2 No:');
  await b.getByRole('complementary', { name: 'Scorecards' }).screenshot({ path: '.tmp/scorecard-form.png' });
  await fillAndSubmit(b, setup.dimensions, markerB, '2');
  const list = b.getByRole('region', { name: 'The panel’s scorecards' });
  await expect(list.getByText('Other interviewers’ scorecards are visible to you.')).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: ines.name })).toContainText(markerA);
  await expect(list.getByRole('listitem').filter({ hasText: `${ivo.name} (you)` })).toContainText(markerB);
  await expect(b.getByText('Scores hidden until you submit your own')).toHaveCount(0);

  // ---- The hiring manager: evidence first, scores below, then a written decision.
  const hm = await signedIn(browser, `/applications/${setup.applicationId}/debrief`, demoUser('hiring_manager'));
  await expect(hm.getByRole('heading', { name: setup.candidateName, level: 1 })).toBeVisible();
  const evidence = hm.getByRole('region', { name: 'Evidence', exact: true });
  const scores = hm.getByRole('region', { name: 'Scores', exact: true });
  await expect(evidence).toContainText(markerA);
  await expect(evidence).toContainText(markerB);
  await expect(evidence).toContainText(`${ines.name} ·`);
  const evidenceFirst = await hm.evaluate(() => {
    const ev = document.querySelector('[data-section="evidence"]');
    const sc = document.querySelector('[data-section="scores"]');
    return Boolean(ev && sc && ev.compareDocumentPosition(sc) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(evidenceFirst).toBe(true);
  await scores.getByText('Show scores').click();
  await expect(scores.getByRole('table', { name: 'Spread per dimension' })).toBeVisible();
  await expect(scores.getByRole('table', { name: 'Each scorecard' })).toContainText(ines.name);
  await expect(hm.getByText(/Software never rejects anyone/)).toBeVisible();

  const openButton = hm.getByRole('button', { name: 'Open the debrief' });
  if (await openButton.isVisible()) {
    await openButton.click();
    await expect(hm.getByText('Debrief open')).toBeVisible();
  }

  const decide = hm.getByRole('form', { name: 'Record the decision' });
  await decide.getByRole('button', { name: 'Record decision' }).click();
  await expect(decide.getByRole('alert').first()).toBeVisible();
  await decide.getByRole('radio', { name: /^Hold/ }).check();
  const rationale = `Strong debugging evidence from both interviewers ${randomBytes(2).toString('hex')}`;
  await decide.getByLabel('Rationale').fill(rationale);
  await decide.getByRole('button', { name: 'Record decision' }).dblclick();
  const decisions = hm.getByRole('list', { name: 'Recorded decisions' });
  await expect(decisions.getByRole('listitem')).toHaveCount(1);
  await expect(decisions).toContainText(rationale);
  await expect(decisions).toContainText('Hold');
  await hm.screenshot({ path: '.tmp/scorecard-debrief.png', fullPage: true });
});
