/**
 * Near words, precomputed: for each word the bank's claims use, every word of the vectors whose
 * cosine with it reaches the matching floor. Grading then looks closeness up instead of taking
 * thousands of dot products per answer. Built by `scripts/build-word-neighbours.ts` from the
 * word vectors and the bank; a word it lacks (an organisation's own question) is computed on
 * the spot. Pure: bytes in, lookups out.
 *
 * Layout: "CLPN", version (u8), entry count (u32 LE), then per entry: word index (u32 LE),
 * neighbour count (u32 LE), and per neighbour its index (u32 LE) and cosine x 255 (u8).
 */

const MAGIC = 'CLPN';
const VERSION = 1;

/** Neighbours of a vector index: vector index -> cosine. */
export type Neighbours = ReadonlyMap<number, number>;

/** Encodes neighbour lists for `decodeWordNeighbours`. */
export function encodeWordNeighbours(entries: ReadonlyMap<number, ReadonlyMap<number, number>>): Uint8Array {
  let size = 9;
  for (const near of entries.values()) size += 8 + near.size * 5;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint8(4, VERSION);
  view.setUint32(5, entries.size, true);
  let at = 9;
  for (const [word, near] of [...entries].sort((a, b) => a[0] - b[0])) {
    view.setUint32(at, word, true);
    view.setUint32(at + 4, near.size, true);
    at += 8;
    for (const [other, cosine] of [...near].sort((a, b) => a[0] - b[0])) {
      view.setUint32(at, other, true);
      view.setUint8(at + 4, Math.max(0, Math.min(255, Math.round(cosine * 255))));
      at += 5;
    }
  }
  return out;
}

/** Decodes `encodeWordNeighbours` output; throws on a file of another format. */
export function decodeWordNeighbours(bytes: Uint8Array): ReadonlyMap<number, Neighbours> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC || view.getUint8(4) !== VERSION) {
    throw new Error('not a word-neighbour file of version 1');
  }
  const count = view.getUint32(5, true);
  const out = new Map<number, Neighbours>();
  let at = 9;
  for (let e = 0; e < count; e++) {
    const word = view.getUint32(at, true);
    const n = view.getUint32(at + 4, true);
    at += 8;
    const near = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      near.set(view.getUint32(at, true), view.getUint8(at + 4) / 255);
      at += 5;
    }
    out.set(word, near);
  }
  return out;
}
