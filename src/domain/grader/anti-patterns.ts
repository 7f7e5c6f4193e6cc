/**
 * The anti-patterns the grader recognises, as data: what each is called, why it hurts (in
 * words a candidate can act on), how it moves the dimension scores, and its detector.
 * These are the red flags a polished loop misses (docs/product-rules.md, Scoring: red flags).
 */
import type { Dimension } from '../../shared/schemas/vocabulary.js';
import type { DetectContext, Finding } from './detect-context.js';
import { fixBeforeDiagnosis, rewriteInstinct, toolList } from './detectors-proposals.js';
import {
  absolutes,
  blamingOthers,
  itDepends,
  keywordSalad,
  scaleInAdjectives,
  storyWithoutResult,
} from './detectors-reasoning.js';
import { quoteOf } from './quote.js';

export const ANTI_PATTERN_IDS = [
  'fix-before-diagnosis',
  'rewrite-instinct',
  'tool-list',
  'absolutes',
  'it-depends',
  'scale-in-adjectives',
  'story-without-result',
  'blaming-others',
  'keyword-salad',
] as const;
export type AntiPatternId = (typeof ANTI_PATTERN_IDS)[number];

/** How a pattern moves one dimension: points taken off, and a ceiling. */
export interface Effect {
  readonly penalty: number;
  readonly cap?: number;
}

export interface AntiPatternDef {
  readonly id: AntiPatternId;
  readonly name: string;
  /** Why it hurts, in our words. */
  readonly explanation: string;
  /** Effects on named dimensions; `all` applies to every assessed dimension. */
  readonly effects: Partial<Record<Dimension | 'all', Effect>>;
  readonly detect: (ctx: DetectContext) => Finding | null;
}

/** An anti-pattern found in an answer. */
export interface AntiPatternFinding {
  readonly id: AntiPatternId;
  readonly name: string;
  readonly explanation: string;
  /** The sentence that triggered it: an exact substring of the answer. */
  readonly quote: string;
}

export const ANTI_PATTERNS: readonly AntiPatternDef[] = [
  {
    id: 'fix-before-diagnosis',
    name: 'Fix before diagnosis',
    explanation:
      'Reaches for a fix (a cache, more servers, a restart) before finding out what is wrong. It may hide the symptom for a while, but nobody can tell whether it helped, and the real fault stays in place.',
    effects: { debugging: { penalty: 1.5, cap: 2 }, operational_judgment: { penalty: 0.5 } },
    detect: fixBeforeDiagnosis,
  },
  {
    id: 'rewrite-instinct',
    name: 'The rewrite instinct',
    explanation:
      'Proposes a rewrite or a new stack. Rewrites stop feature work for months, drop the edge cases the old code quietly handles and bring new bugs; an interviewer listens for small, reversible steps that make the next one cheaper.',
    effects: {
      tradeoff_reasoning: { penalty: 1.5, cap: 2 },
      operational_judgment: { penalty: 1 },
      system_design: { penalty: 1 },
    },
    detect: rewriteInstinct,
  },
  {
    id: 'tool-list',
    name: 'Tools instead of decisions',
    explanation:
      'Lists technologies instead of making a decision. A list shows what you have heard of; the interviewer needs what you would choose here, why, and what it costs.',
    effects: { tradeoff_reasoning: { penalty: 1, cap: 2 }, system_design: { penalty: 1, cap: 2.5 } },
    detect: toolList,
  },
  {
    id: 'absolutes',
    name: 'Absolutes',
    explanation:
      'States a rule as always or never true. Real systems trade one cost for another, so an absolute tells the interviewer you will not weigh the case in front of you.',
    effects: { tradeoff_reasoning: { penalty: 1.5, cap: 2 }, operational_judgment: { penalty: 0.5 } },
    detect: absolutes,
  },
  {
    id: 'it-depends',
    name: '"It depends" without a choice',
    explanation:
      'Says it depends but never commits. Naming the factors is a start; the answer counts once you pick an option for this case and say what would change your mind.',
    effects: { tradeoff_reasoning: { penalty: 1, cap: 2 }, system_design: { penalty: 0.5 } },
    detect: itDepends,
  },
  {
    id: 'scale-in-adjectives',
    name: 'Scale in adjectives',
    explanation:
      'Describes scale with adjectives ("huge traffic", "heavy load") and never a number. Without requests per second, rows or bytes nobody can check whether the design fits.',
    effects: { system_design: { penalty: 1.5, cap: 2 }, tradeoff_reasoning: { penalty: 0.5 } },
    detect: scaleInAdjectives,
  },
  {
    id: 'story-without-result',
    name: 'A story with no measurable result',
    explanation:
      'Tells what happened but not what it achieved in numbers. Without a before and after (time, users, errors, money) the listener cannot tell whether anything improved.',
    effects: { all: { penalty: 0.75 }, operational_judgment: { penalty: 0.5 } },
    detect: storyWithoutResult,
  },
  {
    id: 'blaming-others',
    name: 'Blaming others',
    explanation:
      'Puts the fault on another person or team. Interviewers listen for ownership: what you did, what you missed, and what you changed in the system so it cannot recur.',
    effects: { operational_judgment: { penalty: 1.5, cap: 2 }, tradeoff_reasoning: { penalty: 0.5 } },
    detect: blamingOthers,
  },
  {
    id: 'keyword-salad',
    name: 'Keywords without reasoning',
    explanation:
      'Lists the right terms without sentences that connect them. Keywords show vocabulary, not understanding of why or when, so the grade is capped at 2.',
    effects: { all: { penalty: 0, cap: 2 } },
    detect: keywordSalad,
  },
];

/** The definition for an id. */
export function antiPatternDef(id: AntiPatternId): AntiPatternDef {
  return ANTI_PATTERNS.find((p) => p.id === id) as AntiPatternDef;
}

/** Runs every detector, in catalogue order, and quotes what triggered each. */
export function findAntiPatterns(ctx: DetectContext): AntiPatternFinding[] {
  const out: AntiPatternFinding[] = [];
  if (ctx.analysis.sentences.length === 0) return out;
  for (const p of ANTI_PATTERNS) {
    const f = p.detect(ctx);
    if (!f) continue;
    const quote = quoteOf(ctx.analysis, f.sentence, f.tokenStart, f.tokenEnd);
    if (quote) out.push({ id: p.id, name: p.name, explanation: p.explanation, quote });
  }
  return out;
}
