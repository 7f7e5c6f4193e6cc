import { findOrgSettings } from '../../db/repos/org-settings-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TOrgSettings } from '../../shared/schemas/gdpr.js';
import { type Actor, type Deps, requireRole } from '../context.js';

/** Admins own the organisation's fairness and retention settings. */
export const SETTINGS_ROLES = ['admin'] as const;

/** The caller's organisation settings (admins only). */
export async function getOrgSettings(deps: Deps, actor: Actor): Promise<TOrgSettings> {
  requireRole(actor, SETTINGS_ROLES);
  const row = await findOrgSettings(deps.db, actor.orgId);
  if (!row) throw new AppError('not_found', 'no such organisation');
  return row;
}
