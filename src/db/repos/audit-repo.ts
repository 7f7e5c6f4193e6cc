import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { auditLog } from '../schema.js';

type Conn = Db | Tx;

export type AuditRow = typeof auditLog.$inferSelect;

/** An audit entry to append. */
export interface AuditEntry {
  orgId: string | null;
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  payload?: Record<string, unknown>;
}

/** Append an entry. There is no update or delete here on purpose: the log is append-only. */
export async function appendAudit(db: Conn, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    orgId: e.orgId,
    actorUserId: e.actorUserId,
    action: e.action,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    payload: e.payload ?? {},
  });
}

/** An organisation's audit entries, newest first, before an optional cursor id. */
export async function listAudit(
  db: Conn,
  orgId: string,
  opts: { before?: number; limit: number },
): Promise<AuditRow[]> {
  const where = opts.before ? and(eq(auditLog.orgId, orgId), lt(auditLog.id, opts.before)) : eq(auditLog.orgId, orgId);
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(opts.limit);
}

/** Audit entries about one application (decisions, scorecards, its debrief), oldest first. */
export async function auditOfApplication(db: Conn, orgId: string, applicationId: string): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), sql`${auditLog.payload}->>'applicationId' = ${applicationId}`))
    .orderBy(asc(auditLog.id));
}
