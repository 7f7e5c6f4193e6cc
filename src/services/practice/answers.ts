import type { z } from 'zod';
import {
  type AnswerRow,
  answersOfRound,
  findRound,
  type ProfileRow,
  type RoundRow,
  updateAnswer,
} from '../../db/repos/practice-repo.js';
import { gradeAnswer } from '../../domain/grader/grade.js';
import { AppError } from '../../shared/errors.js';
import type { TPracticeRound, ZFollowUpAnswer, ZSaveAnswer } from '../../shared/schemas/practice.js';
import type { Deps } from '../context.js';
import { gradeWithLlm } from './llm-grade.js';
import { publicQuestion } from './public-bank.js';
import { roundView } from './round-view.js';

/** The round (the caller's own) and the current answer row for one of its questions. */
async function requireAnswer(
  deps: Deps,
  profile: ProfileRow,
  roundId: string,
  questionId: string,
): Promise<{ round: RoundRow; current: AnswerRow | undefined }> {
  const round = await findRound(deps.db, profile.id, roundId);
  if (!round) throw new AppError('not_found', 'no such practice round');
  if (!round.questions.some((q) => q.id === questionId))
    throw new AppError('not_found', `question ${questionId} is not in this round`);
  const current = (await answersOfRound(deps.db, round.id)).find((a) => a.questionId === questionId);
  return { round, current };
}

/** Autosave a draft answer and the time used so far; a submitted answer is final. */
export async function saveAnswer(
  deps: Deps,
  profile: ProfileRow,
  roundId: string,
  questionId: string,
  input: z.infer<typeof ZSaveAnswer>,
): Promise<TPracticeRound> {
  const { round, current } = await requireAnswer(deps, profile, roundId, questionId);
  if (current?.submittedAt) throw new AppError('conflict', 'this answer was already submitted for grading');
  await updateAnswer(deps.db, round.id, questionId, {
    answer: input.answer,
    elapsedSeconds: input.elapsedSeconds,
    updatedAt: deps.now(),
  });
  return roundView(deps, round);
}

/**
 * Submit an answer: the built-in grader grades it against the question's rubric; when an LLM
 * is configured its grade is stored beside it (never instead of it). The follow-up the coach
 * will ask is recorded with the grade.
 */
export async function submitAnswer(
  deps: Deps,
  profile: ProfileRow,
  roundId: string,
  questionId: string,
  input: z.infer<typeof ZSaveAnswer>,
): Promise<TPracticeRound> {
  const { round, current } = await requireAnswer(deps, profile, roundId, questionId);
  const question = publicQuestion(questionId);
  if (!question) throw new AppError('conflict', 'this question was retired from the bank');
  if (current?.submittedAt) throw new AppError('conflict', 'this answer was already submitted for grading');
  const grade = gradeAnswer(question, input.answer, { level: round.level });
  const llm = deps.config.llm ? await gradeWithLlm(deps.config.llm, question, input.answer, grade) : undefined;
  await updateAnswer(deps.db, round.id, questionId, {
    answer: input.answer,
    elapsedSeconds: input.elapsedSeconds,
    submittedAt: deps.now(),
    grade: grade as unknown as Record<string, unknown>,
    llmGrade: llm?.grade ? (llm.grade as unknown as Record<string, unknown>) : null,
    followUpQuestion: grade.followUp?.text ?? null,
    updatedAt: deps.now(),
  });
  return roundView(deps, round);
}

/**
 * Answer the coach's follow-up: the first answer and the follow-up answer are graded together
 * and the change is shown, the way a real interviewer weighs the whole exchange.
 */
export async function answerFollowUp(
  deps: Deps,
  profile: ProfileRow,
  roundId: string,
  questionId: string,
  input: z.infer<typeof ZFollowUpAnswer>,
): Promise<TPracticeRound> {
  const { round, current } = await requireAnswer(deps, profile, roundId, questionId);
  const question = publicQuestion(questionId);
  if (!question || !current?.submittedAt || !current.followUpQuestion)
    throw new AppError('conflict', 'submit the answer first; the follow-up comes after grading');
  const combined = `${current.answer.trimEnd()}\n\n${input.answer.trim()}`;
  const grade = gradeAnswer(question, combined, { level: round.level });
  await updateAnswer(deps.db, round.id, questionId, {
    followUpAnswer: input.answer,
    followUpGrade: grade as unknown as Record<string, unknown>,
    updatedAt: deps.now(),
  });
  return roundView(deps, round);
}
