/**
 * A tiny phrase pattern language over tokens, so the term catalogue can be written as readable
 * phrases ("do you have ~2 children|kids") instead of regular expressions over raw text, which
 * would trip on punctuation, contractions and identifiers.
 *
 * Syntax, space separated:
 *   word          the token equals "word"
 *   a|b|c         any of the alternatives
 *   retir*        a token starting with "retir"
 *   x?            an optional step (x may itself be a|b)
 *   ~N            skip 0..N tokens (the shortest match wins)
 *   !a|b          (last step only) the next token, if any, is none of these: "make !of"
 */
import type { Token } from './tokenize.js';

interface Alternative {
  readonly text: string;
  readonly prefix: boolean;
}

type Step =
  | { readonly kind: 'word'; readonly alts: readonly Alternative[]; readonly optional: boolean }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'not'; readonly alts: readonly Alternative[] };

/** A compiled phrase. */
export interface Phrase {
  readonly source: string;
  readonly steps: readonly Step[];
  /** The phrase itself names the candidate ("you", "your"), so any match is about them. */
  readonly secondPerson: boolean;
}

/** A match of a phrase: token indices [start, end) inside one sentence. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
}

const SECOND_PERSON = new Set(['you', 'your', 'yourself']);

function parseAlternatives(spec: string): Alternative[] {
  return spec
    .split('|')
    .map((a) => (a.endsWith('*') ? { text: a.slice(0, -1), prefix: true } : { text: a, prefix: false }));
}

/** Compiles a phrase; throws on a malformed one so a catalogue typo fails the first test run. */
export function compilePhrase(source: string): Phrase {
  const steps: Step[] = [];
  const parts = source.trim().split(/\s+/);
  parts.forEach((part, i) => {
    if (/^~\d+$/.test(part)) steps.push({ kind: 'gap', max: Number(part.slice(1)) });
    else if (part.startsWith('!')) {
      if (i !== parts.length - 1) throw new Error(`phrase "${source}": a !negation must be the last step`);
      steps.push({ kind: 'not', alts: parseAlternatives(part.slice(1)) });
    } else if (part.endsWith('?'))
      steps.push({ kind: 'word', alts: parseAlternatives(part.slice(0, -1)), optional: true });
    else steps.push({ kind: 'word', alts: parseAlternatives(part), optional: false });
  });
  const first = steps[0];
  if (first?.kind !== 'word' || first.optional) {
    throw new Error(`phrase "${source}" must start with a required word`);
  }
  const secondPerson = steps.some(
    (s) => s.kind === 'word' && !s.optional && s.alts.some((a) => SECOND_PERSON.has(a.text)),
  );
  return { source, steps, secondPerson };
}

function accepts(alts: readonly Alternative[], token: Token | undefined): boolean {
  // Identifiers never match a prose word: `max_age` or `childProcess` is code, not a question.
  if (!token || token.code) return false;
  return alts.some((a) => (a.prefix ? token.word.startsWith(a.text) : token.word === a.text));
}

function matchFrom(steps: readonly Step[], s: number, tokens: readonly Token[], t: number): number {
  if (s === steps.length) return t;
  const step = steps[s];
  if (!step) return -1;
  switch (step.kind) {
    case 'gap':
      for (let skip = 0; skip <= step.max && t + skip <= tokens.length; skip++) {
        const end = matchFrom(steps, s + 1, tokens, t + skip);
        if (end >= 0) return end;
      }
      return -1;
    case 'not':
      return accepts(step.alts, tokens[t]) ? -1 : t;
    case 'word': {
      if (accepts(step.alts, tokens[t])) {
        const end = matchFrom(steps, s + 1, tokens, t + 1);
        if (end >= 0) return end;
      }
      return step.optional ? matchFrom(steps, s + 1, tokens, t) : -1;
    }
  }
}

/** Every place a phrase matches in a sentence's tokens, left to right, without overlaps. */
export function matchPhrase(phrase: Phrase, tokens: readonly Token[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const end = matchFrom(phrase.steps, 0, tokens, t);
    if (end > t) {
      matches.push({ start: t, end });
      t = end - 1;
    }
  }
  return matches;
}
