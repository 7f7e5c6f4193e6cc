/**
 * A small English tokeniser for question texts: sentences, clauses and words, with enough
 * structure for the protected-characteristic lint to ask "who is this sentence addressed to?"
 * and "what words sit right next to this term?". No dictionary, no I/O.
 */

/** One word of a sentence, lower-cased, with its place in the original text. */
export interface Token {
  /** Lower-cased word; contractions are expanded ("you're" -> "you", "are"). */
  readonly word: string;
  /** Offsets of the surface form in the full text (expanded parts share their word's). */
  readonly start: number;
  readonly end: number;
  /**
   * Index of the clause inside the sentence: commas, semicolons, dashes and "and"/"but" open a
   * new one, except that a short list item ("..., nationality and religion") stays with its neighbour.
   */
  readonly clause: number;
  /** A possessive form: "employee's", "users'". */
  readonly possessive: boolean;
  /** An identifier rather than prose: `date_of_birth`, maxAge, /healthz, res.headers.age, `x`. */
  readonly code: boolean;
}

/** A sentence with its tokens. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** It ended with a question mark. */
  readonly question: boolean;
  /** Every comma-separated piece is at most a few words: a form or a list ("Name, date of birth:"). */
  readonly fragments: boolean;
}

/** A clause this short, without "you", is a list item rather than a clause of its own. */
const LIST_ITEM_MAX = 4;

type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/**
 * Joins list items to their neighbour: "store fields like date of birth, nationality and
 * religion" is one clause, so what clears "date of birth" clears "religion" too. Leading
 * items join the first full clause after them ("Date of birth, religion: which would you store?").
 */
function mergeListItems(tokens: MutableToken[]): boolean {
  const sizes = new Map<number, { count: number; second: boolean }>();
  for (const t of tokens) {
    const s = sizes.get(t.clause) ?? { count: 0, second: false };
    s.count++;
    s.second ||= t.word === 'you' || t.word === 'your';
    sizes.set(t.clause, s);
  }
  const merged = new Map<number, number>();
  let group = -1;
  let groupAllShort = false;
  for (const [clause, s] of [...sizes].sort((a, b) => a[0] - b[0])) {
    const short = s.count <= LIST_ITEM_MAX && !s.second;
    if (group >= 0 && (short || groupAllShort)) groupAllShort &&= short;
    else {
      group++;
      groupAllShort = short;
    }
    merged.set(clause, group);
  }
  for (const t of tokens) t.clause = merged.get(t.clause) ?? t.clause;
  return [...sizes.values()].every((s) => s.count <= LIST_ITEM_MAX);
}

// Words, identifiers (joined by . _ / : or $), backtick spans, and the punctuation we care about.
// Hyphens are not part of a word, so "max-age" is "max" + "age" and both words are visible.
const PIECE =
  /```[\s\S]*?```|`[^`\n]*`|[\p{L}\p{N}_$]+(?:[./:_][\p{L}\p{N}_$]+)*(?:['\u2019]\p{L}*)?|\/[\p{L}\p{N}_$]+(?:\/[\p{L}\p{N}_$]+)*|[.?!]+|[,;:()[\]{}\u2014\u2013]|\n|\s-\s|"/gu;

/** Words that open a new clause: what follows them is a new thought with its own context. */
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'whereas', 'because', 'although', 'though', 'then']);

/** Abbreviations whose trailing full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'mr',
  'mrs',
  'ms',
  'dr',
  'cf',
  'incl',
  'eg',
  'ie',
  'u.s',
  'u.k',
  'u.s.a',
  'e.u',
]);

/** Words after which "'s" means "is", not a possessive. */
const IS_HOSTS = new Set([
  'what',
  'where',
  'how',
  'who',
  'it',
  'that',
  'there',
  'here',
  'when',
  'why',
  'which',
  'he',
  'she',
  'this',
]);

// A Map, not an object literal: a plain object would answer "constructor" or "toString" from its prototype.
const NOT_CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
]);

const SUFFIXES: Readonly<Record<string, string>> = {
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'d": 'would',
  "'m": 'am',
};

/** True when a surface form reads as code: snake_case, camelCase, dotted or slashed paths, backticks. */
function looksLikeCode(surface: string): boolean {
  return (
    surface.startsWith('`') ||
    surface.startsWith('/') ||
    /[_$]/.test(surface) ||
    /\p{Ll}\p{Lu}/u.test(surface) ||
    /\p{L}[./:]\p{L}/u.test(surface)
  );
}

