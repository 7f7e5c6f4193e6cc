/**
 * How close each word of an answer is to each word of a question's claims, 0..1: the same stem
 * is 1, a thesaurus sibling 0.9, a near word vector 0.5..1, anything else 0. Computed once per
 * answer as a table over the distinct words on both sides, so the matcher only reads it.
 */
import type { ContentWord, SignalClaims } from './claims.js';
import { neighboursOf } from './lexicon.js';
import type { WordVectors } from './word-vectors.js';

/** Cosine below which two different words are not taken as the same idea. */
export const VECTOR_FLOOR = 0.55;

/** A question's distinct claim words. */
export interface Vocabulary {
  readonly words: readonly ContentWord[];
  readonly vectors: Int32Array;
  /** Slot of a claim word (by key and vector). */
  readonly slot: ReadonlyMap<string, number>;
  /** Slots holding each key. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
}

const idOf = (w: ContentWord): string => `${w.key}|${w.vector}`;

const vocabularies = new WeakMap<readonly SignalClaims[], Vocabulary>();

/** The distinct words of a question's claims, kept beside the compiled claims. */
export function vocabularyOf(claims: readonly SignalClaims[]): Vocabulary {
  let v = vocabularies.get(claims);
  if (v) return v;
  const words: ContentWord[] = [];
  const slot = new Map<string, number>();
  for (const s of claims)
    for (const c of [...s.asserts, ...s.rejects])
      for (const w of c.words) {
        const id = idOf(w);
        if (!slot.has(id)) slot.set(id, words.push(w) - 1);
      }
  const byKey = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = byKey.get(w.key) ?? [];
    list.push(i);
    byKey.set(w.key, list);
  });
  v = { words, vectors: Int32Array.from(words.map((w) => w.vector)), slot, byKey };
  vocabularies.set(claims, v);
  return v;
}

/** Closeness of every distinct answer word (rows) to every vocabulary slot (columns). */
export interface ClosenessTable {
  /** Row of each answer word, by the word's id. */
  readonly row: ReadonlyMap<string, number>;
  readonly width: number;
  readonly values: Float32Array;
}

/** The closeness table of an answer's words against a question's vocabulary. */
export function closenessTable(
  vocab: Vocabulary,
  answer: readonly ContentWord[],
  vectors: WordVectors | undefined,
): ClosenessTable {
  const row = new Map<string, number>();
  const distinct: ContentWord[] = [];
  for (const w of answer) {
    const id = idOf(w);
    if (!row.has(id)) row.set(id, distinct.push(w) - 1);
  }
  const width = vocab.words.length;
  const values = new Float32Array(distinct.length * width);
  const cos = new Float32Array(width);
  distinct.forEach((a, r) => {
    const base = r * width;
    if (vectors && a.vector >= 0) {
      vectors.cosines(a.vector, vocab.vectors, cos);
      for (let c = 0; c < width; c++) {
        const x = cos[c] as number;
        if (x >= VECTOR_FLOOR) values[base + c] = 0.5 + 0.5 * ((x - VECTOR_FLOOR) / (1 - VECTOR_FLOOR));
      }
    }
    for (const key of neighboursOf(a.key))
      for (const c of vocab.byKey.get(key) ?? []) values[base + c] = Math.max(values[base + c] as number, 0.9);
    for (const c of vocab.byKey.get(a.key) ?? []) values[base + c] = 1;
  });
  return { row, width, values };
}

/** Closeness of one answer word to one claim word. */
export function closenessOf(table: ClosenessTable, vocab: Vocabulary, answer: ContentWord, claim: ContentWord): number {
  const r = table.row.get(idOf(answer));
  const c = vocab.slot.get(idOf(claim));
  if (r === undefined || c === undefined) return 0;
  return table.values[r * table.width + c] ?? 0;
}

export { idOf };
