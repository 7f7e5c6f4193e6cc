import { z } from 'zod';
import { CATEGORIES, DIMENSIONS, FOLLOW_UP_KINDS, LEVELS, TOPICS } from './vocabulary.js';

const slug = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug');

/** A look-for signal: what an interviewer listens for, and the cues the grader matches. */
export const ZSignal = z.object({
  id: slug,
  text: z.string().min(10).max(400),
  dimension: z.enum(DIMENSIONS),
  cues: z.array(z.string().min(2).max(60)).min(2).max(12),
  /** Ways a candidate might make this claim, in other words: the grader matches by meaning against these. */
  phrasings: z.array(z.string().min(10).max(300)).max(8).optional(),
  /** Weaker alternatives a good answer turns down, worded as their proposer would say them. */
  rejects: z.array(z.string().min(5).max(300)).max(4).optional(),
});
export type TSignal = z.infer<typeof ZSignal>;

/** A follow-up probe, optionally aimed at the signals whose absence it tests. */
export const ZFollowUp = z.object({
  id: slug,
  text: z.string().min(10).max(400),
  kind: z.enum(FOLLOW_UP_KINDS),
  targets: z.array(slug).default([]),
});
export type TFollowUp = z.infer<typeof ZFollowUp>;

/** The fields every question carries, complete or not. */
const questionBase = {
  id: slug,
  text: z.string().min(15).max(1200),
  category: z.enum(CATEGORIES),
  levels: z.array(z.enum(LEVELS)).min(1),
  topics: z.array(z.enum(TOPICS)).min(1),
  dimensions: z.array(z.enum(DIMENSIONS)).min(1),
  difficulty: z.number().int().min(1).max(5),
  minutes: z.number().int().min(2).max(120),
  shareInAdvance: z.boolean(),
  source: z.string().min(2).max(300),
  license: z.string().min(2).max(100),
};

/** A complete bank question: what the built-in bank must satisfy. */
export const ZQuestion = z.object({
  ...questionBase,
  lookFor: z.array(ZSignal).min(3),
  followUps: z.array(ZFollowUp).min(2),
  commonMistakes: z.array(z.string().min(5).max(400)).min(2),
  redFlags: z.array(z.string().min(5).max(300)).min(1),
  outline: z.array(z.string().min(3).max(300)).min(3),
  exampleAnswers: z.object({
    strong: z.string().min(200).max(6000),
    weak: z.string().min(40).max(3000),
  }),
});
export type TQuestion = z.infer<typeof ZQuestion>;

/** The built-in bank file format: one JSON file per area, an array of questions. */
export const ZQuestionFile = z.array(ZQuestion);

/**
 * A question as an organisation or an import may hold it: identity and classification are
 * required, the rubric parts may still be missing (such a question is marked as needing
 * signals until someone adds them).
 */
export const ZQuestionDraft = z.object({
  ...questionBase,
  difficulty: questionBase.difficulty.default(3),
  minutes: questionBase.minutes.default(10),
  /** Defaults by category when absent: technical and situational questions are shared in advance. */
  shareInAdvance: z.boolean().optional(),
  source: questionBase.source.default('original'),
  license: questionBase.license.default('proprietary'),
  lookFor: z.array(ZSignal).default([]),
  followUps: z.array(ZFollowUp).default([]),
  commonMistakes: z.array(z.string().min(5).max(400)).default([]),
  redFlags: z.array(z.string().min(5).max(300)).default([]),
  outline: z.array(z.string().min(3).max(300)).default([]),
  exampleAnswers: z.object({ strong: z.string().min(1).max(6000), weak: z.string().min(1).max(3000) }).optional(),
});
export type TQuestionDraft = z.infer<typeof ZQuestionDraft>;

/** Whether a category's questions are shared with candidates in advance unless said otherwise. */
export function sharedInAdvanceByDefault(category: (typeof CATEGORIES)[number]): boolean {
  return category === 'technical' || category === 'situational';
}

/** True when a question lacks the look-for signals an interviewer (and the grader) needs. */
export function needsSignals(q: Pick<TQuestionDraft, 'lookFor'>): boolean {
  return q.lookFor.length < 3;
}

/** Filters of `GET /api/v1/questions`. */
export const ZQuestionListQuery = z.object({
  category: z.enum(CATEGORIES).optional(),
  level: z.enum(LEVELS).optional(),
  topic: z.enum(TOPICS).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(500).optional(),
});
export type TQuestionListQuery = z.infer<typeof ZQuestionListQuery>;

/** A question in a list: enough to choose, not the whole rubric. */
export const ZQuestionSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  builtIn: z.boolean(),
  text: z.string(),
  category: z.enum(CATEGORIES),
  levels: z.array(z.enum(LEVELS)),
  topics: z.array(z.string()),
  dimensions: z.array(z.enum(DIMENSIONS)),
  difficulty: z.number().int(),
  minutes: z.number().int(),
  needsSignals: z.boolean(),
});
export type TQuestionSummary = z.infer<typeof ZQuestionSummary>;

/** A whole question with its version and origin; organisation questions may be drafts. */
export const ZQuestionDetail = ZQuestionDraft.extend({
  version: z.number().int(),
  builtIn: z.boolean(),
  needsSignals: z.boolean(),
  retired: z.boolean(),
});
export type TQuestionDetail = z.infer<typeof ZQuestionDetail>;

/** Ids the web app uses as page names under /bank/, so no question may take them. */
export const RESERVED_QUESTION_IDS = ['new', 'edit'] as const;

/** Body of creating or editing an organisation question: a draft whose id may be derived from its text. */
export const ZQuestionInput = ZQuestionDraft.extend({
  id: questionBase.id
    .refine((id) => !(RESERVED_QUESTION_IDS as readonly string[]).includes(id), {
      message: 'is reserved; choose another id',
    })
    .optional(),
});
export type TQuestionInput = z.infer<typeof ZQuestionInput>;

/** What the editor shows while someone types: lint findings, errors and warnings. */
export const ZLintReport = z.object({
  issues: z.array(
    z.object({ questionId: z.string(), severity: z.enum(['error', 'warning']), rule: z.string(), message: z.string() }),
  ),
  textFindings: z.array(
    z.object({
      severity: z.enum(['error', 'warning']),
      rule: z.string(),
      message: z.string(),
      match: z.string(),
      start: z.number(),
      end: z.number(),
    }),
  ),
});
export type TLintReport = z.infer<typeof ZLintReport>;
