import { listOrgs } from '../../db/repos/org-repo.js';
import type { Deps } from '../context.js';

/** Every organisation in this database, for operator commands that must pick one. */
export function listOrganisations(db: Deps['db']): Promise<{ id: string; name: string }[]> {
  return listOrgs(db);
}
