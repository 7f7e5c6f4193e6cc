import { appendAudit } from '../../db/repos/audit-repo.js';
import { updateOrgSettings as updateRow } from '../../db/repos/org-settings-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TOrgSettings, TUpdateOrgSettings } from '../../shared/schemas/gdpr.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { SETTINGS_ROLES } from './get-org-settings.js';

/**
 * Change fairness-report access, the minimum group size and the retention period (admins
 * only). Audited with the new values: they are policy, not personal data.
 */
export async function updateOrgSettings(deps: Deps, actor: Actor, input: TUpdateOrgSettings): Promise<TOrgSettings> {
  requireRole(actor, SETTINGS_ROLES);
  return deps.db.transaction(async (tx) => {
    const row = await updateRow(tx, actor.orgId, input);
    if (!row) throw new AppError('not_found', 'no such organisation');
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'org.settings_changed',
      targetType: 'organisation',
      targetId: actor.orgId,
      payload: { ...input },
    });
    return row;
  });
}
