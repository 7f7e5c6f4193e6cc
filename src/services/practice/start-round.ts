import type { ProfileRow } from '../../db/repos/practice-repo.js';
import { insertRound } from '../../db/repos/practice-repo.js';
import { type DrawnQuestion, drawRound } from '../../domain/practice/draw.js';
import { historyOf } from '../../domain/practice/history.js';
import { AppError } from '../../shared/errors.js';
import type { TPracticeRound, TStartRound } from '../../shared/schemas/practice.js';
import type { Deps } from '../context.js';
import { gradedHistory } from './graded-history.js';
import { publicBank, publicQuestion } from './public-bank.js';
import { roundView } from './round-view.js';

const QUESTION_IDS = { details: [{ path: 'questionIds', message: 'must name public questions at the round level' }] };

/** The questions a person chose (from their plan), each a public question at their level. */
function chosen(ids: readonly string[], level: TStartRound['level']): DrawnQuestion[] {
  return [...new Set(ids)].map((id) => {
    const q = publicQuestion(id);
    if (!q) throw new AppError('unprocessable', `no practice question with id ${id}`, QUESTION_IDS);
    if (!q.levels.includes(level))
      throw new AppError('unprocessable', `${id} is not a ${level} question`, QUESTION_IDS);
    return { id: q.id, minutes: q.minutes, reason: 'You chose it from your prep plan.' };
  });
}

/** Start a timed practice round drawn for the level, track and length, tailored by history and context. */
export async function startRound(deps: Deps, profile: ProfileRow, input: TStartRound): Promise<TPracticeRound> {
  const history = historyOf(await gradedHistory(deps.db, profile.id));
  const seed = `${profile.id}:${deps.now().toISOString()}`;
  const drawn = input.questionIds
    ? chosen(input.questionIds, input.level)
    : drawRound(
        publicBank(),
        {
          level: input.level,
          track: input.track,
          minutes: input.minutes,
          seed,
          ...(input.context && { context: input.context }),
        },
        history,
      );
  if (drawn.length === 0)
    throw new AppError('unprocessable', 'no unanswered questions are left for this level and track; try another track');
  const round = await insertRound(deps.db, {
    profileId: profile.id,
    level: input.level,
    track: input.track,
    minutes: input.minutes,
    context: input.context ?? null,
    questions: drawn,
  });
  return roundView(deps, round);
}
