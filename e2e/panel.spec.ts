import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import type { TLoop, TRole } from '../src/shared/schemas/panel.js';
import { demoUser, readDemo, signInAt } from './helpers.js';

interface Suggestion {
  id: string;
  text: string;
}

interface InterviewSummary {
  id: string;
  applicationId: string;
  interviewers: { id: string; name: string }[];
}

async function apiJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

function interviewers() {
  const people = readDemo().users.filter((u) => u.role === 'interviewer');
  const [first, second] = people;
  if (!first || !second) throw new Error('the demo seed has fewer than two interviewers');
  return [first, second] as const;
}

test('an admin opens a role, edits its loop, adds a candidate, schedules a two-person interview and prints the kit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const suffix = randomBytes(3).toString('hex');
  const [ines, ivo] = interviewers();

  // ---- A new role: its loop is composed at once.
  await signInAt(page, '/loops', demoUser('admin'));
  await expect(page.getByRole('heading', { name: 'Roles & loops', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New role' }).click();
  await expect(page).toHaveURL('/loops/new');
  const title = `Senior Backend Engineer ${suffix}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('radio', { name: 'Senior' }).check();
  // The band follows the level until someone types one.
  await expect(page.getByLabel('Minimum')).toHaveValue('165000');
  await expect(page.getByLabel('Maximum')).toHaveValue('235000');
  await page.getByLabel('Location').fill('Lisbon');
  await page.getByLabel('Hiring manager').selectOption({ label: 'Hana Hiring-Manager (Hiring manager)' });
  await page.getByRole('button', { name: 'Open role and compose loop' }).click();
  await expect(page).toHaveURL(/\/loops\/[0-9a-f-]{36}$/);
  const roleId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Published pay band' })).toContainText('$165,000 – $235,000');

  const loop = await apiJson<TLoop>(page, `/api/v1/roles/${roleId}/loop`);
  for (const stage of loop.stages) {
    await expect(page.getByRole('heading', { name: stage.name, exact: true, level: 3 })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Kit balance' })).toContainText('All questions');

  // ---- Swap the first question of a stage through the suggestions, then move the second one up.
  const stage = loop.stages.find((s) => s.questions.length >= 2);
  if (!stage) throw new Error('the composed loop has no stage with two questions');
  const [first, second] = stage.questions;
  if (!first || !second) throw new Error('unreachable');
  const inLoop = new Set(loop.stages.flatMap((s) => s.questions.map((q) => q.id)));
  const { items } = await apiJson<{ items: Suggestion[] }>(
    page,
    `/api/v1/roles/${roleId}/loop/suggestions?stage=${stage.key}&question=${first.id}`,
  );
  const replacement = items.find((s) => !inLoop.has(s.id));
  if (!replacement) throw new Error(`no swap suggestion for ${first.id}`);

  const section = page.getByRole('region', { name: stage.name, exact: true });
  const rows = section.getByRole('list', { name: `Questions of ${stage.name}` }).locator(':scope > li');
  await expect(rows).toHaveCount(stage.questions.length);
  await expect(rows.nth(0)).toContainText(first.text);
  await rows.nth(0).getByRole('button', { name: 'Swap' }).click();
  const swap = page.getByRole('region', { name: `Swap question 1 of ${stage.name}` });
  await swap.getByRole('button', { name: `Use this question: ${replacement.text}` }).click();
  await expect(rows.nth(0)).toContainText(replacement.text);
  await expect(rows.nth(0)).toContainText('Swapped in, not saved');

  await rows.nth(1).getByRole('button', { name: 'Move up' }).click();
  await expect(rows.nth(0)).toContainText(second.text);
  await expect(rows.nth(1)).toContainText(replacement.text);
  // Focus follows the moved question; at the top its Move up stays focusable but disabled.
  const moveUp = rows.nth(0).getByRole('button', { name: 'Move up' });
  await expect(moveUp).toBeFocused();
  await expect(moveUp).toBeDisabled();

  // Two interviewers for the stage: scheduling starts from them.
  const panel = section.getByRole('group', { name: `Interviewers for ${stage.name}` });
  await panel.getByRole('checkbox', { name: ines.name }).check();
  await panel.getByRole('checkbox', { name: ivo.name }).check();
  await expect(page.getByText('Unsaved changes.')).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/loop-builder.png', fullPage: true });

  await page.getByRole('button', { name: 'Save loop' }).click();
  await expect(page.getByText('Loop saved.')).toBeVisible();
  await expect(rows.nth(0)).not.toContainText('Swapped in, not saved');
  const saved = await apiJson<TLoop>(page, `/api/v1/roles/${roleId}/loop`);
  const savedStage = saved.stages.find((s) => s.key === stage.key);
  expect(savedStage?.questions.slice(0, 2).map((q) => q.id)).toEqual([second.id, replacement.id]);
  expect(savedStage?.interviewerIds.toSorted()).toEqual([ines.id, ivo.id].toSorted());
  expect(saved.version).toBe(loop.version);

  // ---- Add a candidate to the role on the pipeline board and move them on.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
  await page.getByLabel('Role', { exact: true }).selectOption(roleId);
  await expect(page).toHaveURL(`/candidates?role=${roleId}`);
  const candidate = `Robin Tester ${suffix}`;
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.getByLabel('Name', { exact: true }).fill(candidate);
  await page.getByLabel('Email', { exact: true }).fill(`robin.${suffix}@example.com`);
  await page.getByLabel(/^Accommodations/).fill('Captions on video calls, please.');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(candidate);

  const [firstStage, nextStage] = saved.stages;
  if (!firstStage || !nextStage) throw new Error('the loop has fewer than two stages');
  const column = (name: string) =>
    page.getByRole('region', { name: new RegExp(`^${escapeRegExp(name)} \\d+ candidate`) });
  await expect(column(firstStage.name).getByRole('article', { name: candidate })).toBeVisible();
  await column(firstStage.name)
    .getByRole('button', { name: `Move ${candidate} to next stage` })
    .click();
  await expect(column(nextStage.name).getByRole('article', { name: candidate })).toBeVisible();
  await expect(column(firstStage.name).getByRole('article', { name: candidate })).toHaveCount(0);
  await page.screenshot({ path: '.tmp/pipeline-board.png', fullPage: true });

  // ---- The candidate's page: accommodations, self-identification (admin), and scheduling.
  await column(nextStage.name).getByRole('link', { name: candidate }).click();
  await expect(page.getByRole('heading', { name: candidate, level: 1 })).toBeVisible();
  // The accommodations show on the application, and the candidate packet repeats them.
  const accommodations = page.getByText('Captions on video calls, please.', { exact: true });
  await expect(accommodations.first()).toBeVisible();
  await page.locator('summary', { hasText: 'Candidate packet' }).click();
  await expect(accommodations).toHaveCount(2);
  await expect(accommodations.nth(1)).toBeVisible();
  const demographics = page.getByRole('region', { name: 'Voluntary self-identification' });
  await expect(demographics).toContainText('Never shown to interviewers');
  await demographics.getByRole('button', { name: 'Save self-identification' }).click();
  await expect(demographics.getByRole('alert')).toContainText('consent');
  await demographics.getByRole('checkbox', { name: /consents/ }).check();
  await demographics.getByLabel('Age band').selectOption('prefer-not-to-say');
  await demographics.getByRole('button', { name: 'Save self-identification' }).click();
  await expect(demographics.getByRole('status')).toHaveText('Saved.');

  await page.locator('summary', { hasText: 'Schedule interview' }).click();
  const form = page.getByRole('form', { name: `Schedule an interview for ${title}` });
  await form.getByLabel('Stage').selectOption({ label: stage.name });
  const who = form.getByRole('group', { name: 'Interviewers' });
  await expect(who.getByRole('checkbox', { name: ines.name })).toBeChecked();
  await expect(who.getByRole('checkbox', { name: ivo.name })).toBeChecked();
  await form.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Scheduled the' })).toContainText(stage.name);
  const scheduled = await apiJson<{ items: InterviewSummary[] }>(page, `/api/v1/interviews?roleId=${roleId}`);
  expect(scheduled.items).toHaveLength(1);
  expect(scheduled.items[0]?.interviewers.map((p) => p.id).toSorted()).toEqual([ines.id, ivo.id].toSorted());

  // ---- The kit, on screen and as printed.
  await page.getByRole('link', { name: 'Open the interview kit' }).click();
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: stage.name, level: 1 })).toBeVisible();
  const kitQuestions = page.getByRole('list', { name: 'Questions' }).locator(':scope > li');
  await expect(kitQuestions).toHaveCount(savedStage?.questions.length ?? 0);
  await expect(kitQuestions.nth(0)).toContainText(second.text);
  await expect(kitQuestions.nth(1)).toContainText(replacement.text);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print kit' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await expect(page.getByText(candidate, { exact: true })).toBeVisible();
  for (const q of savedStage?.questions ?? []) await expect(page.getByText(q.text, { exact: true })).toBeVisible();
  await page.screenshot({ path: '.tmp/kit-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('an interviewer sees roles read-only, no New role button, and never a candidate’s self-identification', async ({
  page,
}) => {
  const interviewer = demoUser('interviewer');
  const candidateId = readDemo().candidates[0]?.id;
  if (!candidateId) throw new Error('the demo seed has no candidates');

  await signInAt(page, '/loops', interviewer);
  await expect(page.getByRole('heading', { name: 'Roles & loops', level: 1 })).toBeVisible();
  const roles = await apiJson<{ items: TRole[] }>(page, '/api/v1/roles?limit=5');
  const role = roles.items[0];
  if (!role) throw new Error('the demo seed has no roles');
  await expect(page.getByRole('link', { name: role.title, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New role' })).toHaveCount(0);

  // The loop reads the same, with no way to change it.
  await page.getByRole('link', { name: role.title, exact: true }).click();
  await expect(page.getByRole('heading', { name: role.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Stages' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save loop' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Move up' })).toHaveCount(0);
  await expect(page.getByText('Edit role details')).toHaveCount(0);

  // A candidate's page is the hiring team's; the self-identification form never appears.
  await page.goto(`/candidates/${candidateId}`);
  await expect(page.getByRole('heading', { name: /You can’t see this candidate/ })).toBeVisible();
  await expect(page.getByText('Voluntary self-identification')).toHaveCount(0);
  await expect(page.getByLabel('Age band')).toHaveCount(0);
  const response = await page.request.get(`/api/v1/candidates/${candidateId}/demographics`);
  expect(response.status()).toBe(403);

  // Their own interviews are on the home page, each with its kit.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
  await expect(page.getByText('for the hiring team')).toBeVisible();
  await page.getByRole('link', { name: 'your home page' }).click();
  const mine = await apiJson<{ items: InterviewSummary[] }>(page, '/api/v1/interviews?mine=true');
  const myInterviews = page.getByRole('region', { name: 'My interviews' });
  await expect(myInterviews).toBeVisible();
  if (mine.items.length > 0) {
    await myInterviews.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: 'Questions, in order' })).toBeVisible();
    await expect(page.getByText('Voluntary self-identification')).toHaveCount(0);
  } else {
    await expect(myInterviews).toContainText('No interviews assigned to you');
  }
});

test('a held interview locks its stage: reordering it is saved as a new loop version for new candidates', async ({
  page,
}) => {
  await signInAt(page, '/loops', demoUser('admin'));
  // A seeded interview at a stage with at least two questions.
  const seeded = readDemo().interviews;
  let target: { interview: string; roleId: string; stageKey: string; stageName: string; loop: TLoop } | undefined;
  for (const interview of seeded) {
    const kit = await apiJson<{ role: { id: string }; stage: { key: string; name: string }; status: string }>(
      page,
      `/api/v1/interviews/${interview.id}`,
    );
    if (kit.status !== 'scheduled') continue;
    const loop = await apiJson<TLoop>(page, `/api/v1/roles/${kit.role.id}/loop`);
    const stage = loop.stages.find((s) => s.key === kit.stage.key);
    if (stage && stage.questions.length >= 2 && !stage.locked) {
      target = { interview: interview.id, roleId: kit.role.id, stageKey: stage.key, stageName: stage.name, loop };
      break;
    }
  }
  if (!target) throw new Error('no seeded interview at an unlocked stage with two questions');

  await page.goto(`/interviews/${target.interview}`);
  await page.getByRole('button', { name: 'Mark as held' }).click();
  await expect(page.getByRole('button', { name: 'Mark as held' })).toHaveCount(0);
  await expect(page.locator('.kit__facts')).toContainText('Held');

  await page.goto(`/loops/${target.roleId}`);
  const section = page.getByRole('region', { name: target.stageName, exact: true });
  await expect(section.getByText('Locked', { exact: true })).toBeVisible();
  const rows = section.getByRole('list', { name: `Questions of ${target.stageName}` }).locator(':scope > li');
  await rows.nth(0).getByRole('button', { name: 'Move down' }).click();
  const next = target.loop.version + 1;
  await expect(section.getByRole('status')).toContainText(
    `Stage locked: your change creates version ${next} for new candidates.`,
  );
  await page.getByRole('button', { name: 'Save loop' }).click();
  await expect(page.getByText(`Saved as version ${next}, used by new candidates.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: `Loop version ${next}` })).toBeVisible();
  const saved = await apiJson<TLoop>(page, `/api/v1/roles/${target.roleId}/loop`);
  expect(saved.version).toBe(next);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
