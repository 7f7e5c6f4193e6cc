import { listMembers as listMemberRows } from '../../db/repos/org-repo.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import type { TMember } from '../../shared/schemas/auth.js';
import type { Page, PageQuery } from '../../shared/schemas/page.js';
import type { Actor, Deps } from '../context.js';
import { memberView } from './member-view.js';

/** Members of the caller's organisation, a page at a time. */
export async function listMembers(deps: Deps, actor: Actor, query: PageQuery): Promise<Page<TMember>> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await listMemberRows(deps.db, actor.orgId, { after, limit: query.limit + 1 });
  const items = rows.slice(0, query.limit).map(memberView);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}
