/**
 * Quotes: the evidence the grader shows is always a slice of the answer, normally the whole
 * sentence holding it (trimmed), or a window of a very long sentence around the evidence.
 */
import type { Analysis } from './nlp.js';

/** Longest quote returned; a longer sentence is cut to a window around the evidence. */
export const MAX_QUOTE_CHARS = 280;

/**
 * The sentence (or a window of it around tokens [focusStart, focusEnd)) as an exact, trimmed
 * substring of the answer. Returns '' only for an answer with no sentences.
 */
export function quoteOf(analysis: Analysis, sentence: number, focusStart?: number, focusEnd?: number): string {
  const s = analysis.sentences[sentence];
  if (!s) return '';
  let start = s.start;
  let end = s.end;
  if (end - start > MAX_QUOTE_CHARS) {
    const tokens = analysis.tokens;
    const from = Math.max(s.tokenStart, Math.min(focusStart ?? s.tokenStart, s.tokenEnd - 1));
    const to = Math.max(from + 1, Math.min(focusEnd ?? from + 1, s.tokenEnd));
    let a = from;
    let b = to - 1;
    start = tokens[a]?.start ?? s.start;
    end = tokens[b]?.end ?? s.end;
    // Grow alternately on both sides while the window stays under the limit.
    let grew = true;
    while (grew) {
      grew = false;
      const left = tokens[a - 1];
      if (a - 1 >= s.tokenStart && left && end - left.start <= MAX_QUOTE_CHARS) {
        a--;
        start = left.start;
        grew = true;
      }
      const right = tokens[b + 1];
      if (b + 1 < s.tokenEnd && right && right.end - start <= MAX_QUOTE_CHARS) {
        b++;
        end = right.end;
        grew = true;
      }
    }
  }
  // One giant token (a pasted blob with no spaces) is cut hard.
  if (end - start > MAX_QUOTE_CHARS) end = start + MAX_QUOTE_CHARS;
  const raw = analysis.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  return analysis.text.slice(start + lead, end - trail);
}
