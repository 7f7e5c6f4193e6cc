/**
 * Word vectors for matching by meaning: "deduplicate" near "duplicate", "outage" near
 * "incident". A compact binary form (unit vectors as int8) of public GloVe vectors, built by
 * `scripts/build-word-vectors.ts` and decoded here; the grader only ever asks for the cosine of
 * two words. Pure: bytes in, lookups out.
 *
 * Layout: "CLPV", version (u8), dimensions (u16 LE), word count (u32 LE), byte length of the
 * word list (u32 LE), the words as UTF-8 joined by "\n", then count x dimensions int8.
 */
import type { Neighbours } from './word-neighbours.js';

const MAGIC = 'CLPV';
const VERSION = 1;
const HEADER = 15;
/** Lowest cosine kept in a neighbour list: the grader's floor (closeness.ts VECTOR_FLOOR) must not be lower. */
export const NEAR_FLOOR = 0.55;
/** Neighbour lists computed on the spot that a process keeps. */
const MAX_COMPUTED = 20_000;

/** Decoded vectors: a word's index, and the cosine between two indexed words. */
export interface WordVectors {
  readonly dimensions: number;
  readonly size: number;
  /** The word's index, or -1 when it has no vector. */
  indexOf(word: string): number;
  /** Cosine similarity of two indexed words, -1..1. */
  cosine(a: number, b: number): number;
  /**
   * Words whose cosine with word `a` is at least `floor` (itself included), cosine to 1/255:
   * precomputed for the bank's words, computed once per process for any other.
   */
  near(a: number, floor: number): Neighbours;
}

/** Encodes vectors (any scale) for `decodeWordVectors`. */
export function encodeWordVectors(
  words: readonly string[],
  vectors: readonly (readonly number[])[],
  dimensions: number,
): Uint8Array {
  const list = new TextEncoder().encode(words.join('\n'));
  const out = new Uint8Array(HEADER + list.length + words.length * dimensions);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint8(4, VERSION);
  view.setUint16(5, dimensions, true);
  view.setUint32(7, words.length, true);
  view.setUint32(11, list.length, true);
  out.set(list, HEADER);
  const body = new Int8Array(out.buffer, HEADER + list.length);
  vectors.forEach((v, i) => {
    let max = 0;
    for (let d = 0; d < dimensions; d++) max = Math.max(max, Math.abs(v[d] ?? 0));
    const scale = max === 0 ? 0 : 127 / max;
    for (let d = 0; d < dimensions; d++) body[i * dimensions + d] = Math.round((v[d] ?? 0) * scale);
  });
  return out;
}

/** Decodes `encodeWordVectors` output, with precomputed neighbours if given; throws on a file of another format. */
export function decodeWordVectors(
  bytes: Uint8Array,
  precomputed: ReadonlyMap<number, Neighbours> = new Map(),
): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC || view.getUint8(4) !== VERSION) {
    throw new Error('not a word-vector file of version 1');
  }
  const dimensions = view.getUint16(5, true);
  const size = view.getUint32(7, true);
  const listLength = view.getUint32(11, true);
  const words = new TextDecoder().decode(bytes.subarray(HEADER, HEADER + listLength)).split('\n');
  const raw = new Int8Array(bytes.buffer, bytes.byteOffset + HEADER + listLength, size * dimensions);
  // Unit-normalise once so a cosine is a plain dot product.
  const unit = new Float32Array(size * dimensions);
  for (let i = 0; i < size; i++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (raw[i * dimensions + d] ?? 0) ** 2;
    const inv = norm === 0 ? 0 : 1 / Math.sqrt(norm);
    for (let d = 0; d < dimensions; d++) unit[i * dimensions + d] = (raw[i * dimensions + d] ?? 0) * inv;
  }
  // Words computed on the spot (not in the precomputed file) are kept, up to a bound.
  const computed = new Map<number, Neighbours>();
  const nearest = (a: number): Neighbours => {
    if (computed.size > MAX_COMPUTED) computed.clear();
    const out = new Map<number, number>();
    const oa = a * dimensions;
    for (let b = 0; b < size; b++) {
      const ob = b * dimensions;
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += (unit[oa + d] as number) * (unit[ob + d] as number);
      if (dot >= NEAR_FLOOR) out.set(b, Math.round(dot * 255) / 255);
    }
    return out;
  };
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    index.set(w, i);
  });
  return {
    dimensions,
    size,
    indexOf: (word) => index.get(word) ?? -1,
    near(a, floor) {
      const known = precomputed.get(a) ?? computed.get(a);
      const all = known ?? nearest(a);
      if (!known) computed.set(a, all);
      const out = new Map<number, number>();
      for (const [b, c] of all) if (c >= floor) out.set(b, c);
      return out;
    },
    cosine(a, b) {
      if (a < 0 || b < 0) return a === b && a >= 0 ? 1 : 0;
      let dot = 0;
      const oa = a * dimensions;
      const ob = b * dimensions;
      for (let d = 0; d < dimensions; d++) dot += (unit[oa + d] as number) * (unit[ob + d] as number);
      return dot;
    },
  };
}
