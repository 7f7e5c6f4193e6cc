import { findRound, type ProfileRow } from '../../db/repos/practice-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TPracticeRound } from '../../shared/schemas/practice.js';
import type { Deps } from '../context.js';
import { roundView } from './round-view.js';

/** One of the profile's own rounds, with its answers and feedback; another's is not found. */
export async function getRound(deps: Deps, profile: ProfileRow, roundId: string): Promise<TPracticeRound> {
  const round = await findRound(deps.db, profile.id, roundId);
  if (!round) throw new AppError('not_found', 'no such practice round');
  return roundView(deps, round);
}
