import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import type { Page as ApiPage } from '../src/shared/schemas/page.js';
import type { TQuestionSummary } from '../src/shared/schemas/question.js';
import { demoUser, readDemo, signInAt, submitSignIn } from './helpers.js';

const NAV = ['Practice', 'Bank', 'Roles & loops', 'Candidates', 'Reports', 'Calibration', 'Settings'];

async function listQuestionsApi(page: Page, query: string): Promise<ApiPage<TQuestionSummary>> {
  const response = await page.request.get(`/api/v1/questions?limit=100${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiPage<TQuestionSummary>;
}

test('a signed-out visitor signs in on the real page, stays signed in on reload, and signs out', async ({ page }) => {
  const admin = demoUser('admin');
  const { org } = readDemo();

  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await page.screenshot({ path: '.tmp/sign-in.png', fullPage: true });

  await submitSignIn(page, admin.email, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/sign-in/);

  await submitSignIn(page, admin.email, admin.password);
  await expect(page).toHaveURL((url) => url.pathname === '/');
  const header = page.getByRole('banner');
  await expect(header).toContainText(admin.name);
  await expect(header).toContainText(org.name);
  await expect(header).toContainText('Admin');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of NAV) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${admin.name.split(' ')[0]}`);
  await page.screenshot({ path: '.tmp/home.png', fullPage: true });

  await page.reload();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('banner')).toContainText(admin.name);

  await nav.getByRole('link', { name: 'Roles & loops' }).click();
  await expect(page).toHaveURL(/\/loops$/);
  await expect(page.getByRole('heading', { name: 'Roles & loops', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Roles & loops' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
});

test('repeated wrong passwords for one email show the too-many-attempts message', async ({ page }) => {
  const email = `nobody.${randomBytes(4).toString('hex')}@demo.caliper.example`;
  await page.goto('/sign-in');
  const alert = page.getByRole('alert');
  for (let i = 0; i < 5; i++) {
    await submitSignIn(page, email, `wrong-${i}`);
    await expect(alert).toHaveText('Email or password is incorrect.');
  }
  await submitSignIn(page, email, 'wrong-again');
  await expect(alert).toContainText('Too many attempts');
});

test('an unknown path shows the not-found page with a 404 status', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('/no-such-page')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
});

test('the bank lists questions and a search narrows them', async ({ page }) => {
  await signInAt(page, '/bank', demoUser('interviewer'));
  await expect(page.getByRole('heading', { name: 'Question bank', level: 1 })).toBeVisible();

  const all = await listQuestionsApi(page, '');
  test.skip(all.items.length === 0, 'GET /api/v1/questions returned no questions: the bank is empty, nothing to list');

  const rows = page.getByRole('list', { name: 'Questions' }).locator(':scope > li');
  const before = Math.min(all.items.length, 20);
  await expect(rows).toHaveCount(before);
  const first = all.items[0];
  if (first) await expect(rows.first()).toContainText(first.text);
  await page.screenshot({ path: '.tmp/bank.png', fullPage: true });

  // A word from some question's text that matches fewer questions than the page shows.
  const words = [...new Set(all.items.flatMap((q) => q.text.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? []))];
  words.sort(
    (a, b) =>
      all.items.filter((q) => q.text.toLowerCase().includes(a)).length -
      all.items.filter((q) => q.text.toLowerCase().includes(b)).length,
  );
  let term: string | undefined;
  let expected = 0;
  for (const word of words.slice(0, 15)) {
    const count = (await listQuestionsApi(page, `&q=${encodeURIComponent(word)}`)).items.length;
    if (count > 0 && count < before) {
      term = word;
      expected = count;
      break;
    }
  }

  const search = page.getByRole('searchbox', { name: 'Search' });
  if (term) {
    await search.fill(term);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${term}`));
    await expect(rows).toHaveCount(expected);
  } else {
    // Every word is in every question (a one-question bank): a term in none must empty the list.
    await search.fill('zzqx-no-such-term');
    await expect(page.getByText('No questions match these filters.')).toBeVisible();
    await expect(rows).toHaveCount(0);
  }

  await search.fill('');
  await expect(rows).toHaveCount(before);
});
