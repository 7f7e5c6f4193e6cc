/**
 * Precomputes the near words of every word the built-in bank's claims use (signal texts,
 * phrasings, rejects) from the shipped word vectors, so grading looks closeness up instead of
 * computing it. Run after changing the bank's signals or the vectors:
 *
 *   npx tsx scripts/build-word-neighbours.ts
 *
 * and commit `src/content/grader/word-neighbours.bin`. A test fails while the file misses a
 * word of the bank.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBuiltInBank } from '../src/content/load-bank.js';
import { claimsOf } from '../src/domain/grader/claims.js';
import { vocabularyOf } from '../src/domain/grader/closeness.js';
import { encodeWordNeighbours, type Neighbours } from '../src/domain/grader/word-neighbours.js';
import { decodeWordVectors, NEAR_FLOOR } from '../src/domain/grader/word-vectors.js';

const VECTORS = fileURLToPath(new URL('../src/content/grader/word-vectors.bin', import.meta.url));
const OUT = fileURLToPath(new URL('../src/content/grader/word-neighbours.bin', import.meta.url));

const started = performance.now();
// Decoded without precomputed lists, so every list below is computed afresh.
const vectors = decodeWordVectors(readFileSync(VECTORS));
const words = new Set<number>();
for (const q of loadBuiltInBank()) {
  for (const w of vocabularyOf(claimsOf(q, vectors)).words) if (w.vector >= 0) words.add(w.vector);
}
const entries = new Map<number, Neighbours>();
for (const w of words) entries.set(w, vectors.near(w, NEAR_FLOOR));
const bytes = encodeWordNeighbours(entries);
writeFileSync(OUT, bytes);
process.stdout.write(
  `${entries.size} words, ${bytes.length} bytes, ${((performance.now() - started) / 1000).toFixed(1)} s -> ${OUT}\n`,
);
