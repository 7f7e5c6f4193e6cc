/**
 * Look-for signals: which of the question's signals the answer shows (matched by meaning,
 * meaning.ts), each with the words of the answer that show it; which it misses; which it
 * contradicts (it denies what the rubric looks for); and the alternatives it weighs: a weaker
 * option it turns down is trade-off evidence, one it proposes is a mistake.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import type { Dimension } from '../../shared/schemas/vocabulary.js';
import type { AnswerMeaning, ClaimMatch } from './meaning.js';
import type { Analysis } from './nlp.js';
import { quoteOf } from './quote.js';

/** A signal the answer shows. */
export interface SignalHit {
  readonly id: string;
  readonly text: string;
  readonly dimension: Dimension;
  /** The answer's words that carried the match. */
  readonly cues: string[];
  /** The sentence that shows it: an exact substring of the answer. */
  readonly quote: string;
  /** 0..1: how fully the answer makes the claim. */
  readonly strength: number;
}

/** A signal the answer does not show. */
export interface SignalMiss {
  readonly id: string;
  readonly text: string;
  readonly dimension: Dimension;
}

/** A signal the answer denies: "I wouldn't bother with a unique constraint". */
export interface Contradiction {
  readonly id: string;
  readonly text: string;
  readonly dimension: Dimension;
  readonly quote: string;
}

/** A weaker alternative the answer turns down (trade-off evidence) or proposes (a mistake). */
export interface AlternativeFinding {
  readonly signalId: string;
  readonly dimension: Dimension;
  readonly quote: string;
}

/** Everything the scores and the report need about signals. */
export interface SignalResult {
  readonly hit: SignalHit[];
  readonly missed: SignalMiss[];
  readonly contradicted: Contradiction[];
  readonly rejected: AlternativeFinding[];
  readonly proposed: AlternativeFinding[];
}

/** Thresholds on a claim's matched share (0..1). */
export const MATCH = {
  /** At least this share of a claim's weighted words, with its polarity, shows the signal. */
  hit: 0.42,
  /** At this share the signal counts fully. */
  full: 0.67,
  /** A denial this close to the claim (and no assertion) contradicts it. */
  contradict: 0.25,
  /** A weaker alternative this close is taken as discussed. */
  alternative: 0.55,
  /** Matches in a list of terms (no sentence around them) count this much. */
  listFactor: 0.5,
} as const;

function sentenceOf(analysis: Analysis, span: readonly [number, number]): number {
  return analysis.tokens[span[0]]?.sentence ?? 0;
}

function quoteFor(analysis: Analysis, span: readonly [number, number] | null): string {
  if (!span) return '';
  return quoteOf(analysis, sentenceOf(analysis, span), span[0], span[1]);
}

/** 0..1 strength of an assertion match. */
export function strengthOf(m: ClaimMatch): number {
  if (m.agree < MATCH.hit) return 0;
  const base = 0.5 + 0.5 * Math.min(1, (m.agree - MATCH.hit) / (MATCH.full - MATCH.hit));
  return m.agreeInSentence ? base : base * MATCH.listFactor;
}

/** Reads signals, contradictions and alternatives off the meaning match. */
export function findSignals(question: TQuestion, analysis: Analysis, meaning: AnswerMeaning): SignalResult {
  const result: SignalResult = { hit: [], missed: [], contradicted: [], rejected: [], proposed: [] };
  question.lookFor.forEach((signal, s) => {
    const m = meaning.signals[s];
    const base = { id: signal.id, text: signal.text, dimension: signal.dimension };
    if (!m) {
      result.missed.push(base);
      return;
    }
    const alt = { signalId: signal.id, dimension: signal.dimension };
    // A denial at least as close to the claim as any assertion contradicts it; a weaker
    // alternative proposed at least as closely as the claim replaces it.
    const denied = m.assert.oppose >= MATCH.contradict && m.assert.oppose >= m.assert.agree;
    const proposes =
      m.reject.agree >= MATCH.alternative && m.assert.agree < MATCH.hit && m.reject.oppose < m.reject.agree;
    const strength = denied || proposes ? 0 : strengthOf(m.assert);
    const quote = quoteFor(analysis, m.assert.agreeSpan);
    if (strength > 0 && quote) {
      const cues = [...new Set(m.assert.agreeTokens.map((t) => analysis.tokens[t]?.value.toLowerCase() ?? ''))];
      result.hit.push({ ...base, cues: cues.filter(Boolean).slice(0, 8), quote, strength: round2(strength) });
    } else {
      result.missed.push(base);
      const deny = quoteFor(analysis, m.assert.opposeSpan);
      if (denied && deny) result.contradicted.push({ ...base, quote: deny });
    }
    const turnedDown = quoteFor(analysis, m.reject.opposeSpan);
    const proposed = quoteFor(analysis, m.reject.agreeSpan);
    if (m.reject.oppose >= MATCH.alternative && m.reject.oppose > m.reject.agree && turnedDown) {
      result.rejected.push({ ...alt, quote: turnedDown });
    } else if (proposes && proposed) result.proposed.push({ ...alt, quote: proposed });
  });
  return result;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
