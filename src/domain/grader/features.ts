/**
 * Answer-level features every other part of the grader reads: magnitudes (numbers with units),
 * reasoning connectors, which sentences are real sentences rather than fragments, and phrase
 * lists compiled through the same lemma matcher as the bank's cues.
 */
import { type CompiledCue, type CueIndex, type CueMatch, compileCue, findCue } from './cues.js';
import type { Analysis, Sentence, Token } from './nlp.js';

/**
 * A phrase list compiled on first use (so importing the grader does not load the model).
 * Each entry may hold several phrases separated by "|". `exact` phrases match surface forms
 * only, not lemmas.
 */
export function phrases(list: readonly string[], exact = false): () => readonly CompiledCue[] {
  let cache: CompiledCue[] | undefined;
  return () => {
    cache ??= list.flatMap((entry) => entry.split('|')).map((p) => compileCue(p.trim(), exact));
    return cache;
  };
}

/** A set of single words written as one space-separated string. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Every match of any phrase, in text order; negated matches dropped unless asked for. */
export function findAll(index: CueIndex, list: readonly CompiledCue[], keepNegated = false): CueMatch[] {
  const out: CueMatch[] = [];
  for (const p of list) for (const m of findCue(index, p)) if (keepNegated || !m.negated) out.push(m);
  return out.sort((a, b) => a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd);
}

/** A number with a unit, a percentage, a currency amount or a multiplier. */
export interface Magnitude {
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

const NUMBER_WORDS = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'dozen',
  'dozens',
  'half',
  'twice',
  'double',
  'triple',
  'tenfold',
]);
/** Words after a number that make it a magnitude even when the model does not call them nouns. */
const UNIT_WORDS = new Set(['%', 'x', 'k', 'm', 'ms', 's', 'gb', 'mb', 'tb', 'kb', 'percent', 'times', 'per']);
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'percent']);
const CURRENCY = new Set(['$', '£', '€']);
/** A number followed by one of these is counting something: "2,300 redirects", "40 pods". */
const UNIT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'X', 'SYM']);

function isNumeric(t: Token | undefined): boolean {
  if (!t) return false;
  return t.kind === 'number' || /^\d[\d.,]*[a-z%]*$/.test(t.norm) || NUMBER_WORDS.has(t.norm);
}

function isYear(t: Token): boolean {
  return /^(?:19|20)\d\d$/.test(t.norm);
}

/** Numbers that carry a size: "400 ms", "3%", "$300", "17 million rows", "5x", "two weeks". */
export function magnitudes(analysis: Analysis): Magnitude[] {
  const out: Magnitude[] = [];
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isNumeric(t)) continue;
    // "one" and "a" alone are too common to count; they need a unit word next to them.
    const prev = tokens[i - 1];
    if (prev && CURRENCY.has(prev.value)) {
      out.push({ sentence: t.sentence, tokenStart: i - 1, tokenEnd: i + 1 });
      continue;
    }
    if (isYear(t) && !/\d{4}\s*(?:ms|rows|requests|users)/.test(analysis.text.slice(t.start, t.start + 12))) continue;
    if (/^\d+(?:\.\d+)?(?:ms|s|gb|mb|tb|kb|k|m|x|%)$/.test(t.norm)) {
      out.push({ sentence: t.sentence, tokenStart: i, tokenEnd: i + 1 });
      continue;
    }
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const u = tokens[j] as Token;
      if (u.value === '%' && u.sentence === t.sentence) {
        out.push({ sentence: t.sentence, tokenStart: i, tokenEnd: j + 1 });
        i = j;
        break;
      }
      if (u.sentence !== t.sentence || u.kind === 'space' || (u.kind === 'punct' && u.value !== '-')) break;
      if (isNumeric(u)) continue;
      if (UNIT_WORDS.has(u.norm) || UNIT_POS.has(u.pos)) {
        if (t.norm === 'one' && !TIME_UNITS.has(u.lemma)) break;
        out.push({ sentence: t.sentence, tokenStart: i, tokenEnd: j + 1 });
        i = j;
        break;
      }
      if (u.pos !== 'ADJ' && u.pos !== 'ADV') break;
    }
  }
  return out;
}

