import { z } from 'zod';
import { ZFollowUp, ZSignal } from './question.js';
import { CATEGORIES, DIMENSIONS, LEVELS } from './vocabulary.js';

/** Statuses of a role (requisition). */
export const ROLE_STATUSES = ['draft', 'open', 'closed'] as const;
/** Where the coding evidence comes from: never both. */
export const EXERCISES = ['live-coding', 'take-home'] as const;

export const ZBand = z
  .object({
    min: z.number().int().min(1).max(10_000_000),
    max: z.number().int().min(1).max(10_000_000),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code')
      .default('USD'),
  })
  .refine((b) => b.min <= b.max, { message: 'min must not exceed max', path: ['max'] });

/** Creating a role; its loop is composed at once from the level and options. */
export const ZCreateRole = z.object({
  title: z.string().trim().min(2).max(200),
  level: z.enum(LEVELS),
  band: ZBand,
  location: z.string().trim().min(1).max(200),
  remote: z.boolean().default(false),
  hiringManagerId: z.uuid().optional(),
  status: z.enum(ROLE_STATUSES).default('open'),
  minutes: z.number().int().min(60).max(600).optional(),
  exercise: z.enum(EXERCISES).default('live-coding'),
  takeHomeFeeUsd: z.number().int().min(150).max(300).optional(),
});
export type TCreateRole = z.infer<typeof ZCreateRole>;

export const ZUpdateRole = z
  .object({
    title: z.string().trim().min(2).max(200),
    band: ZBand,
    location: z.string().trim().min(1).max(200),
    remote: z.boolean(),
    hiringManagerId: z.uuid().nullable(),
    status: z.enum(ROLE_STATUSES),
  })
  .partial();
export type TUpdateRole = z.infer<typeof ZUpdateRole>;

export const ZLoopWarning = z.object({ code: z.string(), message: z.string(), stage: z.string().optional() });

export const ZRole = z.object({
  id: z.uuid(),
  title: z.string(),
  level: z.enum(LEVELS),
  band: z.object({ min: z.number(), max: z.number(), currency: z.string() }),
  location: z.string(),
  remote: z.boolean(),
  hiringManager: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  status: z.enum(ROLE_STATUSES),
  exercise: z.enum(EXERCISES),
  loopVersion: z.number().int(),
  warnings: z.array(ZLoopWarning),
  applications: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type TRole = z.infer<typeof ZRole>;

/** One question placed in a loop stage, pinned to the version the loop uses. */
export const ZLoopQuestion = z.object({
  id: z.string(),
  version: z.number().int(),
  text: z.string(),
  category: z.enum(CATEGORIES),
  minutes: z.number().int(),
  dimension: z.enum(DIMENSIONS).nullable(),
  why: z.string(),
});

export const ZLoopStage = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  minutes: z.number().int(),
  dimensions: z.array(z.enum(DIMENSIONS)),
  questions: z.array(ZLoopQuestion),
  interviewerIds: z.array(z.uuid()),
  paid: z.object({ feeUsd: z.number() }).optional(),
  notes: z.string().optional(),
  /** True once a candidate has been interviewed at this stage: its questions and order are fixed. */
  locked: z.boolean(),
});
export type TLoopStage = z.infer<typeof ZLoopStage>;

export const ZLoop = z.object({
  roleId: z.uuid(),
  version: z.number().int(),
  level: z.enum(LEVELS),
  exercise: z.enum(EXERCISES),
  budgetMinutes: z.number().int(),
  totalMinutes: z.number().int(),
  stages: z.array(ZLoopStage),
  kit: z.record(z.string(), z.number()),
  warnings: z.array(ZLoopWarning),
});
export type TLoop = z.infer<typeof ZLoop>;

/**
 * An edit of the current loop: every stage by key, in the same order, with its questions in the
 * new order (reorder, swap), its minutes and its interviewers. Editing a locked stage's questions
 * or their order makes a new loop version used only by new candidates.
 */
export const ZEditLoop = z.object({
  stages: z
    .array(
      z.object({
        key: z.string().min(1).max(60),
        minutes: z.number().int().min(5).max(240),
        questionIds: z.array(z.string().min(1).max(120)).max(10),
        interviewerIds: z.array(z.uuid()).max(10).default([]),
      }),
    )
    .min(1)
    .max(8),
});
export type TEditLoop = z.infer<typeof ZEditLoop>;

/** A suggested swap: a question covering the same dimension, not yet in the loop. */
export const ZSwapSuggestion = z.object({
  id: z.string(),
  text: z.string(),
  category: z.enum(CATEGORIES),
  minutes: z.number().int(),
  dimensions: z.array(z.enum(DIMENSIONS)),
  reason: z.string(),
});

export const APPLICATION_STATUSES = ['active', 'withdrawn', 'hired', 'rejected'] as const;

