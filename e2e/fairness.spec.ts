import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { TCandidate } from '../src/shared/schemas/panel.js';
import { REPORT_ATTRIBUTES, type TAdverseImpactReport } from '../src/shared/schemas/reports.js';
import { demoUser, readDemo, signInAt } from './helpers.js';

async function apiJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** Split CSV text into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test('an admin sees a flagged stage explained, downloads the fairness report as CSV, and erases a candidate', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The methodology is open to anyone, candidates included, and renders the markdown as elements.
  await page.goto('/methodology');
  await expect(page.getByRole('heading', { name: 'Methodology', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.locator('.prose')).not.toContainText('**');

  await signInAt(page, '/reports', demoUser('admin'));
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pass-through by stage' }).getByRole('table')).toBeVisible();

  // The demo data flags at least one stage for some attribute: find which, as the page will show it.
  let found: { attribute: string; stage: { name: string; explanation: string } } | undefined;
  for (const attribute of REPORT_ATTRIBUTES) {
    const report = await apiJson<TAdverseImpactReport>(page, `/api/v1/reports/adverse-impact?attribute=${attribute}`);
    const stage = report.by === 'stage' ? report.stages.find((s) => s.flagged) : undefined;
    if (stage) {
      found = { attribute, stage };
      break;
    }
  }
  if (!found) throw new Error('the demo data flags no stage for any attribute');

  // ---- The fairness report: the flagged stage carries the explanation in words.
  await page.getByRole('link', { name: 'Fairness', exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/fairness/);
  await expect(page.getByRole('heading', { name: 'Fairness', level: 1 })).toBeVisible();
  await page.getByLabel('Group by').selectOption(found.attribute);
  await expect(page).toHaveURL(new RegExp(`attribute=${found.attribute}`));
  const flagged = page.getByRole('region', { name: `${found.stage.name} Flagged`, exact: true });
  await expect(flagged).toBeVisible();
  await expect(flagged).toContainText('Below four-fifths.');
  await expect(flagged).toContainText(found.stage.explanation);
  // The chart has a text alternative and a table with a caption beside it.
  await expect(flagged.getByRole('img')).toHaveAttribute('aria-label', /four-fifths/);
  await expect(flagged.getByRole('table')).toBeVisible();
  await expect(flagged.getByRole('row').filter({ hasText: 'Yes' }).first()).toBeVisible();
  await page.screenshot({ path: '.tmp/fairness-report.png', fullPage: true });

  // ---- The CSV download: a header row, and the flagged stage's rows marked flagged.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const download = await downloading;
  const file = await download.path();
  const rows = parseCsv(readFileSync(file, 'utf8')).filter((r) => r.some((c) => c !== ''));
  const [header, ...body] = rows;
  expect(header?.slice(0, 6)).toEqual(['attribute', 'stage', 'name', 'reference_group', 'flagged', 'explanation']);
  const col = (name: string) => header?.indexOf(name) ?? -1;
  const flaggedRows = body.filter((r) => r[col('flagged')] === 'true');
  expect(flaggedRows.length).toBeGreaterThan(0);
  expect(flaggedRows.some((r) => r[col('name')] === found.stage.name && r[col('adverse_impact')] === 'true')).toBe(
    true,
  );
  expect(flaggedRows.every((r) => r[col('attribute')] === found.attribute)).toBe(true);

  // ---- Erase a candidate who has no interviews (other specs use the interviewed ones).
  const { candidates, interviews } = readDemo();
  const interviewed = new Set(interviews.map((i) => i.candidateId));
  let target: { id: string } | undefined;
  let person: TCandidate | undefined;
  for (const c of candidates.filter((c) => !interviewed.has(c.id))) {
    // Skip anyone a previous run against this server has already erased.
    const response = await page.request.get(`/api/v1/candidates/${c.id}`);
    if (response.status() !== 200) continue;
    target = c;
    person = (await response.json()) as TCandidate;
    break;
  }
  if (!target || !person) throw new Error('no demo candidate without interviews is left to erase');
  const roleId = person.applications[0]?.roleId;
  if (!roleId) throw new Error(`${person.name} has no application`);

  await page.goto(`/candidates?role=${roleId}`);
  const card = page.getByRole('article', { name: person.name });
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: person.name }).click();
  await expect(page.getByRole('heading', { name: person.name, level: 1 })).toBeVisible();
  const privacy = page.getByRole('region', { name: 'Privacy' });
  await expect(privacy.getByRole('link', { name: /Download everything held/ })).toHaveAttribute(
    'href',
    `/api/v1/candidates/${target.id}/export`,
  );

  await privacy.getByRole('button', { name: 'Erase candidate…' }).click();
  const dialog = page.getByRole('dialog', { name: `Erase ${person.name}?` });
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Erase permanently' });
  // Nothing happens until the name is typed exactly.
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the candidate’s name to confirm').fill(person.name.toUpperCase());
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the candidate’s name to confirm').fill(person.name);
  await confirm.click();

  // Back on the pipeline: the person is gone, everyone else is still there.
  await expect(page).toHaveURL(`/candidates?role=${roleId}`);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('article', { name: person.name })).toHaveCount(0);
  await expect(page.getByText(person.name)).toHaveCount(0);
  const after = await page.request.get(`/api/v1/candidates/${target.id}`);
  expect(after.status()).toBe(404);
});
