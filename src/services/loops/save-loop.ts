import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { heldStages } from '../../db/repos/interview-repo.js';
import { insertLoopVersion, type LoopVersionRow, replaceLoopContent } from '../../db/repos/role-repo.js';
import type { StoredLoop } from '../../db/schema-panel.js';
import type { Actor } from '../context.js';

/**
 * Store a changed loop. While no candidate has been interviewed at a stage whose questions or
 * order change, the current version is edited in place; otherwise the change becomes a new
 * version, used only by new candidates, so everyone already in the loop keeps the same
 * questions in the same order.
 */
export async function saveLoop(
  tx: Tx,
  actor: Actor,
  current: LoopVersionRow,
  next: StoredLoop,
  action: string,
): Promise<{ newVersion: boolean }> {
  const held = await heldStages(tx, current.id);
  const order = (l: StoredLoop, key: string) =>
    JSON.stringify(l.stages.find((s) => s.key === key)?.questions.map((q) => [q.id, q.version]) ?? null);
  const touchesLocked = [...held].some((key) => order(current.content, key) !== order(next, key));
  if (touchesLocked) {
    await insertLoopVersion(tx, {
      orgId: actor.orgId,
      roleId: current.roleId,
      version: current.version + 1,
      content: next,
      createdBy: actor.userId,
    });
  } else {
    await replaceLoopContent(tx, current.id, next);
  }
  await appendAudit(tx, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action,
    targetType: 'role',
    targetId: current.roleId,
    payload: { version: touchesLocked ? current.version + 1 : current.version, newVersion: touchesLocked },
  });
  return { newVersion: touchesLocked };
}
