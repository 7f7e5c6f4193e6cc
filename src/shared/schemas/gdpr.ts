/**
 * Shapes of the privacy-rights API (GDPR access, rectification, erasure, consent) and the
 * organisation settings that govern fairness reporting and retention.
 */
import { z } from 'zod';

const ZPerson = z.object({ id: z.string(), name: z.string() });

const ZScorecardContent = z.object({
  ratings: z.array(z.object({ dimension: z.string(), score: z.number().nullable(), evidence: z.string() })),
  questionNotes: z.array(z.object({ questionId: z.string(), note: z.string() })),
  notes: z.string(),
  redFlags: z.array(z.string()),
  recommendation: z.number().nullable(),
});

const ZExportScorecard = z.object({
  id: z.uuid(),
  interviewer: ZPerson,
  status: z.enum(['draft', 'submitted']),
  version: z.number().int(),
  submittedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  content: ZScorecardContent,
  versions: z.array(
    z.object({
      version: z.number().int(),
      content: ZScorecardContent,
      amendmentReason: z.string().nullable(),
      createdBy: z.string(),
      createdAt: z.iso.datetime(),
    }),
  ),
});

const ZExportInterview = z.object({
  id: z.uuid(),
  stage: z.string(),
  status: z.string(),
  scheduledAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
  panel: z.array(ZPerson),
  scorecards: z.array(ZExportScorecard),
});

const ZExportApplication = z.object({
  id: z.uuid(),
  roleId: z.uuid(),
  roleTitle: z.string(),
  stage: z.string(),
  status: z.string(),
  accommodations: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  interviews: z.array(ZExportInterview),
  debrief: z.object({ openedBy: ZPerson, openedAt: z.iso.datetime() }).nullable(),
  decisions: z.array(
    z.object({
      id: z.uuid(),
      outcome: z.string(),
      rationale: z.string(),
      dissent: z.string().nullable(),
      decidedBy: ZPerson,
      decidedAt: z.iso.datetime(),
      scorecardIds: z.array(z.string()),
    }),
  ),
});

/** One consent event: granted (self-identification recorded) or withdrawn. */
export const ZConsentRecord = z.object({
  purpose: z.string(),
  granted: z.boolean(),
  at: z.iso.datetime(),
});
export type TConsentRecord = z.infer<typeof ZConsentRecord>;

export const ZConsentList = z.object({ items: z.array(ZConsentRecord) });

/** Everything held about one candidate (GDPR Art. 15), as the caller may see it. */
export const ZCandidateExport = z.object({
  exportedAt: z.iso.datetime(),
  organisation: ZPerson,
  candidate: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    createdAt: z.iso.datetime(),
  }),
  demographics: z
    .object({ data: z.record(z.string(), z.string()), consentedAt: z.iso.datetime(), updatedAt: z.iso.datetime() })
    .nullable(),
  consents: z.array(ZConsentRecord),
  applications: z.array(ZExportApplication),
  auditEntries: z.array(
    z.object({
      id: z.number().int(),
      action: z.string(),
      actorUserId: z.string().nullable(),
      targetType: z.string().nullable(),
      targetId: z.string().nullable(),
      payload: z.record(z.string(), z.unknown()),
      at: z.iso.datetime(),
    }),
  ),
  webhookEvents: z.array(
    z.object({
      id: z.uuid(),
      type: z.string(),
      payload: z.record(z.string(), z.unknown()),
      createdAt: z.iso.datetime(),
    }),
  ),
  /** Scorecards held but not shown to this caller yet under the independence rule. */
  withheldScorecards: z.number().int(),
  withheldNote: z.string().nullable(),
});
export type TCandidateExport = z.infer<typeof ZCandidateExport>;

/** Correct a candidate's contact details; at least one field. */
export const ZRectifyCandidate = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    email: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ message: 'must be an email address' }))
      .optional(),
    phone: z.string().trim().max(40).nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one of name, email, phone' });
export type TRectifyCandidate = z.infer<typeof ZRectifyCandidate>;

/** Organisation settings for fairness reporting and retention. */
export const ZOrgSettings = z.object({
  recruitersSeeFairness: z.boolean(),
  minGroupSize: z.number().int().min(3).max(50),
  retentionDays: z.number().int().min(30).max(3650).nullable(),
});
export type TOrgSettings = z.infer<typeof ZOrgSettings>;

export const ZUpdateOrgSettings = ZOrgSettings.partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'give at least one of recruitersSeeFairness, minGroupSize, retentionDays',
  });
export type TUpdateOrgSettings = z.infer<typeof ZUpdateOrgSettings>;
