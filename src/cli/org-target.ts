import type { Db } from '../services/context.js';
import { listOrganisations } from '../services/org/list-orgs.js';
import { CliError } from './errors.js';

/**
 * The organisation a command acts on: --org when given (it must exist), otherwise the only
 * organisation there is. With several, the user must choose, and is shown how.
 */
export async function resolveOrg(db: Db, flag: string | undefined): Promise<{ id: string; name: string }> {
  const orgs = await listOrganisations(db);
  if (flag) {
    const org = orgs.find((o) => o.id === flag || o.name === flag);
    if (!org) throw new CliError(`no organisation ${flag}; ${orgs.length} exist (caliper demo seed creates one)`);
    return org;
  }
  const [only, ...more] = orgs;
  if (!only) throw new CliError('there is no organisation yet; start the server once or run caliper demo seed');
  if (more.length > 0) {
    throw new CliError(`${orgs.length} organisations exist; choose one with --org (e.g. --org ${only.id})`);
  }
  return only;
}