/** Splits one surface word into the words it stands for, marking possessives. */
function expand(surface: string): { words: string[]; possessive: boolean } {
  const lower = surface.toLowerCase().replace(/\u2019/g, "'");
  const fixed = NOT_CONTRACTIONS.get(lower);
  if (fixed) return { words: [...fixed], possessive: false };
  if (lower.endsWith("n't")) return { words: [lower.slice(0, -3), 'not'], possessive: false };
  for (const [suffix, word] of Object.entries(SUFFIXES)) {
    if (lower.endsWith(suffix)) return { words: [lower.slice(0, -suffix.length), word], possessive: false };
  }
  if (lower.endsWith("'s")) {
    const base = lower.slice(0, -2);
    if (base === 'let') return { words: ['let', 'us'], possessive: false };
    return IS_HOSTS.has(base) ? { words: [base, 'is'], possessive: false } : { words: [base], possessive: true };
  }
  if (lower.endsWith("'")) {
    const base = lower.slice(0, -1);
    // "users'" is a plural possessive; "'age'" in quotes is just a word.
    return { words: [base], possessive: base.endsWith('s') };
  }
  return { words: [lower], possessive: false };
}

/**
 * Splits a text into sentences of tokens. Sentences end at . ? ! (not after "e.g." and
 * friends) and at line breaks; clauses end at commas, semicolons, colons, brackets, dashes,
 * quotes and at conjunctions such as "and" and "but".
 */
export function tokenize(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: MutableToken[] = [];
  let clause = 0;
  let sentenceStart = -1;
  let lastEnd = 0;

  const close = (question = false): void => {
    if (tokens.length > 0) {
      const fragments = mergeListItems(tokens);
      sentences.push({ start: sentenceStart, end: lastEnd, tokens, question, fragments });
    }
    tokens = [];
    clause = 0;
    sentenceStart = -1;
  };

  for (const m of text.matchAll(PIECE)) {
    const surface = m[0];
    const start = m.index;
    const end = start + surface.length;
    if (surface === '\n' || /^[.?!]+$/.test(surface)) {
      const previous = tokens.at(-1);
      // "e.g." keeps the sentence going; so does a dot glued to the next word, which the word pattern already ate.
      if (surface.startsWith('.') && previous && ABBREVIATIONS.has(previous.word)) continue;
      close(surface.includes('?'));
      continue;
    }
    if (/^[,;:()[\]{}\u2014\u2013"]$/.test(surface) || /^\s-\s$/.test(surface)) {
      if (tokens.length > 0) clause++;
      continue;
    }
    const code = looksLikeCode(surface) && !ABBREVIATIONS.has(surface.toLowerCase());
    const { words, possessive } = code
      ? { words: [surface.replace(/`/g, '').toLowerCase()], possessive: false }
      : expand(surface);
    if (!code && words.length === 1 && CLAUSE_WORDS.has(words[0] ?? '') && tokens.length > 0) clause++;
    if (sentenceStart < 0) sentenceStart = start;
    for (const word of words) {
      if (word.length === 0) continue;
      tokens.push({ word, start, end, clause, possessive, code });
    }
    lastEnd = end;
  }
  close();
  return sentences;
}

/**
 * A rough singular of an English noun ("processes" -> "process", "entries" -> "entry",
 * "headers" -> "header"), good enough to compare a word against a list of singular nouns.
 */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
