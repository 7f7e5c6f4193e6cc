import type { MemberRow } from '../../db/repos/org-repo.js';
import type { TMember } from '../../shared/schemas/auth.js';

/** The API shape of a member. */
export function memberView(row: MemberRow): TMember {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.createdAt.toISOString() };
}
