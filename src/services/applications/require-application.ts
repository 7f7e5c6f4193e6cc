import type { Db, Tx } from '../../db/client.js';
import { type ApplicationView, findApplication } from '../../db/repos/application-repo.js';
import { findLoopVersion, type LoopVersionRow } from '../../db/repos/role-repo.js';
import { AppError } from '../../shared/errors.js';

/** An application of the organisation with the loop version it is on, or 404. */
export async function requireApplication(
  db: Db | Tx,
  orgId: string,
  id: string,
): Promise<{ app: ApplicationView; loop: LoopVersionRow }> {
  const app = await findApplication(db, orgId, id);
  if (!app) throw new AppError('not_found', 'no such application');
  const loop = await findLoopVersion(db, app.loopVersionId);
  if (!loop) throw new AppError('not_found', 'no such application');
  return { app, loop };
}

/** The stage of the application's loop with this key, or a 400 naming the valid ones. */
export function requireStage(loop: LoopVersionRow, key: string, path: string) {
  const stage = loop.content.stages.find((s) => s.key === key);
  if (!stage) {
    const keys = loop.content.stages.map((s) => s.key).join(', ');
    throw new AppError('validation_failed', `${path}: must be one of this loop's stages: ${keys}`, {
      details: [{ path, message: `must be one of: ${keys}` }],
    });
  }
  return stage;
}
