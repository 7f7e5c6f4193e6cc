/**
 * Scores: each assessed dimension from the share of its look-for signals the answer shows,
 * blended with answer-level evidence (numbers, reasoning, the expected shape, enough words),
 * then moved by anti-pattern penalties and ceilings. The overall is the rubric's weighted
 * composite of the dimension scores at the target level, to one decimal.
 */

import { round1 } from '../../shared/numbers.js';
import type { TQuestion } from '../../shared/schemas/question.js';
import type { TRubric } from '../../shared/schemas/rubric.js';
import { DIMENSIONS, type Dimension, type Level } from '../../shared/schemas/vocabulary.js';
import { anchorFor, weightedComposite } from '../rubric/rubric.js';
import { type AntiPatternFinding, antiPatternDef, type Effect } from './anti-patterns.js';
import type { SignalResult } from './signals.js';

/** A dimension's score (null when the question does not assess it) and the reasons for it. */
export interface DimensionGrade {
  readonly score: number | null;
  readonly reasons: string[];
}

/** Answer-level evidence the scores read. */
export interface Evidence {
  readonly words: number;
  readonly magnitudes: number;
  readonly reasoning: number;
  /** 0..1 share of the expected shape present (1 when the question prescribes none). */
  readonly structure: number;
  readonly hasShape: boolean;
}

export interface ScoreInput {
  readonly question: TQuestion;
  readonly rubric: TRubric;
  readonly level: Level;
  readonly signals: SignalResult;
  readonly antiPatterns: readonly AntiPatternFinding[];
  readonly evidence: Evidence;
}

export interface Scores {
  readonly overall: number;
  readonly dimensions: Record<Dimension, DimensionGrade>;
}

/** How the signals, the evidence and the findings combine; tuned on the dev split only. */
export const WEIGHTS = {
  /** Share of a dimension's score that comes from its signals; the rest is evidence quality. */
  signalShare: 0.8,
  /** Signal credit at which a dimension reaches 5: interviewers rarely need every signal. */
  fullCredit: 0.8,
  /** Points off a dimension per contradicted signal, scaled by the signal's share of it. */
  contradiction: 3,
  /** Points off per weaker alternative proposed. */
  proposed: 0.5,
  /** Ceiling of every dimension when an answer denies at least two signals and no fewer than it shows. */
  denialCap: 2,
  /** Credit added to trade-off reasoning per weaker alternative turned down. */
  rejectedCredit: 0.2,
} as const;

function clamp(x: number): number {
  return Math.min(5, Math.max(1, x));
}

/**
 * 0..1: numbers, reasoning and the expected shape, the habits every rubric anchor above 3
 * shares. Each saturates early, so a longer answer earns nothing more for being longer.
 */
export function evidenceQuality(e: Evidence): number {
  const mags = Math.min(1, e.magnitudes / 3);
  const reasoning = Math.min(1, e.reasoning / 4);
  const shape = e.hasShape ? e.structure : reasoning;
  return 0.35 * mags + 0.35 * reasoning + 0.3 * shape;
}

/** Ceiling for short answers: a sentence or two cannot show what a 4 needs. */
export function brevityCap(words: number): number | null {
  if (words < 15) return 1.5;
  if (words < 30) return 2.5;
  if (words < 50) return 3.5;
  return null;
}

/** The dimensions a question assesses: its own list plus any its signals name. */
export function assessedDimensions(question: TQuestion): Set<Dimension> {
  const set = new Set<Dimension>(question.dimensions);
  for (const s of question.lookFor) set.add(s.dimension);
  return set;
}

function effectsFor(
  finding: AntiPatternFinding,
  dimension: Dimension,
  assessed: ReadonlySet<Dimension>,
): Effect | undefined {
  const effects = antiPatternDef(finding.id).effects;
  const own = effects[dimension];
  const all = effects.all;
  if (own || all) {
    return {
      penalty: (own?.penalty ?? 0) + (all?.penalty ?? 0),
      cap: Math.min(own?.cap ?? 5, all?.cap ?? 5),
    };
  }
  // A pattern whose dimensions this question does not assess still costs something.
  const named = (Object.keys(effects) as Array<Dimension | 'all'>).filter((d) => d !== 'all');
  if (named.some((d) => assessed.has(d as Dimension))) return undefined;
  const maxPenalty = Math.max(...Object.values(effects).map((e) => e?.penalty ?? 0));
  return { penalty: maxPenalty / 2 };
}

