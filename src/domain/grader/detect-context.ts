/**
 * What anti-pattern detectors read, and the clause-level helpers they share: is a word
 * negated or rejected earlier in its clause ("rather than adding a cache"), is it proposed
 * ("I'd rewrite"), what follows it in the same clause.
 */
import type { CueIndex } from './cues.js';
import { type Magnitude, words } from './features.js';
import type { Analysis, Token } from './nlp.js';
import { isPastVerb, type Structure } from './structure.js';

/** Everything a detector may read. */
export interface DetectContext {
  readonly topics: readonly string[];
  readonly dimensions: readonly string[];
  readonly analysis: Analysis;
  readonly index: CueIndex;
  readonly magnitudes: readonly Magnitude[];
  readonly structure: Structure;
  /** Sentence index of the first fragment when the keyword-salad guard fired, else null. */
  readonly saladAt: number | null;
}

/** Where a pattern shows. */
export interface Finding {
  readonly sentence: number;
  readonly tokenStart?: number;
  readonly tokenEnd?: number;
}

/** Clause-breaking punctuation. */
export const CLAUSE_PUNCT = words(', ; : . ! ? — – ( )');
/** Words that propose an action: "I'd", "we should", "let's", "I recommend". */
export const PROPOSAL = words('would should will shall let propose recommend suggest need must go want plan approve');
/** Words that, earlier in the same clause, turn a mention into a rejection. */
export const REJECTING = words(
  "not never no nobody without resist avoid against instead rather before until tempt tempting urge n't don't",
);

/** A word of `set` earlier in the same clause as token i. */
export function clauseBefore(a: Analysis, i: number, set: ReadonlySet<string>): boolean {
  const sentence = a.tokens[i]?.sentence;
  for (let j = i - 1; j >= 0; j--) {
    const t = a.tokens[j] as Token;
    if (t.sentence !== sentence || CLAUSE_PUNCT.has(t.value)) return false;
    if (set.has(t.norm) || set.has(t.lemma)) return true;
  }
  return false;
}

/** Token i opens its clause. */
export function startsClause(a: Analysis, i: number): boolean {
  const prev = a.tokens[i - 1];
  return !prev || prev.sentence !== a.tokens[i]?.sentence || CLAUSE_PUNCT.has(prev.value) || prev.kind === 'space';
}

/** A proposal marker before i in its clause; "they'd shipped" is "had", not "would". */
export function proposedBefore(a: Analysis, i: number): boolean {
  const sentence = a.tokens[i]?.sentence;
  for (let j = i - 1; j >= 0; j--) {
    const t = a.tokens[j] as Token;
    if (t.sentence !== sentence || CLAUSE_PUNCT.has(t.value)) return false;
    if (!PROPOSAL.has(t.lemma) && !PROPOSAL.has(t.norm)) continue;
    const next = a.tokens[j + 1];
    if (t.norm === "'d" && next && (next.norm.endsWith('ed') || isPastVerb(next))) continue;
    return true;
  }
  return false;
}

/** A word of `set` anywhere in the sentence. */
export function sentenceHas(a: Analysis, sentence: number, set: ReadonlySet<string>): boolean {
  const s = a.sentences[sentence];
  if (!s) return false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = a.tokens[i] as Token;
    if (set.has(t.norm) || set.has(t.lemma)) return true;
  }
  return false;
}

/** Token j within `span` tokens after i, in the same clause, whose lemma or form is in `set`. */
export function followedBy(a: Analysis, i: number, span: number, set: ReadonlySet<string>): number | undefined {
  const sentence = a.tokens[i]?.sentence;
  for (let j = i + 1; j <= i + span && j < a.tokens.length; j++) {
    const t = a.tokens[j] as Token;
    if (t.sentence !== sentence || CLAUSE_PUNCT.has(t.value) || t.kind === 'space') return undefined;
    if (set.has(t.norm) || set.has(t.lemma)) return j;
  }
  return undefined;
}

/** Token i is asserted: not negated and not rejected earlier in its clause. */
export function live(a: Analysis, i: number): boolean {
  return !a.tokens[i]?.negated && !clauseBefore(a, i, REJECTING);
}
