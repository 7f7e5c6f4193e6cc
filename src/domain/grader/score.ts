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

/** How much of a dimension score comes from its signals; the rest is answer-level evidence. */
const SIGNAL_SHARE = 0.7;

function clamp(x: number): number {
  return Math.min(5, Math.max(1, x));
}

/** 0..1: numbers, reasoning, shape and length, the habits every rubric anchor above 3 shares. */
export function evidenceQuality(e: Evidence): number {
  const mags = Math.min(1, e.magnitudes / 4);
  const reasoning = Math.min(1, e.reasoning / 8);
  const shape = e.hasShape ? e.structure : reasoning;
  const length = Math.min(1, e.words / 120);
  return 0.3 * mags + 0.3 * reasoning + 0.2 * shape + 0.2 * length;
}

/** Ceiling for short answers: a sentence or two cannot show what a 4 needs. */
export function brevityCap(words: number): number | null {
  if (words < 15) return 1.5;
  if (words < 30) return 2.5;
  if (words < 60) return 3.5;
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

/** Per-dimension scores with reasons, and the overall at the level. */
export function scoreAnswer(input: ScoreInput): Scores {
  const { question, rubric, level, signals, antiPatterns, evidence } = input;
  const assessed = assessedDimensions(question);
  const quality = evidenceQuality(evidence);
  const brevity = brevityCap(evidence.words);
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
    const credit = own.length === 0 ? quality : hits.reduce((sum, h) => sum + h.strength, 0) / own.length;
    if (own.length > 0) {
      reasons.push(`Shows ${hits.length} of ${own.length} signals this question looks for here.`);
      const missed = signals.missed.filter((m) => m.dimension === dimension);
      if (missed.length > 0) reasons.push(`Missing: ${missed.map((m) => m.text).join(' / ')}`);
    }
    let score = 1 + 4 * (SIGNAL_SHARE * credit + (1 - SIGNAL_SHARE) * quality);
    reasons.push(
      `Evidence quality ${quality.toFixed(2)} (numbers ${evidence.magnitudes}, reasoning links ${evidence.reasoning}, ${evidence.words} words).`,
    );
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
