import { applicationsOfCandidate } from '../../db/repos/application-repo.js';
import { findCandidate } from '../../db/repos/candidate-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TCandidate } from '../../shared/schemas/panel.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { candidateView } from './candidate-view.js';

/** One candidate of the organisation (hiring team only). */
export async function getCandidate(deps: Deps, actor: Actor, id: string): Promise<TCandidate> {
  requireRole(actor, HIRING_EDITORS);
  const c = await findCandidate(deps.db, actor.orgId, id);
  if (!c) throw new AppError('not_found', 'no such candidate');
  if (c.erasedAt) throw new AppError('not_found', 'this candidate was erased');
  return candidateView(deps.db, c, await applicationsOfCandidate(deps.db, actor.orgId, id));
}
