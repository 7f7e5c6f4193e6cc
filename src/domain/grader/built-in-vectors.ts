/**
 * The word vectors that ship with Caliper (src/content/grader/word-vectors.bin, built by
 * scripts/build-word-vectors.ts), read on first use and kept for the process.
 */
import { readFileSync } from 'node:fs';
import { decodeWordVectors, type WordVectors } from './word-vectors.js';

const FILE = new URL('../../content/grader/word-vectors.bin', import.meta.url);

let cached: WordVectors | undefined;

/** The built-in vectors, decoded once (about 4 MB, some 150 ms). */
export function builtInVectors(): WordVectors {
  cached ??= decodeWordVectors(readFileSync(FILE));
  return cached;
}
