/**
 * Practice tables. A practice profile belongs to a signed-in user, or stands alone as a local
 * profile reached with a secret (no account, no organisation). Practice never touches an
 * organisation's data.
 */
import { date, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns.js';
import { users } from './schema.js';

export const practiceProfiles = pgTable(
  'practice_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of a local profile's secret; null for a profile owned by a user. */
    secretHash: text('secret_hash'),
    targetLevel: text('target_level', { enum: ['junior', 'mid', 'senior', 'staff'] })
      .notNull()
      .default('mid'),
    interviewDate: date('interview_date', { mode: 'string' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('practice_profiles_user_key').on(t.userId),
    uniqueIndex('practice_profiles_secret_key').on(t.secretHash),
  ],
);

/** The questions of a round, in order, with the time each allows and why it was drawn. */
export type RoundQuestions = { id: string; minutes: number; reason: string }[];

export const practiceRounds = pgTable('practice_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  profileId: uuid('profile_id')
    .notNull()
    .references(() => practiceProfiles.id, { onDelete: 'cascade' }),
  level: text('level', { enum: ['junior', 'mid', 'senior', 'staff'] }).notNull(),
  track: text('track').notNull(),
  minutes: integer('minutes').notNull(),
  context: text('context'),
  questions: jsonb('questions').$type<RoundQuestions>().notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const practiceAnswers = pgTable(
  'practice_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => practiceRounds.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    answer: text('answer').notNull().default(''),
    /** Seconds the candidate spent, as the timer on their screen counted them. */
    elapsedSeconds: integer('elapsed_seconds').notNull().default(0),
    submittedAt: ts('submitted_at'),
    grade: jsonb('grade').$type<Record<string, unknown>>(),
    llmGrade: jsonb('llm_grade').$type<Record<string, unknown>>(),
    followUpQuestion: text('follow_up_question'),
    followUpAnswer: text('follow_up_answer'),
    followUpGrade: jsonb('follow_up_grade').$type<Record<string, unknown>>(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('practice_answers_round_question_key').on(t.roundId, t.questionId)],
);
