/**
 * Contracts of calibration sessions: an admin hands the panel anonymised evidence from a past
 * interview (or a written answer), each panellist scores it blind, and the report shows how far
 * each one sits from the rest and from the reference.
 */
import { z } from 'zod';
import { DIMENSIONS } from './vocabulary.js';

const score = z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5');
const dimension = z.enum(DIMENSIONS);
/** Scores keyed by dimension (any subset; which ones are required depends on the session). */
const scoresByDimension = z.partialRecord(dimension, score);

/** Create a session from a past interview (`sourceInterviewId`) or from a written reference answer. */
export const ZCreateCalibrationSession = z
  .object({
    title: z.string().trim().min(3, 'must be at least 3 characters').max(200),
    sourceInterviewId: z.uuid({ message: 'must be a UUID' }).optional(),
    referenceAnswer: z.string().trim().min(20, 'must be at least 20 characters').max(20000).optional(),
    questions: z.array(z.string().trim().min(5).max(2000)).min(1).max(30).optional(),
    referenceScores: scoresByDimension.optional(),
    dimensions: z
      .array(dimension)
      .min(1)
      .refine((ds) => new Set(ds).size === ds.length, 'must not repeat a dimension')
      .optional(),
    participantIds: z
      .array(z.uuid({ message: 'must be a UUID' }))
      .min(1, 'invite at least one panellist')
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a participant'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.sourceInterviewId && v.referenceAnswer !== undefined)
      issue('referenceAnswer', 'give either a source interview or a written reference answer, not both');
    if (!v.sourceInterviewId && v.referenceAnswer === undefined)
      issue('sourceInterviewId', 'give a source interview or a written reference answer');
    if (v.sourceInterviewId && v.questions) issue('questions', 'the questions come from the source interview');
    if (v.referenceAnswer === undefined) {
      if (v.dimensions && v.referenceScores) {
        const extra = Object.keys(v.referenceScores).filter((d) => !v.dimensions?.includes(d as never));
        if (extra.length) issue('referenceScores', `scores a dimension the session does not: ${extra.join(', ')}`);
      }
      return;
    }
    if (!v.questions) issue('questions', 'a written answer needs the questions it answers');
    if (!v.dimensions) issue('dimensions', 'a written answer needs the dimensions to score');
    if (!v.referenceScores) issue('referenceScores', 'a written answer needs a reference score per dimension');
    if (v.dimensions && v.referenceScores) {
      const missing = v.dimensions.filter((d) => v.referenceScores?.[d] === undefined);
      if (missing.length) issue('referenceScores', `missing a reference score for: ${missing.join(', ')}`);
      const extra = Object.keys(v.referenceScores).filter((d) => !v.dimensions?.includes(d as never));
      if (extra.length) issue('referenceScores', `scores a dimension the session does not: ${extra.join(', ')}`);
    }
  });
export type TCreateCalibrationSession = z.infer<typeof ZCreateCalibrationSession>;

/** A panellist's blind scores: every dimension of the session, once. */
export const ZSubmitCalibrationScores = z.object({ scores: scoresByDimension });
export type TSubmitCalibrationScores = z.infer<typeof ZSubmitCalibrationScores>;

const ZDimensionRef = z.object({ id: dimension, name: z.string() });
const ZSource = z.enum(['interview', 'written']);
const ZStatus = z.enum(['open', 'closed']);

/** Where the caller stands in a session. */
const ZMe = z.object({
  invited: z.boolean(),
  submitted: z.boolean(),
  /** The caller's own scores once submitted. */
  scores: scoresByDimension.nullable(),
});

/** One line of the session list. */
export const ZCalibrationSessionSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  status: ZStatus,
  source: ZSource,
  dimensions: z.array(ZDimensionRef),
  participantCount: z.number().int(),
  submittedCount: z.number().int(),
  createdAt: z.iso.datetime(),
  me: ZMe,
});
export type TCalibrationSessionSummary = z.infer<typeof ZCalibrationSessionSummary>;

export const ZCalibrationSessionList = z.object({ items: z.array(ZCalibrationSessionSummary) });

/**
 * A session as the caller may see it: the material always (never the candidate's identity or the
 * source interview's scorecards); the reference and the others' scores only once the caller has
 * submitted their own, or to an admin who is not scoring.
 */
export const ZCalibrationSession = ZCalibrationSessionSummary.extend({
  closedAt: z.iso.datetime().nullable(),
  material: z.object({
    questions: z.array(z.string()),
    evidence: z.array(z.object({ dimension, text: z.string() })),
    referenceAnswer: z.string().nullable(),
  }),
  participants: z.array(z.object({ id: z.uuid(), name: z.string(), submitted: z.boolean() })),
  /** Whether the reference and the others' scores are shown to the caller. */
  revealed: z.boolean(),
  reference: scoresByDimension.nullable(),
  /** Everyone's submitted scores, once revealed. */
  scores: z.array(z.object({ userId: z.uuid(), name: z.string(), scores: scoresByDimension })).nullable(),
});
export type TCalibrationSession = z.infer<typeof ZCalibrationSession>;

const nullableNumber = z.number().nullable();

/** The report: each panellist's divergence from the others and from the reference. */
export const ZCalibrationReport = z.object({
  sessionId: z.uuid(),
  title: z.string(),
  status: ZStatus,
  /** |divergence from the reference| at or above this is flagged. */
  flagThreshold: z.number(),
  dimensions: z.array(
    ZDimensionRef.extend({ reference: nullableNumber, mean: nullableNumber, count: z.number().int() }),
  ),
  participants: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      submitted: z.boolean(),
      rows: z.array(
        z.object({
          dimension,
          score: z.number(),
          panelMean: nullableNumber,
          reference: nullableNumber,
          fromPanel: nullableNumber,
          fromReference: nullableNumber,
          flagged: z.boolean(),
        }),
      ),
      meanAbsFromPanel: nullableNumber,
      meanAbsFromReference: nullableNumber,
      flags: z.array(z.string()),
    }),
  ),
});
export type TCalibrationReport = z.infer<typeof ZCalibrationReport>;
