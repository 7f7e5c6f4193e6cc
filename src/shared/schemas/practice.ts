import { z } from 'zod';
import { CATEGORIES, DIMENSIONS, LEVELS } from './vocabulary.js';

/** Tracks, mirrored from the domain so the web app can list them without importing domain code. */
export const PRACTICE_TRACKS = [
  'api-and-data',
  'distributed-systems',
  'production-ownership',
  'behavioural',
  'mix',
] as const;

/** Header carrying a local profile's secret (a profile without an account). */
export const PRACTICE_PROFILE_HEADER = 'x-practice-profile';

export const ZPracticeProfile = z.object({
  id: z.uuid(),
  targetLevel: z.enum(LEVELS),
  interviewDate: z.iso.date().nullable(),
  rounds: z.number().int(),
});

export const ZCreateLocalProfile = z.object({ targetLevel: z.enum(LEVELS).default('mid') });
export const ZCreatedLocalProfile = ZPracticeProfile.extend({
  /** Send as X-Practice-Profile on every practice call; shown once, stored hashed. */
  secret: z.string(),
});
export const ZUpdatePracticeProfile = z.object({
  targetLevel: z.enum(LEVELS).optional(),
  interviewDate: z.iso.date().nullable().optional(),
});

export const ZStartRound = z.object({
  level: z.enum(LEVELS),
  track: z.enum(PRACTICE_TRACKS).default('mix'),
  minutes: z.number().int().min(15).max(60).default(30),
  /** A pasted résumé or target job description: topics it names are drawn first. */
  context: z.string().max(20_000).optional(),
  /** Practise exactly these public bank questions (as a prep-plan item links to), in this order. */
  questionIds: z.array(z.string().min(1).max(80)).min(1).max(10).optional(),
});
export type TStartRound = z.infer<typeof ZStartRound>;

export const ZSaveAnswer = z.object({
  answer: z.string().max(20_000),
  elapsedSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
});
export const ZFollowUpAnswer = z.object({ answer: z.string().min(1).max(20_000) });

/** A grade as stored and shown; the full shape is the grader's own schema. */
export const ZGradeView = z.record(z.string(), z.unknown());

export const ZRoundAnswer = z.object({
  questionId: z.string(),
  answer: z.string(),
  elapsedSeconds: z.number().int(),
  overtime: z.boolean(),
  submitted: z.boolean(),
  grade: ZGradeView.nullable(),
  llmGrade: ZGradeView.nullable(),
  followUp: z
    .object({
      question: z.string(),
      answer: z.string().nullable(),
      grade: ZGradeView.nullable(),
      change: z.number().nullable(),
    })
    .nullable(),
});

export const ZPracticeRound = z.object({
  id: z.uuid(),
  label: z.string(),
  level: z.enum(LEVELS),
  track: z.enum(PRACTICE_TRACKS),
  minutes: z.number().int(),
  createdAt: z.iso.datetime(),
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      category: z.enum(CATEGORIES),
      minutes: z.number().int(),
      timeLimitSeconds: z.number().int(),
      reason: z.string(),
      /** Revealed only once the answer is graded. */
      outline: z.array(z.string()).nullable(),
    }),
  ),
  answers: z.array(ZRoundAnswer),
  summary: z.object({
    answered: z.number().int(),
    overall: z.number().nullable(),
    dimensions: z.record(z.string(), z.number()),
  }),
});
export type TPracticeRound = z.infer<typeof ZPracticeRound>;

export const ZPracticePlan = z.object({
  daysLeft: z.number().int(),
  weakDimensions: z.array(z.enum(DIMENSIONS)),
  weakTopics: z.array(z.string()),
  days: z.array(
    z.object({
      day: z.number().int(),
      focus: z.string(),
      review: z.array(z.string()),
      practise: z.array(z.object({ id: z.string(), text: z.string() })),
      fullMock: z.boolean(),
    }),
  ),
});

export const ZPracticeProgress = z.object({
  rounds: z.array(
    z.object({
      roundId: z.string(),
      at: z.iso.datetime(),
      overall: z.number(),
      dimensions: z.record(z.string(), z.number()),
    }),
  ),
});
