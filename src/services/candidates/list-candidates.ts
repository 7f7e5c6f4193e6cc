import { applicationsOfCandidates } from '../../db/repos/application-repo.js';
import { listCandidates as listRows } from '../../db/repos/candidate-repo.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import type { Page, PageQuery } from '../../shared/schemas/page.js';
import type { TCandidate } from '../../shared/schemas/panel.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { candidateView } from './candidate-view.js';

/** The organisation's candidates with their applications (hiring team only). */
export async function listCandidates(deps: Deps, actor: Actor, query: PageQuery): Promise<Page<TCandidate>> {
  requireRole(actor, HIRING_EDITORS);
  const rows = await listRows(deps.db, actor.orgId, {
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const apps = await applicationsOfCandidates(
    deps.db,
    actor.orgId,
    page.map((c) => c.id),
  );
  const items = await Promise.all(
    page.map((c) =>
      candidateView(
        deps.db,
        c,
        apps.filter((a) => a.candidateId === c.id),
      ),
    ),
  );
  const last = page.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}
