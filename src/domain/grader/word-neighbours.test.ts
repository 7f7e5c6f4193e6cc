import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { claimsOf } from './claims.js';
import { vocabularyOf } from './closeness.js';
import { decodeWordNeighbours, encodeWordNeighbours } from './word-neighbours.js';
import { decodeWordVectors, NEAR_FLOOR } from './word-vectors.js';

const FILE = new URL('../../content/grader/word-neighbours.bin', import.meta.url);
const VECTORS = new URL('../../content/grader/word-vectors.bin', import.meta.url);

describe('word neighbours', () => {
  it('round-trips through the binary form, cosines to 1/255', () => {
    const entries = new Map([
      [
        7,
        new Map([
          [7, 1],
          [9, 0.6],
        ]),
      ],
    ]);
    const back = decodeWordNeighbours(encodeWordNeighbours(entries));
    expect(back.get(7)?.get(9)).toBeCloseTo(0.6, 2);
    expect(back.get(7)?.get(7)).toBe(1);
  });

  it('covers every word of the bank’s claims, and agrees with computing them afresh', () => {
    const shipped = decodeWordNeighbours(readFileSync(FILE));
    const fresh = decodeWordVectors(readFileSync(VECTORS));
    const missing: number[] = [];
    for (const q of loadBuiltInBank()) {
      for (const w of vocabularyOf(claimsOf(q, fresh)).words)
        if (w.vector >= 0 && !shipped.has(w.vector)) missing.push(w.vector);
    }
    // A bank edit that adds words needs `npx tsx scripts/build-word-neighbours.ts`.
    expect(missing).toEqual([]);
    const sample = [...shipped.keys()].slice(0, 3);
    for (const w of sample) expect(fresh.near(w, NEAR_FLOOR)).toEqual(shipped.get(w));
  });
});
