/**
 * How close each word of an answer is to each word of a question's claims, 0..1: the same stem
 * is 1, a thesaurus sibling 0.9, a near word vector from 0 at the floor to 1 at the same
 * direction (a loose neighbour adds little: many of them must not add up to a claim), anything
 * else 0. Computed once per
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

/** A claim word's identity in the vocabulary: its key and its vector. */
export const idOf = (w: ContentWord): string => `${w.key}|${w.vector}`;

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

const inverted = new WeakMap<Vocabulary, WeakMap<WordVectors, Map<number, Array<[number, number]>>>>();

/** For each vector index, the vocabulary slots it is near and the cosine: built once per question. */
function nearSlots(vocab: Vocabulary, vectors: WordVectors): Map<number, Array<[number, number]>> {
  let byVectors = inverted.get(vocab);
  if (!byVectors) {
    byVectors = new WeakMap();
    inverted.set(vocab, byVectors);
  }
  let map = byVectors.get(vectors);
  if (map) return map;
  map = new Map();
  vocab.words.forEach((w, slot) => {
    if (w.vector < 0) return;
    for (const [other, cosine] of vectors.near(w.vector, VECTOR_FLOOR)) {
      const list = map?.get(other) ?? [];
      list.push([slot, cosine]);
      map?.set(other, list);
    }
  });
  byVectors.set(vectors, map);
  return map;
}

/** The answer words one claim word is close to, in answer order, and the closest. */
export interface SparseRow {
  readonly at: number[];
  readonly closeness: number[];
  top: number;
}

/**
 * For each vocabulary slot, the answer words (by position in `answer`) close to it: found from
 * the answer's side (its exact key, its thesaurus siblings, its near vectors), so the work grows
 * with the answer, not with the vocabulary.
 */
export function closenessRows(
  vocab: Vocabulary,
  answer: readonly ContentWord[],
  vectors: WordVectors | undefined,
): ReadonlyMap<number, SparseRow> {
  const rows = new Map<number, SparseRow>();
  const near = vectors ? nearSlots(vocab, vectors) : undefined;
  const put = (slot: number, k: number, value: number): void => {
    let row = rows.get(slot);
    if (!row) {
      row = { at: [], closeness: [], top: 0 };
      rows.set(slot, row);
    }
    const last = row.at.length - 1;
    if (last >= 0 && row.at[last] === k) {
      if ((row.closeness[last] as number) >= value) return;
      row.closeness[last] = value;
    } else {
      row.at.push(k);
      row.closeness.push(value);
    }
    if (value > row.top) row.top = value;
  };
  answer.forEach((a, k) => {
    for (const [slot, x] of near?.get(a.vector) ?? []) put(slot, k, (x - VECTOR_FLOOR) / (1 - VECTOR_FLOOR));
    for (const key of neighboursOf(a.key)) for (const slot of vocab.byKey.get(key) ?? []) put(slot, k, 0.9);
    for (const slot of vocab.byKey.get(a.key) ?? []) put(slot, k, 1);
  });
  return rows;
}
