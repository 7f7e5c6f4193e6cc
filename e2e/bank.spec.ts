import { randomInt } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import type { Page as ApiPage } from '../src/shared/schemas/page.js';
import type { TQuestionDetail, TQuestionSummary } from '../src/shared/schemas/question.js';
import type { TRubric } from '../src/shared/schemas/rubric.js';
import type { Level } from '../src/shared/schemas/vocabulary.js';
import { demoUser, signInAt } from './helpers.js';

const FORBIDDEN = 'Are you planning to start a family soon?';

async function apiJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

function listApi(page: Page, query: string): Promise<ApiPage<TQuestionSummary>> {
  return apiJson<ApiPage<TQuestionSummary>>(page, `/api/v1/questions?limit=100${query}`);
}

/** A made-up word (letters only, so full-text search keeps it whole) that no built-in question uses. */
function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = 'zorb';
  for (let i = 0; i < 6; i++) word += letters[randomInt(letters.length)];
  return word;
}

const LEVEL_LABELS: Record<Level, string> = { junior: 'Junior', mid: 'Mid', senior: 'Senior', staff: 'Staff' };

test('an admin searches the bank, opens a question and reads its signals, follow-ups, mistakes and anchors', async ({
  page,
}) => {
  await signInAt(page, '/bank', demoUser('admin'));
  const rows = page.getByRole('list', { name: 'Questions' }).locator(':scope > li');
  const all = await listApi(page, '');
  await expect(rows).toHaveCount(Math.min(all.items.length, 20));

  const term = 'idempotency';
  const matching = await listApi(page, `&q=${term}`);
  expect(matching.items.length).toBeGreaterThan(0);
  expect(matching.items.length).toBeLessThan(all.items.length);
  await page.getByRole('searchbox', { name: 'Search' }).fill(term);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${term}`));
  await expect(rows).toHaveCount(Math.min(matching.items.length, 20));

  // The first match that is written for more than one level, so switching level changes the anchors.
  const shown = matching.items.slice(0, 20);
  const summary = shown.find((q) => q.levels.length > 1) ?? shown[0];
  if (!summary) throw new Error('no question matched');
  const question = await apiJson<TQuestionDetail>(page, `/api/v1/questions/${summary.id}`);
  const rubric = await apiJson<TRubric>(page, '/api/v1/rubric');

  await page.getByRole('link', { name: summary.text }).click();
  await expect(page).toHaveURL(`/bank/${summary.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.text);

  for (const signal of question.lookFor) await expect(page.getByText(signal.text, { exact: true })).toBeVisible();
  for (const followUp of question.followUps) {
    await expect(page.getByText(followUp.text, { exact: true })).toBeVisible();
  }
  const failure = question.followUps.find((f) => f.kind === 'failure');
  if (failure) {
    await expect(page.locator('.follow-up--failure', { hasText: failure.text })).toContainText('When it fails');
  }
  const mistakes = page.getByRole('region', { name: 'Common mistakes' });
  for (const mistake of question.commonMistakes) await expect(mistakes).toContainText(mistake);
  await expect(page.getByRole('region', { name: 'Red flags' })).toContainText(question.redFlags[0] ?? '');

  // Example answers start collapsed.
  const strong = question.exampleAnswers?.strong ?? '';
  await expect(page.getByText(strong.slice(0, 60))).toBeHidden();
  await page.getByText('Example strong answer').click();
  await expect(page.getByText(strong.slice(0, 60))).toBeVisible();

  // Anchors: the question's first level is shown first; switching level changes the text.
  const dimension = question.dimensions[0];
  const first = question.levels[0];
  if (!dimension || !first) throw new Error('question without a dimension or a level');
  const other = (['junior', 'mid', 'senior', 'staff'] as const).find(
    (l) => l !== first && rubric.anchors[l][dimension]['4'] !== rubric.anchors[first][dimension]['4'],
  );
  if (!other) throw new Error(`the rubric has the same ${dimension} anchors at every level`);
  const anchors = page.getByRole('region', { name: 'Scoring anchors' });
  await expect(anchors.getByRole('radio', { name: LEVEL_LABELS[first] })).toBeChecked();
  await expect(anchors.getByText(rubric.anchors[first][dimension]['4'])).toBeVisible();
  await page.screenshot({ path: '.tmp/question.png', fullPage: true });

  await anchors.getByRole('radio', { name: LEVEL_LABELS[other] }).check();
  await expect(anchors.getByText(rubric.anchors[other][dimension]['4'])).toBeVisible();
  await expect(anchors.getByText(rubric.anchors[first][dimension]['4'])).toHaveCount(0);

  // Built-in questions are read-only, even for an admin.
  await expect(page.getByText('A built-in question: read-only.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
});

test('an admin adds an organisation question through the editor and finds it in the bank', async ({ page }) => {
  await signInAt(page, '/bank', demoUser('admin'));
  await page.getByRole('link', { name: 'Add a question' }).click();
  await expect(page).toHaveURL('/bank/new');
  await expect(page.getByRole('heading', { name: 'Add a question', level: 1 })).toBeVisible();

  const word = uniqueWord();
  const text = `Walk me through how you would ship a schema change to the ${word} ledger without downtime, and how you would undo it.`;
  await page.getByLabel('Question', { exact: true }).fill(text);
  // The editor shows the id the server will derive from the text.
  const derivedId = page.locator('.derived-id');
  await expect(derivedId).toHaveText(/^walk-me-through-how-you-would-ship-a-schema/);
  const expectedId = await derivedId.innerText();

  await page.getByRole('checkbox', { name: 'Mid', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Senior', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Operational judgement' }).check();
  await page.getByLabel('Filter topics').fill('migration');
  await page.getByRole('checkbox', { name: 'migrations', exact: true }).check();

  await page.getByRole('button', { name: 'Add a look-for signal' }).click();
  const signal = page.getByRole('group', { name: 'Look-for signal 1' });
  const signalText = 'Expands the schema first, backfills in batches, and only then removes the old column.';
  await signal.getByLabel('What a good answer does').fill(signalText);
  await signal.getByLabel('Cues').fill('expand, backfill, contract');
  await page.getByRole('button', { name: 'Add a follow-up' }).click();
  const followUpText = 'The backfill is half done when the deploy is rolled back. What state is the data in?';
  await page.getByRole('group', { name: 'Follow-up 1' }).getByLabel('What to ask').fill(followUpText);

  // Warnings (too few signals) do not stop it; there is no error.
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('warning');
  await expect(checks.locator('.issue--error')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page).toHaveURL(`/bank/${expectedId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expect(page.getByText('Your organisation', { exact: true })).toBeVisible();
  await expect(page.getByText('Needs signals', { exact: true })).toBeVisible();
  await expect(page.getByText(signalText)).toBeVisible();
  await expect(page.locator('.follow-up--failure')).toContainText(followUpText);
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retire' })).toBeVisible();

  await page.getByRole('link', { name: '← Question bank' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(word);
  const rows = page.getByRole('list', { name: 'Questions' }).locator(':scope > li');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(text);
  await expect(rows.first()).toContainText('Your organisation');
  await expect(rows.first()).toContainText('Needs signals');

  // Edit: two more signals make it complete (a new version); then retire it.
  await rows.first().getByRole('link').click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page).toHaveURL(`/bank/${expectedId}/edit`);
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue(text);
  await expect(page.getByLabel('Id', { exact: true })).toHaveValue(expectedId);
  const more = [
    ['Names a rollback for every step and checks it works before starting the change.', 'rollback, undo, rehearse'],
    ['Watches error rates and replication lag during the backfill and can pause it.', 'error rate, lag, pause'],
  ];
  for (const [i, [signalWording, cues]] of more.entries()) {
    await page.getByRole('button', { name: 'Add a look-for signal' }).click();
    const row = page.getByRole('group', { name: `Look-for signal ${i + 2}` });
    await row.getByLabel('What a good answer does').fill(signalWording ?? '');
    await row.getByLabel('Cues').fill(cues ?? '');
  }
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(`/bank/${expectedId}`);
  await expect(page.getByRole('definition').filter({ hasText: /^2$/ })).toBeVisible();
  await expect(page.getByText('Needs signals', { exact: true })).toHaveCount(0);
  for (const [signalWording] of more) await expect(page.getByText(signalWording ?? '')).toBeVisible();

  await page.getByRole('button', { name: 'Retire' }).click();
  await page.getByRole('button', { name: 'Retire question' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This question is retired' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
});

test('the editor flags a question about family plans while typing, and the save is refused with the reason', async ({
  page,
}) => {
  await signInAt(page, '/bank/new', demoUser('admin'));
  const field = page.getByLabel('Question', { exact: true });
  const checks = page.getByRole('region', { name: 'Checks' });
  const finding = page.getByRole('alert').filter({ hasText: 'family status' });

  const cut = FORBIDDEN.indexOf('family');
  await field.pressSequentially(FORBIDDEN.slice(0, cut), { delay: 15 });
  await expect(checks).toContainText('warning');
  await expect(finding).toHaveCount(0);
  await field.pressSequentially(FORBIDDEN.slice(cut), { delay: 15 });
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('“start a family”');
  await expect(page.locator('mark.finding--error')).toHaveText('start a family');
  await expect(checks.locator('.issue--error', { hasText: 'family status' })).toBeVisible();

  await page.getByRole('radio', { name: 'Values' }).check();
  await page.getByRole('checkbox', { name: 'Junior', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Trade-off reasoning' }).check();
  await page.getByRole('checkbox', { name: 'communication', exact: true }).check();
  await page.screenshot({ path: '.tmp/editor-lint.png', fullPage: true });

  await page.getByRole('button', { name: 'Add question' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Caliper refused to save this question' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('marital or family status');
  await expect(refusal).toBeFocused();
  await expect(page).toHaveURL('/bank/new');
  await page.screenshot({ path: '.tmp/editor-refused.png', fullPage: true });
});

test('an interviewer reads questions but sees no editor', async ({ page }) => {
  await signInAt(page, '/bank', demoUser('interviewer'));
  const rows = page.getByRole('list', { name: 'Questions' }).locator(':scope > li');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a question' })).toHaveCount(0);

  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/bank\/[a-z0-9-]+$/);
  await expect(page.getByRole('region', { name: 'Scoring anchors' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Retire' })).toHaveCount(0);

  await page.goto('/bank/new');
  await expect(page.getByText('You don’t have permission to add questions.')).toBeVisible();
  await expect(page.getByLabel('Question', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add question' })).toHaveCount(0);
});
