import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../test/db.js';
import type { DbHandle } from './client.js';
import { appendAudit } from './repos/audit-repo.js';
import { auditLog } from './schema.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => handle.close());

describe('the audit log', () => {
  it('refuses updates and deletes from any code path', async () => {
    await appendAudit(handle.db, { orgId: null, actorUserId: null, action: 'test.event', payload: { note: 'kept' } });
    await expect(handle.db.update(auditLog).set({ action: 'rewritten' })).rejects.toThrow();
    await expect(handle.db.delete(auditLog)).rejects.toThrow();
    const rows = await handle.db.select().from(auditLog);
    expect(rows.map((r) => r.action)).toEqual(['test.event']);
  });

  it('lets an erasure transaction that says so scrub a payload, and nothing else', async () => {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('caliper.erasure', 'on', true)`);
      await tx.update(auditLog).set({ payload: { note: '[erased]' } });
    });
    expect((await handle.db.select().from(auditLog))[0]?.payload).toEqual({ note: '[erased]' });
    // The flag was local to that transaction.
    await expect(handle.db.update(auditLog).set({ payload: {} })).rejects.toThrow();
  });
});
