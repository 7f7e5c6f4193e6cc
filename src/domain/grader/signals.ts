/**
 * Look-for signals: which of the question's signals the answer shows, each with the sentence
 * that shows it, and which it misses. A signal is shown when one of its cues matches outside a
 * negation; the quote is the sentence holding the most of that signal's cues.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import type { Dimension } from '../../shared/schemas/vocabulary.js';
import { type CompiledCue, type CueIndex, type CueMatch, compileCue, findCue } from './cues.js';
import { isRealSentence } from './features.js';
import { quoteOf } from './quote.js';

/** A signal the answer shows. */
export interface SignalHit {
  readonly id: string;
  readonly text: string;
  readonly dimension: Dimension;
  /** The cues that matched, in the bank's order. */
  readonly cues: string[];
  /** The sentence that shows it: an exact substring of the answer. */
  readonly quote: string;
  /** 0..1: how convincingly (several cues, or one cue inside a real sentence, count fully). */
  readonly strength: number;
}

/** A signal the answer does not show. */
export interface SignalMiss {
  readonly id: string;
  readonly text: string;
  readonly dimension: Dimension;
}

/** Signals found and missed, plus how much of the answer is made of cue words. */
export interface SignalResult {
  readonly hit: SignalHit[];
  readonly missed: SignalMiss[];
  /** Share of the answer's words that sit inside a cue match (a keyword-stuffing measure). */
  readonly cueDensity: number;
}

const compiledSignals = new WeakMap<TQuestion, readonly (readonly CompiledCue[])[]>();

/** The question's cues compiled once per question object. */
function cuesOf(question: TQuestion): readonly (readonly CompiledCue[])[] {
  let c = compiledSignals.get(question);
  if (!c) {
    c = question.lookFor.map((s) => s.cues.map((cue) => compileCue(cue)));
    compiledSignals.set(question, c);
  }
  return c;
}

function bestSentence(matches: readonly CueMatch[]): { sentence: number; match: CueMatch } | undefined {
  const perSentence = new Map<number, Set<string>>();
  for (const m of matches) {
    const set = perSentence.get(m.sentence) ?? new Set<string>();
    set.add(m.cue);
    perSentence.set(m.sentence, set);
  }
  let best: { sentence: number; count: number } | undefined;
  for (const [sentence, set] of perSentence) {
    if (!best || set.size > best.count || (set.size === best.count && sentence < best.sentence)) {
      best = { sentence, count: set.size };
    }
  }
  if (!best) return undefined;
  const sentence = best.sentence;
  const match = matches.find((m) => m.sentence === sentence) as CueMatch;
  return { sentence, match };
}

/** Finds the question's look-for signals in an analysed answer. */
export function findSignals(question: TQuestion, index: CueIndex): SignalResult {
  const compiled = cuesOf(question);
  const hit: SignalHit[] = [];
  const missed: SignalMiss[] = [];
  const covered = new Set<number>();
  const { analysis } = index;
  question.lookFor.forEach((signal, s) => {
    const matches: CueMatch[] = [];
    const cues: string[] = [];
    for (const cue of compiled[s] ?? []) {
      const all = findCue(index, cue);
      // Stuffing is measured on every mention, negated or not.
      for (const m of all) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
      const found = all.filter((m) => !m.negated);
      if (found.length === 0) continue;
      cues.push(cue.cue);
      matches.push(...found);
    }
    const best = bestSentence(matches);
    if (!best) {
      missed.push({ id: signal.id, text: signal.text, dimension: signal.dimension });
      return;
    }
    const inRealSentence = matches.some((m) => {
      const sentence = analysis.sentences[m.sentence];
      return sentence !== undefined && isRealSentence(analysis, sentence);
    });
    const strength = cues.length >= 2 && inRealSentence ? 1 : inRealSentence ? 0.8 : 0.4;
    hit.push({
      id: signal.id,
      text: signal.text,
      dimension: signal.dimension,
      cues,
      quote: quoteOf(analysis, best.sentence, best.match.tokenStart, best.match.tokenEnd),
      strength,
    });
  });
  let coveredWords = 0;
  for (const t of covered) {
    const kind = analysis.tokens[t]?.kind;
    if (kind === 'word' || kind === 'number') coveredWords++;
  }
  return { hit, missed, cueDensity: analysis.words === 0 ? 0 : coveredWords / analysis.words };
}
