import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../db/client.js';
import { runCaliper as caliper } from '../test/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'caliper-gdpr-cli-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let orgId: string;
let candidates: { id: string; email: string }[];
beforeAll(async () => {
  const seeded = await caliper('demo', 'seed', '--data-dir', dataDir, '--json', '--org-name', 'Privacy CLI');
  expect(seeded.code, seeded.stderr).toBe(0);
  const seed = JSON.parse(seeded.stdout);
  orgId = seed.org.id;
  candidates = seed.candidates;
  expect(candidates.length).toBeGreaterThan(3);
});

/** Run SQL on the data directory between CLI runs (one process may hold it at a time). */
async function withDb<T>(work: (run: (q: ReturnType<typeof sql>) => Promise<unknown[]>) => Promise<T>): Promise<T> {
  const handle = await createDb({ kind: 'pglite', dataDir });
  try {
    return await work(async (q) => ((await handle.db.execute(q)) as unknown as { rows: unknown[] }).rows);
  } finally {
    await handle.close();
  }
}

describe('caliper gdpr export', () => {
  it('prints everything held about the candidate as JSON, or writes it to a file', async () => {
    const c = candidates[0] as { id: string; email: string };
    const { code, stdout, stderr } = await caliper('gdpr', 'export', '--candidate', c.id, '--data-dir', dataDir);
    expect(code, stderr).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.candidate).toMatchObject({ id: c.id, email: c.email });
    expect(data.organisation.id).toBe(orgId);
    expect(data.applications.length).toBeGreaterThan(0);
    expect(data.auditEntries.map((e: { action: string }) => e.action)).toContain('candidate.created');

    const out = join(dir, 'export.json');
    const written = await caliper(
      'gdpr',
      'export',
      '--candidate',
      c.id,
      '--org',
      'Privacy CLI',
      '--out',
      out,
      '--data-dir',
      dataDir,
    );
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain(out);
    expect(JSON.parse(readFileSync(out, 'utf8')).candidate.id).toBe(c.id);
  }, 240_000);

  it('fails in one line for a missing, malformed or unknown candidate', async () => {
    for (const args of [
      ['--candidate', 'not-a-uuid'],
      ['--candidate', '00000000-0000-4000-8000-000000000000'],
    ]) {
      const { code, stderr } = await caliper('gdpr', 'export', ...args, '--data-dir', dataDir);
      expect(code, args.join(' ')).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 240_000);
});

describe('caliper gdpr erase', () => {
  it('refuses without --yes, erases with it, and the person is gone afterwards', async () => {
    const c = candidates[1] as { id: string; email: string };
    const refused = await caliper('gdpr', 'erase', '--candidate', c.id, '--data-dir', dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/--yes/);
    expect((await caliper('gdpr', 'export', '--candidate', c.id, '--data-dir', dataDir)).code).toBe(0);

    const erased = await caliper('gdpr', 'erase', '--candidate', c.id, '--yes', '--json', '--data-dir', dataDir);
    expect(erased.code, erased.stderr).toBe(0);
    expect(JSON.parse(erased.stdout)).toMatchObject({ candidateId: c.id });

    const after = await caliper('gdpr', 'export', '--candidate', c.id, '--data-dir', dataDir);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('this candidate was erased');
    const rows = await withDb((run) => run(sql`select count(*)::int as n from candidates where email = ${c.email}`));
    expect(rows).toEqual([{ n: 0 }]);
  }, 240_000);
});

describe('caliper gdpr retention', () => {
  it('erases nobody without a retention period, then the candidates past it', async () => {
    const none = await caliper('gdpr', 'retention', '--json', '--data-dir', dataDir);
    expect(none.code, none.stderr).toBe(0);
    expect(JSON.parse(none.stdout).erased).toBe(0);

    // One candidate whose applications all closed two years ago, under a one-year policy.
    const c = candidates[2] as { id: string; email: string };
    await withDb(async (run) => {
      await run(sql`update organisations set retention_days = 365 where id = ${orgId}`);
      await run(sql`update applications set status = 'withdrawn', updated_at = now() - interval '730 days'
                    where candidate_id = ${c.id}`);
      await run(sql`update candidates set created_at = now() - interval '730 days' where id = ${c.id}`);
    });
    const swept = await caliper('gdpr', 'retention', '--org', orgId, '--data-dir', dataDir);
    expect(swept.code, swept.stderr).toBe(0);
    expect(swept.stdout.trim()).toBe('erased 1 candidate(s) past the retention period');
    const [row] = await withDb((run) =>
      run(sql`select name, erased_at is not null as erased from candidates where id = ${c.id}`),
    );
    expect(row).toEqual({ name: 'Erased candidate', erased: true });
  }, 240_000);
});

describe('caliper report methodology', () => {
  it('prints the methodology as Markdown, or as JSON', async () => {
    const text = await caliper('report', 'methodology');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^# How Caliper scores interviews/);
    expect(text.stdout).toContain('| System design |');
    const json = await caliper('report', 'methodology', '--json');
    expect(JSON.parse(json.stdout).markdown).toContain('Software never decides.');
  }, 240_000);
});
