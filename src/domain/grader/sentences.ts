/**
 * Sentence boundaries for interview answers, on top of the model's: a line break (bullets,
 * pasted notes) ends a sentence, a dotted identifier such as `res.headers.age` does not, and
 * "250ms. We" does even though the model read "ms." as an abbreviation.
 */
import type { Sentence, Token } from './nlp.js';

const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'etc.', 'vs.', 'mr.', 'mrs.', 'dr.', 'st.', 'no.', 'approx.', 'cf.']);

/** Token indices where a new sentence starts. */
export function sentenceStarts(tokens: readonly Token[], winkStarts: ReadonlySet<number>): number[] {
  const starts: number[] = [];
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (t.kind === 'space') {
      // A line break ends the sentence; a tab does not.
      if (t.value.includes('\n')) open = false;
      continue;
    }
    let boundary = !open;
    if (open && winkStarts.has(i)) {
      // "res.headers.age": wink breaks after the glued dot; keep it one sentence.
      boundary = !(prev?.value === '.' && !t.spaceBefore);
    }
    if (open && !boundary && prev && t.spaceBefore && /^[A-Z]/.test(t.value)) {
      // "250ms. We": the model read "ms." as an abbreviation and kept going.
      const pv = prev.value.toLowerCase();
      boundary = pv.length > 1 && pv.endsWith('.') && !ABBREVIATIONS.has(pv) && /^[a-z0-9]+\.$/.test(pv);
    }
    if (boundary) starts.push(i);
    open = true;
  }
  return starts;
}

/** Sentences from their start indices, trimmed of trailing line breaks; sets each token's sentence. */
export function buildSentences(tokens: Token[], starts: readonly number[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s] as number;
    let to = s + 1 < starts.length ? (starts[s + 1] as number) : tokens.length;
    // Trailing line-break tokens belong to no sentence.
    while (to > from && tokens[to - 1]?.kind === 'space') to--;
    let words = 0;
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      t.sentence = sentences.length;
      if (t.kind === 'word' || t.kind === 'number') words++;
    }
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    sentences.push({
      index: sentences.length,
      tokenStart: from,
      tokenEnd: to,
      start: first.start,
      end: last.end,
      words,
    });
  }
  return sentences;
}
