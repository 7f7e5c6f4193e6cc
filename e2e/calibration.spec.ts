import { type Browser, expect, type Page, test } from '@playwright/test';
import type { DemoUser } from '../src/services/demo/seed-demo.js';
import { demoUser, signInAt } from './helpers.js';

/** A signed-in page in a fresh browser context of its own. */
async function signedIn(browser: Browser, path: string, user: DemoUser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 2000 } });
  const page = await context.newPage();
  await signInAt(page, path, user);
  return page;
}

/** Pick a score for every dimension of the blind score form, then submit it. */
async function scoreBlind(page: Page, score: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Your blind scores' });
  const groups = form.getByRole('group');
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio', { name: score, exact: true }).check();
  await form.getByRole('button', { name: 'Submit my scores' }).click();
  await expect(form).toHaveCount(0);
}

test('an admin calibrates the panel on a past interview: blind scores, then the divergence report', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = demoUser('admin');
  const interviewer = demoUser('interviewer');

  // ---- The admin creates a session from a held demo interview, inviting themselves and an interviewer.
  const a = await signedIn(browser, '/calibration', admin);
  await expect(a.getByRole('heading', { name: 'Calibration', level: 1 })).toBeVisible();
  await a.getByRole('button', { name: 'New session' }).click();
  const form = a.getByRole('form', { name: 'New calibration session' });
  await form.getByLabel('Title').fill('Debugging calibration, autumn');
  const picker = form.getByLabel('Held interview');
  await expect(picker.locator('option').nth(1)).toBeAttached();
  const label = (await picker.locator('option').nth(1).textContent()) ?? '';
  await picker.selectOption({ index: 1 });
  const candidateName = label.split(' · ').at(-1) ?? '';
  expect(candidateName.length).toBeGreaterThan(2);
  await form.getByRole('checkbox', { name: new RegExp(admin.name) }).check();
  await form.getByRole('checkbox', { name: new RegExp(interviewer.name) }).check();
  await form.getByRole('button', { name: 'Create session' }).click();
  await expect(a).toHaveURL(/\/calibration\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(a.url()).pathname;

  // The material is there, anonymised; the admin scores too, so everything else stays hidden.
  await expect(a.getByRole('heading', { name: 'Debugging calibration, autumn', level: 1 })).toBeVisible();
  await expect(a.getByRole('heading', { name: 'Questions asked' })).toBeVisible();
  await expect(a.locator('.calibration-evidence blockquote').first()).toBeVisible();
  expect(await a.content()).not.toContain(candidateName);
  await expect(a.getByText(/stay hidden until you submit your own/)).toBeVisible();
  await expect(a.getByRole('table', { name: 'Divergence per panellist' })).toHaveCount(0);

  await scoreBlind(a, '5');
  const summary = a.getByRole('table', { name: 'Divergence per panellist' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('row', { name: new RegExp(interviewer.name) })).toContainText('Not scored yet');

  // ---- The interviewer scores blind in their own session, then sees the report.
  const i = await signedIn(browser, sessionPath, interviewer);
  await expect(i.getByRole('form', { name: 'Your blind scores' })).toBeVisible();
  await expect(i.getByRole('table', { name: 'Divergence per panellist' })).toHaveCount(0);
  await scoreBlind(i, '2');
  await expect(i.getByRole('table', { name: 'Divergence per panellist' })).toBeVisible();

  // ---- Back to the admin: every score against the panel (5 vs 2 on each dimension: +3 / −3).
  await a.reload();
  const perDimension = a.getByRole('table', { name: 'Scores per dimension' });
  const adminRow = perDimension.getByRole('row', { name: new RegExp(admin.name) }).first();
  await expect(adminRow).toContainText('+3');
  const interviewerRow = perDimension.getByRole('row', { name: new RegExp(interviewer.name) }).first();
  await expect(interviewerRow).toContainText('−3');
  await expect(
    a.getByRole('table', { name: 'Divergence per panellist' }).getByRole('row', { name: new RegExp(admin.name) }),
  ).toContainText('3');
  await a.screenshot({ path: '.tmp/calibration-report.png', fullPage: true });
});
