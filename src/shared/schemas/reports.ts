/**
 * The reports' contracts: the query every report takes and each report's response. Used by the
 * HTTP routes (validation and OpenAPI), the services and the web app.
 */
import { z } from 'zod';

/** The self-identification questions a fairness report can break down by. */
export const REPORT_ATTRIBUTES = ['gender', 'ethnicity', 'ageBand', 'disability', 'veteran'] as const;
export type ReportAttribute = (typeof REPORT_ATTRIBUTES)[number];

/** A day (`2026-12-01`) or an instant with its offset. */
const ZWhen = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message: 'must be an ISO date (2026-12-01) or date-time (2026-12-01T09:00:00Z)',
});

/**
 * What every report may be narrowed by. `from` and `to` filter applications by when they were
 * created; a bare date in `to` includes that whole day (UTC).
 */
export const ZReportQuery = z
  .object({
    roleId: z.uuid({ message: 'must be a UUID' }).optional(),
    from: ZWhen.optional(),
    to: ZWhen.optional(),
    attribute: z.enum(REPORT_ATTRIBUTES).default('gender'),
    by: z.enum(['stage', 'interviewer']).default('stage'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => !q.from || !q.to || new Date(q.from).getTime() <= new Date(q.to).getTime(), {
    message: '`from` must not be after `to`',
    path: ['to'],
  });
export type TReportQuery = z.input<typeof ZReportQuery>;
export type TReportQueryParsed = z.output<typeof ZReportQuery>;

const ZRate = z.number().min(0).max(1);
const ZInterval = z.tuple([z.number(), z.number()]);

export const ZFunnelReport = z.object({
  roleId: z.uuid().nullable(),
  stages: z.array(
    z.object({
      stage: z.string(),
      name: z.string(),
      /** Applications that reached the stage. */
      entered: z.number().int(),
      /** Moved past it, or hired at it. */
      passed: z.number().int(),
      /** Rejected at it. */
      rejected: z.number().int(),
      withdrawn: z.number().int(),
      /** Still at the stage, undecided. */
      active: z.number().int(),
      /** passed / (passed + rejected): the pass-through rate among decided applications; null if none. */
      rate: ZRate.nullable(),
    }),
  ),
});
export type TFunnelReport = z.infer<typeof ZFunnelReport>;

/** One group; every number is null when the group is suppressed (fewer than minGroupSize). */
export const ZReportGroup = z.object({
  group: z.string(),
  applicants: z.number().int().nullable(),
  selected: z.number().int().nullable(),
  rate: ZRate.nullable(),
  impactRatio: z.number().nullable(),
  adverseImpact: z.boolean(),
  fisherP: z.number().nullable(),
  suppressed: z.boolean(),
});
export type TReportGroup = z.infer<typeof ZReportGroup>;

const comparison = {
  /** The group with the highest selection rate among those shown; null when fewer than two are shown. */
  referenceGroup: z.string().nullable(),
  flagged: z.boolean(),
  /** What the flags mean, in words. */
  explanation: z.string(),
  groups: z.array(ZReportGroup),
};

export const ZAdverseImpactByStage = z.object({
  by: z.literal('stage'),
  attribute: z.enum(REPORT_ATTRIBUTES),
  minGroupSize: z.number().int(),
  stages: z.array(z.object({ stage: z.string(), name: z.string(), ...comparison })),
});

export const ZAdverseImpactByInterviewer = z.object({
  by: z.literal('interviewer'),
  attribute: z.enum(REPORT_ATTRIBUTES),
  minGroupSize: z.number().int(),
  /** A recommendation at or above this (1–5 scale) counts as recommending to advance. */
  advanceAtRecommendation: z.number().int(),
  interviewers: z.array(z.object({ interviewerId: z.uuid(), name: z.string(), ...comparison })),
});

export const ZAdverseImpactReport = z.discriminatedUnion('by', [ZAdverseImpactByStage, ZAdverseImpactByInterviewer]);
export type TAdverseImpactReport = z.infer<typeof ZAdverseImpactReport>;

/** A mean offset with its sample size and interval (no interval below the minimum sample). */
const ZOffset = z.object({
  n: z.number().int(),
  meanOffset: z.number().nullable(),
  ci95: ZInterval.nullable(),
  /** n is at least the minimum sample size; below it the mean is shown but not trusted. */
  enough: z.boolean(),
});

export const ZInterviewerDriftReport = z.object({
  minInterviews: z.number().int(),
  interviewers: z.array(
    z.object({
      interviewerId: z.uuid(),
      name: z.string(),
      /** Over interviews (each interview's offsets averaged over its dimensions). */
      overall: ZOffset,
      dimensions: z.array(ZOffset.extend({ dimension: z.string(), sd: z.number().nullable() })),
      /** By month of the interview (UTC), oldest first. */
      trend: z.array(z.object({ month: z.string(), n: z.number().int(), meanOffset: z.number() })),
    }),
  ),
});
export type TInterviewerDriftReport = z.infer<typeof ZInterviewerDriftReport>;

export const ZPanelReliabilityReport = z.object({
  stages: z.array(
    z.object({
      stage: z.string(),
      name: z.string(),
      dimensions: z.array(
        z.object({
          dimension: z.string(),
          /** Interviews with at least two scores of the dimension. */
          interviews: z.number().int(),
          ratings: z.number().int(),
          /** ICC(1,1) (one-way random, single rater); null where there is too little data. */
          icc: z.number().nullable(),
          iccCi95: z.tuple([z.number().nullable(), z.number().nullable()]).nullable(),
          /** Krippendorff's alpha, interval level. */
          alpha: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type TPanelReliabilityReport = z.infer<typeof ZPanelReliabilityReport>;

export const ZQuestionQualityReport = z.object({
  questions: z.array(
    z.object({
      questionId: z.string(),
      version: z.number().int(),
      text: z.string().nullable(),
      dimension: z.string().nullable(),
      stages: z.array(z.string()),
      /** Interviews (with scores the deciders may see) at a stage that asks the question. */
      timesAsked: z.number().int(),
      ratings: z.number().int(),
      meanScore: z.number().nullable(),
      variance: z.number().nullable(),
      /** Share of ratings of the question's dimension left "not assessed"; null with no ratings. */
      notAssessedRate: ZRate.nullable(),
      separation: z.object({
        advanced: z.number().int(),
        rejected: z.number().int(),
        /** Mean score of advanced or hired candidates minus that of rejected ones. */
        meanDifference: z.number().nullable(),
        /** Cohen's d with the pooled standard deviation. */
        effectSize: z.number().nullable(),
      }),
    }),
  ),
});
export type TQuestionQualityReport = z.infer<typeof ZQuestionQualityReport>;
