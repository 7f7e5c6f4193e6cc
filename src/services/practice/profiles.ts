import type { z } from 'zod';
import { insertLocalProfile, type ProfileRow, roundsOfProfile, updateProfile } from '../../db/repos/practice-repo.js';
import type { ZCreateLocalProfile, ZPracticeProfile, ZUpdatePracticeProfile } from '../../shared/schemas/practice.js';
import { randomSecret, sha256 } from '../auth/secrets.js';
import type { Deps } from '../context.js';

type Profile = z.infer<typeof ZPracticeProfile>;

async function view(deps: Deps, p: ProfileRow): Promise<Profile> {
  return {
    id: p.id,
    targetLevel: p.targetLevel,
    interviewDate: p.interviewDate,
    rounds: (await roundsOfProfile(deps.db, p.id)).length,
  };
}

/** A profile without an account: the secret is shown once and stored hashed. */
export async function createLocalProfile(
  deps: Deps,
  input: z.infer<typeof ZCreateLocalProfile>,
): Promise<Profile & { secret: string }> {
  const secret = `pp_${randomSecret()}`;
  const row = await insertLocalProfile(deps.db, sha256(secret), input.targetLevel);
  return { ...(await view(deps, row)), secret };
}

/** The profile as the candidate sees it. */
export async function getProfile(deps: Deps, profile: ProfileRow): Promise<Profile> {
  return view(deps, profile);
}

/** Set the target level or the interview date (the plan counts down to it). */
export async function setProfile(
  deps: Deps,
  profile: ProfileRow,
  input: z.infer<typeof ZUpdatePracticeProfile>,
): Promise<Profile> {
  const row = await updateProfile(deps.db, profile.id, {
    ...(input.targetLevel !== undefined && { targetLevel: input.targetLevel }),
    ...(input.interviewDate !== undefined && { interviewDate: input.interviewDate }),
  });
  return view(deps, row ?? profile);
}
