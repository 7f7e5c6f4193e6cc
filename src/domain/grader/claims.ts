/**
 * A question's claims, compiled once: each look-for signal's text and example phrasings (what
 * a good answer asserts) and its rejects (weaker alternatives a good answer turns down), as
 * lists of content words with a weight and the polarity the claim gives them.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import { isFunctionWord, stem } from './lexicon.js';
import { type Analysis, analyse } from './nlp.js';
import { polarityOf } from './polarity.js';
import type { WordVectors } from './word-vectors.js';

/** One content word of a claim or an answer. */
export interface ContentWord {
  /** Comparable form: the stem of the lemma. */
  readonly key: string;
  /** Index in the word vectors, or -1. */
  readonly vector: number;
  /** 1 asserted, -1 denied. */
  readonly sign: number;
  /** How much the word says: rarer words say more. */
  readonly weight: number;
}

/** One sentence-sized claim. */
export interface Claim {
  readonly words: readonly ContentWord[];
  readonly totalWeight: number;
}

/** What the matcher needs of one signal. */
export interface SignalClaims {
  readonly asserts: readonly Claim[];
  readonly rejects: readonly Claim[];
}

/**
 * Weight of a word from its frequency rank (the vectors list words from most to least
 * frequent; the bank's own rare terms come last or have no vector): "the" weighs nothing,
 * "constraint" more, "idempotency" most. Numbers weigh like ordinary words.
 */
export function wordWeight(vectors: WordVectors | undefined, vector: number, isNumber: boolean): number {
  if (isNumber) return 0.5;
  if (!vectors || vector < 0) return 1;
  const rank = Math.min(vector, vectors.size);
  return Math.min(1, Math.max(0.15, Math.log(rank + 50) / Math.log(40_000)));
}

/** The vector index of a token: its surface form first, then its lemma. */
export function vectorOf(vectors: WordVectors | undefined, norm: string, lemma: string): number {
  if (!vectors) return -1;
  const v = vectors.indexOf(norm);
  return v >= 0 ? v : vectors.indexOf(lemma);
}

/** A content word of an analysed text, with where it stands. */
export interface PlacedWord extends ContentWord {
  readonly token: number;
  readonly sentence: number;
}

/**
 * Content words of an analysed text, with polarity, leaving out `skip` sentences, and how many
 * function words it has (a list of terms has almost none).
 */
export function contentWordsOf(
  analysis: Analysis,
  vectors: WordVectors | undefined,
  skip: ReadonlySet<number> = new Set(),
): { words: PlacedWord[]; functionWords: number } {
  const polarity = polarityOf(analysis);
  const words: PlacedWord[] = [];
  let functionWords = 0;
  analysis.tokens.forEach((t, i) => {
    if ((t.kind !== 'word' && t.kind !== 'number') || skip.has(t.sentence)) return;
    if (isFunctionWord(t.norm) || isFunctionWord(t.lemma) || t.norm === "n't" || t.norm === 'not') {
      functionWords++;
      return;
    }
    const vector = vectorOf(vectors, t.norm, t.lemma);
    words.push({
      key: stem(t.lemma),
      vector,
      sign: polarity.sign[i] ?? 1,
      weight: wordWeight(vectors, vector, t.kind === 'number'),
      token: i,
      sentence: t.sentence,
    });
  });
  return { words, functionWords };
}

/** Content words of a text, with polarity. */
export function contentWords(text: string, vectors: WordVectors | undefined): ContentWord[] {
  return contentWordsOf(analyse(text), vectors).words;
}

/** A claim word the question itself uses weighs this much of its weight: saying it back is no evidence. */
export const QUESTION_WORD_FACTOR = 0.25;

function claimOf(text: string, vectors: WordVectors | undefined, given: ReadonlySet<string>): Claim {
  const words = contentWords(text, vectors).map((w) =>
    given.has(w.key) ? { ...w, weight: w.weight * QUESTION_WORD_FACTOR } : w,
  );
  // A word said twice in one claim counts once.
  const seen = new Set<string>();
  const unique = words.filter((w) => !seen.has(w.key) && seen.add(w.key));
  return { words: unique, totalWeight: unique.reduce((s, w) => s + w.weight, 0) };
}

const compiled = new WeakMap<TQuestion, WeakMap<object, readonly SignalClaims[]>>();
const NO_VECTORS = {};

/** The question's claims per signal, in look-for order; compiled once per question and vectors. */
export function claimsOf(question: TQuestion, vectors: WordVectors | undefined): readonly SignalClaims[] {
  let byVectors = compiled.get(question);
  if (!byVectors) {
    byVectors = new WeakMap();
    compiled.set(question, byVectors);
  }
  const key = vectors ?? NO_VECTORS;
  let claims = byVectors.get(key);
  if (!claims) {
    const given = new Set(contentWords(question.text, undefined).map((w) => w.key));
    claims = question.lookFor.map((s) => ({
      asserts: [s.text, ...(s.phrasings ?? [])]
        .map((t) => claimOf(t, vectors, given))
        .filter((c) => c.words.length > 0),
      rejects: (s.rejects ?? []).map((t) => claimOf(t, vectors, given)).filter((c) => c.words.length > 0),
    }));
    byVectors.set(key, claims);
  }
  return claims;
}
