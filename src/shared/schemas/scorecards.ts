import { z } from 'zod';
import { DIMENSIONS } from './vocabulary.js';

/** Red flags an interviewer can tick (docs/product-rules.md, Scoring: red flags a polished loop misses). */
export const RED_FLAGS = [
  'second-follow-up-fade',
  'scale-only-in-adjectives',
  'cannot-sketch-own-system',
  'digs-in-under-push-back',
  'fix-before-diagnosis',
  'rewrite-instinct',
  'tool-list-not-decisions',
  'absolutes',
] as const;

const ZScore = z.number().int().min(1).max(5);

/** A draft (or the content of a submission): every field may still be incomplete. */
export const ZScorecardDraft = z.object({
  ratings: z
    .array(
      z.object({
        dimension: z.enum(DIMENSIONS),
        /** 1–5, or null for "not assessed" (not a zero). */
        score: ZScore.nullable(),
        evidence: z.string().trim().max(2000).default(''),
      }),
    )
    .max(DIMENSIONS.length)
    .default([]),
  questionNotes: z
    .array(z.object({ questionId: z.string().min(1).max(120), note: z.string().max(4000) }))
    .max(20)
    .default([]),
  notes: z.string().max(10_000).default(''),
  redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length).default([]),
  recommendation: ZScore.nullable().default(null),
});
export type TScorecardDraft = z.infer<typeof ZScorecardDraft>;

/** An amendment of a submitted scorecard: the new content and why. */
export const ZAmendScorecard = ZScorecardDraft.extend({
  reason: z.string().trim().min(10, 'say why the scorecard changes (10 characters or more)').max(2000),
});

export const ZScorecard = z.object({
  id: z.uuid(),
  interviewId: z.uuid(),
  interviewer: z.object({ id: z.uuid(), name: z.string() }),
  status: z.enum(['draft', 'submitted']),
  version: z.number().int(),
  submittedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  ratings: ZScorecardDraft.shape.ratings.unwrap(),
  questionNotes: ZScorecardDraft.shape.questionNotes.unwrap(),
  notes: z.string(),
  redFlags: z.array(z.enum(RED_FLAGS)),
  recommendation: ZScore.nullable(),
});
export type TScorecard = z.infer<typeof ZScorecard>;

/** The scorecards of an interview as the caller may see them. */
export const ZScorecardList = z.object({
  /** False while the caller may not see other interviewers' scorecards. */
  othersVisible: z.boolean(),
  hiddenReason: z.string().nullable(),
  items: z.array(ZScorecard),
});

export const DECISION_OUTCOMES = ['advance', 'hold', 'reject', 'hire'] as const;

export const ZCreateDecision = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  rationale: z.string().trim().min(20, 'write the reason for the decision (20 characters or more)').max(5000),
  dissent: z.string().trim().max(5000).optional(),
});

export const ZDecision = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  outcome: z.enum(DECISION_OUTCOMES),
  rationale: z.string(),
  dissent: z.string().nullable(),
  scorecardIds: z.array(z.uuid()),
  decidedBy: z.object({ id: z.uuid(), name: z.string() }),
  decidedAt: z.iso.datetime(),
});

const ZQuoteByDimension = z.object({
  dimension: z.enum(DIMENSIONS),
  quotes: z.array(
    z.object({ quote: z.string(), interviewer: z.string(), stage: z.string(), score: z.number().nullable() }),
  ),
});

/** The debrief: evidence first, then numbers; never a proposed outcome. */
export const ZDebrief = z.object({
  applicationId: z.uuid(),
  candidate: z.object({ id: z.uuid(), name: z.string() }),
  role: z.object({ id: z.uuid(), title: z.string(), level: z.string() }),
  open: z.boolean(),
  /** Interviews whose scorecards the caller may not see yet, or that are still missing. */
  missing: z.array(z.object({ interviewId: z.uuid(), stage: z.string(), interviewer: z.string() })),
  hiddenInterviews: z.number().int(),
  evidence: z.array(ZQuoteByDimension),
  scores: z.array(
    z.object({
      interviewer: z.string(),
      stage: z.string(),
      ratings: z.record(z.string(), z.number().nullable()),
      recommendation: z.number().nullable(),
    }),
  ),
  perDimension: z.array(
    z.object({
      dimension: z.enum(DIMENSIONS),
      mean: z.number().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      split: z.boolean(),
    }),
  ),
  composite: z.number().nullable(),
  redFlags: z.array(z.object({ flag: z.string(), raisedBy: z.array(z.string()) })),
  splitGuidance: z.string().nullable(),
  decisions: z.array(ZDecision),
});
