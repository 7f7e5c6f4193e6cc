import { listRoles as listRoleRows } from '../../db/repos/role-repo.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import { AppError } from '../../shared/errors.js';
import type { Page, PageQuery } from '../../shared/schemas/page.js';
import type { TRole } from '../../shared/schemas/panel.js';
import type { Actor, Deps } from '../context.js';
import { roleView } from './role-view.js';

/** The organisation's roles, newest first. */
export async function listRoles(deps: Deps, actor: Actor, query: PageQuery): Promise<Page<TRole>> {
  let before: Date | undefined;
  if (query.cursor) {
    before = new Date(decodeCursor(query.cursor));
    if (Number.isNaN(before.getTime())) throw new AppError('validation_failed', 'cursor is not valid');
  }
  const rows = await listRoleRows(deps.db, actor.orgId, { before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const items = await Promise.all(page.map((r) => roleView(deps.db, r)));
  const last = page.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt.toISOString()) : null };
}
