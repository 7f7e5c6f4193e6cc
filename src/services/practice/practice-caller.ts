import { type ProfileRow, profileBySecret, profileOfUser } from '../../db/repos/practice-repo.js';

/** A practice profile as the routes hand it to use cases. */
export type { ProfileRow } from '../../db/repos/practice-repo.js';

import { AppError } from '../../shared/errors.js';
import { sha256 } from '../auth/secrets.js';
import type { Actor, Deps } from '../context.js';

/**
 * Whose practice this is: a signed-in user's own profile, or a local profile named by its
 * secret. Practice belongs to the person, never to an organisation.
 */
export async function practiceProfile(
  deps: Deps,
  actor: Actor | undefined,
  secret: string | undefined,
): Promise<ProfileRow> {
  if (secret) {
    const profile = await profileBySecret(deps.db, sha256(secret));
    if (!profile) throw new AppError('unauthenticated', 'this practice profile does not exist; create a new one');
    return profile;
  }
  if (actor) return profileOfUser(deps.db, actor.userId);
  throw new AppError(
    'unauthenticated',
    'sign in, or create a local practice profile and send its secret as X-Practice-Profile',
  );
}