export const ZCreateCandidate = z.object({
  name: z.string().trim().min(1).max(200),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: 'must be an email address' })),
  phone: z.string().trim().max(40).optional(),
  /** Apply to this role at once. */
  roleId: z.uuid().optional(),
  accommodations: z.string().trim().max(2000).optional(),
});
export type TCreateCandidate = z.infer<typeof ZCreateCandidate>;

export const ZApplicationSummary = z.object({
  id: z.uuid(),
  roleId: z.uuid(),
  roleTitle: z.string(),
  loopVersion: z.number().int(),
  stage: z.string(),
  stageName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  accommodations: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const ZCandidate = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  createdAt: z.iso.datetime(),
  applications: z.array(ZApplicationSummary),
});
export type TCandidate = z.infer<typeof ZCandidate>;

export const ZCreateApplication = z.object({
  candidateId: z.uuid(),
  roleId: z.uuid(),
  accommodations: z.string().trim().max(2000).optional(),
});
export const ZMoveApplication = z.object({ stage: z.string().min(1).max(60) });
export const ZUpdateApplication = z.object({
  accommodations: z.string().trim().max(2000).nullable().optional(),
  status: z.enum(['active', 'withdrawn']).optional(),
});

/** Voluntary self-identification; every field optional; stored apart, never shown to interviewers. */
export const ZDemographics = z.object({
  consent: z.literal(true, { message: 'self-identification needs the candidate’s consent' }),
  gender: z.string().trim().max(60).optional(),
  ethnicity: z.string().trim().max(60).optional(),
  ageBand: z.enum(['under-25', '25-34', '35-44', '45-54', '55-64', '65-plus', 'prefer-not-to-say']).optional(),
  disability: z.enum(['yes', 'no', 'prefer-not-to-say']).optional(),
  veteran: z.enum(['yes', 'no', 'prefer-not-to-say']).optional(),
});
export type TDemographics = z.infer<typeof ZDemographics>;

/**
 * What anyone may learn about one candidate's self-identification: whether and when it was
 * given. The answers themselves are only ever reported in aggregate.
 */
export const ZDemographicsStatus = z.object({
  recorded: z.literal(true),
  consentedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TDemographicsStatus = z.infer<typeof ZDemographicsStatus>;

export const ZPipeline = z.object({
  roleId: z.uuid(),
  stages: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      applications: z.array(
        z.object({
          id: z.uuid(),
          candidate: z.object({ id: z.uuid(), name: z.string() }),
          status: z.enum(APPLICATION_STATUSES),
          loopVersion: z.number().int(),
          nextInterviewAt: z.iso.datetime().nullable(),
        }),
      ),
    }),
  ),
});

/** What the candidate is sent before the loop: shared topics, the working-session rubric, accommodations. */
export const ZCandidatePacket = z.object({
  role: z.object({
    title: z.string(),
    level: z.enum(LEVELS),
    band: z.object({ min: z.number(), max: z.number(), currency: z.string() }),
  }),
  stages: z.array(
    z.object({
      name: z.string(),
      minutes: z.number().int(),
      sharedTopics: z.array(z.string()),
      paid: z.object({ feeUsd: z.number() }).optional(),
    }),
  ),
  rubric: z.array(
    z.object({
      dimension: z.enum(DIMENSIONS),
      name: z.string(),
      description: z.string(),
      anchors: z.record(z.string(), z.string()),
    }),
  ),
  accommodations: z.string().nullable(),
});

export const ZScheduleInterview = z.object({
  applicationId: z.uuid(),
  stage: z.string().min(1).max(60),
  scheduledAt: z.iso.datetime({ offset: true }),
  interviewerIds: z.array(z.uuid()).min(1).max(6),
});
export type TScheduleInterview = z.infer<typeof ZScheduleInterview>;

export const INTERVIEW_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;

export const ZInterviewSummary = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  candidate: z.object({ id: z.uuid(), name: z.string() }),
  role: z.object({ id: z.uuid(), title: z.string(), level: z.enum(LEVELS) }),
  stage: z.object({ key: z.string(), name: z.string() }),
  scheduledAt: z.iso.datetime(),
  status: z.enum(INTERVIEW_STATUSES),
  interviewers: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

/** The interview kit: what the interviewer uses in the room, in order. */
export const ZInterviewKit = ZInterviewSummary.extend({
  minutes: z.number().int(),
  /** Accommodations agreed with the candidate: the interviewer needs them in the room. */
  accommodations: z.string().nullable(),
  dimensions: z.array(
    z.object({
      id: z.enum(DIMENSIONS),
      name: z.string(),
      description: z.string(),
      anchors: z.record(z.string(), z.string()),
    }),
  ),
  questions: z.array(
    z.object({
      order: z.number().int(),
      id: z.string(),
      version: z.number().int(),
      text: z.string(),
      category: z.enum(CATEGORIES),
      minutes: z.number().int(),
      dimensions: z.array(z.enum(DIMENSIONS)),
      lookFor: z.array(ZSignal),
      followUps: z.array(ZFollowUp),
    }),
  ),
});
export type TInterviewKit = z.infer<typeof ZInterviewKit>;
