/**
 * The word vectors that ship with Caliper (src/content/grader/word-vectors.bin, built by
 * scripts/build-word-vectors.ts) with the bank's precomputed neighbour lists
 * (word-neighbours.bin, scripts/build-word-neighbours.ts), read on first use and kept for the
 * process.
 */
import { readFileSync } from 'node:fs';
import { decodeWordNeighbours } from './word-neighbours.js';
import { decodeWordVectors, type WordVectors } from './word-vectors.js';

const VECTORS = new URL('../../content/grader/word-vectors.bin', import.meta.url);
const NEIGHBOURS = new URL('../../content/grader/word-neighbours.bin', import.meta.url);

let cached: WordVectors | undefined;

/** The built-in vectors, decoded once. */
export function builtInVectors(): WordVectors {
  cached ??= decodeWordVectors(readFileSync(VECTORS), decodeWordNeighbours(readFileSync(NEIGHBOURS)));
  return cached;
}
