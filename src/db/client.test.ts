import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from './client.js';
import { insertOrg } from './repos/org-repo.js';

const run = promisify(execFile);
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'caliper-db-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('embedded database in a data directory', () => {
  it('keeps data across restarts', async () => {
    const dir = tempDir();
    const first = await createDb({ kind: 'pglite', dataDir: dir });
    await first.migrate();
    const org = await insertOrg(first.db, 'Persisted Ltd');
    await first.close();
    const second = await createDb({ kind: 'pglite', dataDir: dir });
    await second.migrate();
    const found = await second.db.query.organisations.findFirst({ where: (o, { eq }) => eq(o.id, org.id) });
    expect(found?.name).toBe('Persisted Ltd');
    await second.close();
  });

  it('gives a second process a clear error instead of opening the same directory', async () => {
    const dir = tempDir();
    const holder = await createDb({ kind: 'pglite', dataDir: dir });
    try {
      const result = await run('node', ['bin/caliper.mjs', 'migrate', '--data-dir', dir]).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('is in use by another Caliper process');
    } finally {
      await holder.close();
    }
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = tempDir();
    // A pid far above any real one stands for a process that no longer exists.
    writeFileSync(join(dir, 'caliper.lock'), '999999999');
    const handle = await createDb({ kind: 'pglite', dataDir: dir });
    await handle.migrate();
    await handle.close();
  });
});