/** Connectors that carry reasoning: a cause, a consequence, a condition, an alternative. */
export const REASONING = phrases([
  'because|so|since|which means|that means|then|if|when|unless|instead|rather than|trade off',
  'tradeoff|otherwise|therefore|as a result|at the cost of|in exchange|so that|whereas',
]);

/** How many reasoning connectors the answer uses, counted per sentence (at most 2 per sentence). */
export function reasoningCount(index: CueIndex, skip: ReadonlySet<number> = new Set()): number {
  const perSentence = new Map<number, number>();
  for (const m of findAll(index, REASONING(), true)) {
    if (skip.has(m.sentence)) continue;
    perSentence.set(m.sentence, Math.min(2, (perSentence.get(m.sentence) ?? 0) + 1));
  }
  let total = 0;
  for (const n of perSentence.values()) total += n;
  return total;
}

/**
 * A real sentence: at least five words, a verb, and not a comma-separated run of fragments
 * ("cache, hit rate, 302, read replica").
 */
export function isRealSentence(analysis: Analysis, s: Sentence): boolean {
  if (s.words < 5) return false;
  let verb = false;
  let punctuation = 0;
  let pieces = 1;
  let current = 0;
  let longest = 0;
  let shortPieces = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = analysis.tokens[i] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.kind === 'punct') punctuation++;
    if (t.value === ',' || t.value === ';') {
      longest = Math.max(longest, current);
      if (current <= 3) shortPieces++;
      pieces++;
      current = 0;
    } else if (t.kind === 'word' || t.kind === 'number') current++;
  }
  longest = Math.max(longest, current);
  if (current <= 3) shortPieces++;
  if (!verb) return false;
  // A run-on of fifty words with hardly a comma is a pasted list, not a sentence.
  if (s.words > 50 && punctuation < s.words / 25) return false;
  // Mostly short comma pieces: a list, unless one piece is a full clause that carries the list.
  return !(pieces >= 3 && shortPieces / pieces > 0.6 && longest < 8);
}

/** Share of the answer's words that sit in real sentences (0 for an empty answer). */
export function realSentenceShare(analysis: Analysis): number {
  if (analysis.words === 0) return 0;
  let real = 0;
  for (const s of analysis.sentences) if (isRealSentence(analysis, s)) real += s.words;
  return real / analysis.words;
}

/**
 * Sentences (of four words or more) that repeat an earlier one word for word: padding an
 * answer by pasting it twice adds no evidence, so these are counted once.
 */
export function repeatedSentences(analysis: Analysis): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  for (const s of analysis.sentences) {
    if (s.words < 4) continue;
    const key = analysis.text.slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) repeated.add(s.index);
    else seen.add(key);
  }
  return repeated;
}

const FUNCTION_POS = new Set(['DET', 'ADP', 'AUX', 'SCONJ', 'CCONJ', 'PRON', 'PART']);

/**
 * Sentences cut from one template ("The idempotency key is important. The unique constraint
 * is important. ..."): the share of sentences (of four words or more) whose function-word
 * skeleton is shared by at least two others. Real answers vary their sentences.
 */
export function templatedShare(analysis: Analysis): number {
  const shapes = new Map<string, number>();
  const perSentence: string[] = [];
  for (const s of analysis.sentences) {
    if (s.words < 4) continue;
    const parts: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = analysis.tokens[i] as Token;
      if (FUNCTION_POS.has(t.pos) || t.kind === 'punct') parts.push(t.lemma);
    }
    const shape = parts.join(' ');
    perSentence.push(shape);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  if (perSentence.length < 3) return 0;
  const templated = perSentence.filter((shape) => (shapes.get(shape) ?? 0) >= 3).length;
  return templated / perSentence.length;
}