/** Signal credit of one dimension, 0..1 (more than 1 before the ceiling when alternatives add). */
function creditOf(question: TQuestion, signals: SignalResult, dimension: Dimension, quality: number): number {
  const own = question.lookFor.filter((s) => s.dimension === dimension);
  if (own.length === 0) {
    // A dimension with no signals of its own follows the answer's signals overall.
    const all = signals.hit.reduce((sum, h) => sum + h.strength, 0) / Math.max(1, question.lookFor.length);
    return Math.min(1, all / WEIGHTS.fullCredit) * 0.7 + 0.3 * quality;
  }
  const hits = signals.hit.filter((h) => h.dimension === dimension);
  return hits.reduce((sum, h) => sum + h.strength, 0) / own.length;
}

/** Per-dimension scores with reasons, and the overall at the level. */
export function scoreAnswer(input: ScoreInput): Scores {
  const { question, rubric, level, signals, antiPatterns, evidence } = input;
  const assessed = assessedDimensions(question);
  const quality = evidenceQuality(evidence);
  const brevity = brevityCap(evidence.words);
  // An answer that argues against what the rubric looks for more than it shows it is a denial.
  const denies = signals.contradicted.length >= 2 && signals.contradicted.length >= signals.hit.length;
  const dimensions = {} as Record<Dimension, DimensionGrade>;
  const composite: Partial<Record<Dimension, number>> = {};

  for (const dimension of DIMENSIONS) {
    if (!assessed.has(dimension)) {
      dimensions[dimension] = { score: null, reasons: ['Not assessed: this question draws no evidence for it.'] };
      continue;
    }
    const reasons: string[] = [];
    const own = question.lookFor.filter((s) => s.dimension === dimension);
    const hits = signals.hit.filter((h) => h.dimension === dimension);
    let credit = creditOf(question, signals, dimension, quality);
    if (own.length > 0) {
      reasons.push(`Shows ${hits.length} of ${own.length} signals this question looks for here.`);
      const missed = signals.missed.filter((m) => m.dimension === dimension);
      if (missed.length > 0) reasons.push(`Missing: ${missed.map((m) => m.text).join(' / ')}`);
    }
    if (dimension === 'tradeoff_reasoning' && signals.rejected.length > 0) {
      credit += WEIGHTS.rejectedCredit * Math.min(2, signals.rejected.length);
      reasons.push(`Turns down ${signals.rejected.length} weaker alternative(s) with the better option.`);
    }
    const signalPart = Math.min(1, credit / WEIGHTS.fullCredit);
    let score = 1 + 4 * (WEIGHTS.signalShare * signalPart + (1 - WEIGHTS.signalShare) * quality * signalPart ** 0.5);
    reasons.push(
      `Evidence quality ${quality.toFixed(2)} (numbers ${evidence.magnitudes}, reasoning links ${evidence.reasoning}).`,
    );
    const contradicted = signals.contradicted.filter((c) => c.dimension === dimension);
    if (contradicted.length > 0) {
      const off = (WEIGHTS.contradiction * contradicted.length) / Math.max(1, own.length);
      score -= off;
      reasons.push(`Denies ${contradicted.length} point(s) the rubric looks for: -${off.toFixed(1)}.`);
    }
    const proposed = signals.proposed.filter((p) => p.dimension === dimension);
    if (proposed.length > 0) {
      score -= WEIGHTS.proposed * proposed.length;
      reasons.push(`Proposes ${proposed.length} weaker alternative(s) a good answer turns down.`);
    }
    let cap = 5;
    for (const f of antiPatterns) {
      const effect = effectsFor(f, dimension, assessed);
      if (!effect) continue;
      if (effect.penalty > 0) {
        score -= effect.penalty;
        reasons.push(`${f.name}: -${effect.penalty}.`);
      }
      if (effect.cap !== undefined && effect.cap < 5) {
        cap = Math.min(cap, effect.cap);
        reasons.push(`${f.name}: at most ${effect.cap}.`);
      }
    }
    if (denies && cap > WEIGHTS.denialCap) {
      cap = WEIGHTS.denialCap;
      reasons.push(`Denies more of what the rubric looks for than it shows: at most ${WEIGHTS.denialCap}.`);
    }
    if (brevity !== null && brevity < cap) {
      cap = brevity;
      reasons.push(`Too short (${evidence.words} words) to show more than ${brevity}.`);
    }
    const final = round1(clamp(Math.min(score, cap)));
    reasons.push(`Closest anchor (${Math.round(final)}): ${anchorFor(rubric, level, dimension, Math.round(final))}`);
    dimensions[dimension] = { score: final, reasons };
    composite[dimension] = final;
  }
  const overall = weightedComposite(rubric, level, composite);
  return { overall: round1(clamp(overall ?? 1)), dimensions };
}
