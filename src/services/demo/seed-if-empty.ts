import { countOrgs } from '../../db/repos/org-repo.js';
import type { Deps } from '../context.js';
import { type DemoSeed, seedDemo } from './seed-demo.js';

/** On a brand-new installation, create one demo organisation so there is something to sign in to. */
export async function seedDemoIfEmpty(deps: Deps): Promise<DemoSeed | undefined> {
  if ((await countOrgs(deps.db)) > 0) return undefined;
  return seedDemo(deps, { orgName: 'Demo Org' });
}
