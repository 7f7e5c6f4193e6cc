import type { Actor, Deps } from '../services/context.js';
import { getLoop } from '../services/loops/get-loop.js';
import { createRole } from '../services/roles/create-role.js';

/** An open mid-level role with its composed loop's stages. */
export async function openRoleWithLoop(deps: Deps, admin: Actor, title: string) {
  const role = await createRole(deps, admin, {
    title,
    level: 'mid',
    band: { min: 130000, max: 160000, currency: 'USD' },
    location: 'Remote',
    remote: true,
    status: 'open',
    exercise: 'live-coding',
  });
  const loop = await getLoop(deps, admin, role.id);
  return { id: role.id, stages: loop.stages };
}
