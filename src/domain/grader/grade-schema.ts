/**
 * The grade contract shared by the built-in grader, the optional LLM grader and the API:
 * an overall score, per-dimension scores with reasons, the signals shown (with quotes) and
 * missed, anti-patterns (with quotes), the answer's shape, and the next follow-up probe.
 * Every quote is an exact substring of the answer.
 */

import { z } from 'zod';
import { round1 } from '../../shared/numbers.js';
import { DIMENSIONS, FOLLOW_UP_KINDS, LEVELS } from '../../shared/schemas/vocabulary.js';

const ZScore = z.number().min(1).max(5);

export const ZDimensionGrade = z.object({
  /** 1..5 to one decimal, or null when the question does not assess the dimension. */
  score: ZScore.nullable(),
  reasons: z.array(z.string()),
});

const perDimension = z.object(
  Object.fromEntries(DIMENSIONS.map((d) => [d, ZDimensionGrade])) as Record<
    (typeof DIMENSIONS)[number],
    typeof ZDimensionGrade
  >,
);

export const ZSignalHit = z.object({
  id: z.string(),
  text: z.string(),
  dimension: z.enum(DIMENSIONS),
  cues: z.array(z.string()),
  quote: z.string().min(1),
  strength: z.number().min(0).max(1),
});

export const ZSignalMiss = z.object({ id: z.string(), text: z.string(), dimension: z.enum(DIMENSIONS) });

export const ZAntiPattern = z.object({
  id: z.string(),
  name: z.string(),
  explanation: z.string(),
  quote: z.string().min(1),
});

const ZElement = z.object({ present: z.boolean(), quote: z.string().min(1).nullable() });

export const ZStructure = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('behavioural'),
    situation: ZElement,
    task: ZElement,
    action: ZElement,
    result: ZElement,
    resultQuantified: z.boolean(),
  }),
  z.object({
    kind: z.literal('design'),
    requirements: ZElement,
    entitiesApis: ZElement,
    architecture: ZElement,
    bottleneck: ZElement,
    tradeoffs: ZElement,
    failureObservability: ZElement,
  }),
  z.object({ kind: z.literal('none') }),
]);

export const ZFollowUpChoice = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(FOLLOW_UP_KINDS),
  targets: z.array(z.string()),
  reason: z.string(),
});

/** A look-for signal the answer denies. */
export const ZContradiction = z.object({
  id: z.string(),
  text: z.string(),
  dimension: z.enum(DIMENSIONS),
  quote: z.string().min(1),
});

/** A weaker alternative the answer turns down or proposes. */
export const ZAlternative = z.object({ signalId: z.string(), dimension: z.enum(DIMENSIONS), quote: z.string().min(1) });

/**
 * The grade's shape version: 1 before contradictions and alternatives were reported (stored
 * grades without the field are version 1 and read with both empty), 2 since.
 */
export const GRADE_SCHEMA_VERSION = 2;

export const ZGrade = z.object({
  schemaVersion: z.number().int().min(1).max(GRADE_SCHEMA_VERSION).default(1),
  questionId: z.string(),
  level: z.enum(LEVELS),
  /** Which grader produced it. */
  grader: z.enum(['built-in', 'llm']),
  /** 1..5 to one decimal: the rubric's weighted composite over the assessed dimensions. */
  overall: ZScore.refine((x) => round1(x) === x, 'overall has one decimal'),
  dimensions: perDimension,
  signals: z.object({ hit: z.array(ZSignalHit), missed: z.array(ZSignalMiss) }),
  /** Signals the answer denies ("contradicts: ..."); each lowers its dimension. */
  contradictions: z.array(ZContradiction).default([]),
  /** Weaker alternatives turned down (trade-off evidence) or proposed (a mistake). */
  alternatives: z
    .object({ rejected: z.array(ZAlternative), proposed: z.array(ZAlternative) })
    .default({ rejected: [], proposed: [] }),
  antiPatterns: z.array(ZAntiPattern),
  structure: ZStructure,
  followUp: ZFollowUpChoice.nullable(),
  /** Plain-language notes on caps and limits that shaped the grade. */
  notes: z.array(z.string()),
});

export type Grade = z.infer<typeof ZGrade>;

/**
 * A grade read back from storage: any version this code knows, brought to the current shape
 * (a version-1 grade gains empty contradictions and alternatives). Null for anything else, so a
 * damaged row shows as ungraded instead of breaking the page.
 */
export function parseStoredGrade(value: unknown): Grade | null {
  if (value === null || value === undefined) return null;
  const parsed = ZGrade.safeParse(value);
  return parsed.success ? parsed.data : null;
}
