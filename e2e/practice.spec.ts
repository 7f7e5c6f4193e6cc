import { expect, type Page, test } from '@playwright/test';
import type { TPracticeRound } from '../src/shared/schemas/practice.js';
import type { TQuestion } from '../src/shared/schemas/question.js';
import { demoUser, submitSignIn } from './helpers.js';

/** Where the web app keeps a local practice profile's secret. */
const SECRET_KEY = 'caliper.practice.profile';

/** Start a round from the set-up form and return the round the server created. */
async function startRound(page: Page, minutes: string): Promise<TPracticeRound> {
  await expect(page.getByRole('heading', { name: 'Set up a practice round', level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: 'Senior' }).check();
  await page.getByLabel('Length').fill(minutes);
  const created = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/practice/rounds') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Start round' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  const round = (await response.json()) as TPracticeRound;
  await expect(page).toHaveURL(new RegExp(`/practice\\?round=${round.id}$`));
  await expect(page.getByRole('heading', { name: `Question 1 of ${round.questions.length}`, level: 1 })).toBeVisible();
  return round;
}

test('without an account: a timed round, graded feedback with quoted evidence, a follow-up, the plan and progress', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Practise without an account' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/practice');
  await expect(page.getByRole('heading', { name: 'Practise for your backend interview' })).toBeVisible();
  await page.getByRole('button', { name: 'Practise without an account' }).click();

  const round = await startRound(page, '15');
  expect(round.label).toMatch(/not a hiring decision/i);
  await expect(page.getByText(round.label)).toBeVisible();
  const first = round.questions[0];
  if (!first) throw new Error('the round has no questions');

  // A strong answer for this very question, from the bank.
  const questionResponse = await page.request.get(`/api/v1/questions/${encodeURIComponent(first.id)}`);
  expect(questionResponse.status()).toBe(200);
  const question = (await questionResponse.json()) as TQuestion;
  const strong = question.exampleAnswers?.strong;
  if (!strong) throw new Error(`question ${first.id} has no strong example answer`);

  // The clock runs down from the question's limit.
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/\d\d:\d\d/);
  const firstReading = await timer.innerText();
  await expect(timer).not.toHaveText(firstReading, { timeout: 5_000 });

  const box = page.getByLabel('Your answer');
  await box.click();
  await box.pressSequentially(strong.slice(0, 40));
  await box.fill(strong);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.screenshot({ path: '.tmp/practice-round.png', fullPage: true });

  // The draft and the time used reached the server.
  const secret = await page.evaluate((key) => window.localStorage.getItem(key), SECRET_KEY);
  expect(secret).toBeTruthy();
  const headers = { 'x-practice-profile': secret ?? '' };
  const saved = await page.request.get(`/api/v1/practice/rounds/${round.id}`, { headers });
  expect(saved.status()).toBe(200);
  const draft = ((await saved.json()) as TPracticeRound).answers.find((a) => a.questionId === first.id);
  expect(draft?.answer).toBe(strong);
  expect(draft?.submitted).toBe(false);

  await page.getByRole('button', { name: 'Submit for feedback' }).click();
  await expect(page.getByRole('heading', { name: 'Coach’s feedback' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Coach’s feedback' })).toBeFocused();

  // Quoted evidence is marked inside the answer, and every mark is the answer's own words.
  const marks = page.getByTestId('highlighted-answer').locator('mark');
  await expect(marks.first()).toBeVisible();
  const marked = await marks.allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const text of marked) expect(strong).toContain(text);
  await expect(page.getByRole('heading', { name: 'What you showed' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Scores by dimension' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What a strong answer covers' })).toBeVisible();
  await page.screenshot({ path: '.tmp/practice-feedback.png', fullPage: true });

  // The coach's follow-up, answered and graded again.
  await page
    .getByLabel('Answer the follow-up')
    .fill(
      'It would break if the data grew past what we measured: I would watch p99 and error rates per tenant, keep the ' +
        'old path behind a flag for a quick rollback, and add a test that fails when the query count or latency ' +
        'regresses, because a silent regression costs more than the fix.',
    );
  await page.getByRole('button', { name: 'Send and re-grade' }).click();
  await expect(page.getByTestId('follow-up-change')).toHaveText(/^([+−]\d\.\d|±0\.0)$/);
  await expect(page.getByText('Your follow-up answer')).toBeVisible();
  await page.screenshot({ path: '.tmp/practice-follow-up.png', fullPage: true });

  // The summary, then the plan and the progress chart.
  await page
    .getByRole('navigation', { name: 'Round progress' })
    .getByRole('button', { name: /Summary/ })
    .click();
  await expect(page.getByRole('heading', { name: 'How the round went' })).toBeVisible();
  await page.getByRole('link', { name: 'See your prep plan' }).click();
  await expect(page).toHaveURL(/\/practice\?view=plan$/);
  await expect(page.getByRole('heading', { name: 'Your prep plan', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Day \d+$/ }).first()).toBeVisible();
  const chart = page.locator('svg.progress-chart').first();
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle.progress-chart__point')).not.toHaveCount(0);
  await expect(page.getByRole('img', { name: /^Overall, scores out of 5 by round: round 1: \d\.\d\.$/ })).toBeVisible();
  await page.screenshot({ path: '.tmp/practice-plan.png', fullPage: true });

  // A plan item starts a round on that very question.
  const item = page.locator('.plan-day__item').first();
  const itemText = (await item.getAttribute('title')) ?? '';
  await item.getByRole('button', { name: 'Practise now' }).click();
  await expect(page).toHaveURL(/\/practice\?round=[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { name: 'Question 1 of 1', level: 1 })).toBeVisible();
  await expect(page.getByText(itemText.slice(0, 60))).toBeVisible();
});

test('a signed-in person practises with their account', async ({ page }) => {
  const user = demoUser('interviewer');
  await page.goto(`/sign-in?next=${encodeURIComponent('/practice')}`);
  await submitSignIn(page, user.email, user.password);
  await expect(page).toHaveURL((url) => url.pathname === '/practice');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  const round = await startRound(page, '15');
  await expect(page.getByRole('timer')).toHaveText(/\d\d:\d\d/);
  expect(await page.evaluate((key) => window.localStorage.getItem(key), SECRET_KEY)).toBeNull();

  // The account's own profile (the session cookie, no local secret) holds the round.
  const fetched = await page.request.get(`/api/v1/practice/rounds/${round.id}`);
  expect(fetched.status()).toBe(200);
  const profile = await page.request.get('/api/v1/practice/profile');
  expect(((await profile.json()) as { targetLevel: string }).targetLevel).toBe('senior');
});
