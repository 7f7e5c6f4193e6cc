import { answersOfRound, type RoundRow } from '../../db/repos/practice-repo.js';
import type { Grade } from '../../domain/grader/grade.js';
import { parseStoredGrade } from '../../domain/grader/grade-schema.js';
import { mean, round1 } from '../../shared/numbers.js';
import { PRACTICE_TRACKS, type TPracticeRound } from '../../shared/schemas/practice.js';
import { DIMENSIONS } from '../../shared/schemas/vocabulary.js';
import type { Deps } from '../context.js';
import { publicQuestion } from './public-bank.js';

/** Shown on every round: practice is coaching, never a hiring verdict. */
export const PRACTICE_LABEL = 'Practice and coaching only: not a hiring decision, and never shared with an employer.';

const asGrade = (g: unknown) => parseStoredGrade(g) as Record<string, unknown> | null;

/** The API view of a round: questions with their time limits, answers, grades and a summary by dimension. */
export async function roundView(deps: Deps, round: RoundRow): Promise<TPracticeRound> {
  const answers = await answersOfRound(deps.db, round.id);
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const latest = (id: string) => {
    const a = byQuestion.get(id);
    return parseStoredGrade(a?.followUpGrade ?? a?.grade);
  };
  const graded = round.questions.map((q) => latest(q.id)).filter((g): g is Grade => g !== null);
  const dimensions: Record<string, number> = {};
  for (const d of DIMENSIONS) {
    const s = graded.map((g) => g.dimensions[d]?.score).filter((x): x is number => typeof x === 'number');
    const m = mean(s);
    if (m !== null) dimensions[d] = round1(m);
  }
  return {
    id: round.id,
    label: PRACTICE_LABEL,
    level: round.level,
    track: (PRACTICE_TRACKS as readonly string[]).includes(round.track)
      ? (round.track as TPracticeRound['track'])
      : 'mix',
    minutes: round.minutes,
    createdAt: round.createdAt.toISOString(),
    questions: round.questions.map((q) => {
      const full = publicQuestion(q.id);
      return {
        id: q.id,
        text: full?.text ?? '(this question was retired from the bank)',
        category: full?.category ?? 'technical',
        minutes: q.minutes,
        timeLimitSeconds: q.minutes * 60,
        reason: q.reason,
        outline: byQuestion.get(q.id)?.grade && full ? full.outline : null,
      };
    }),
    answers: round.questions.map((q) => {
      const a = byQuestion.get(q.id);
      return {
        questionId: q.id,
        answer: a?.answer ?? '',
        elapsedSeconds: a?.elapsedSeconds ?? 0,
        overtime: (a?.elapsedSeconds ?? 0) > q.minutes * 60,
        submitted: Boolean(a?.submittedAt),
        grade: asGrade(a?.grade),
        llmGrade: asGrade(a?.llmGrade),
        followUp: a?.followUpQuestion
          ? {
              question: a.followUpQuestion,
              answer: a.followUpAnswer,
              grade: asGrade(a.followUpGrade),
              change:
                a.followUpGrade && a.grade
                  ? round1((a.followUpGrade as unknown as Grade).overall - (a.grade as unknown as Grade).overall)
                  : null,
            }
          : null,
      };
    }),
    summary: {
      answered: graded.length,
      overall: graded.length ? round1(mean(graded.map((g) => g.overall)) ?? 0) : null,
      dimensions,
    },
  };
}
