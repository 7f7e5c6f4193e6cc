/**
 * The grader's view of an answer: one shared wink-nlp pipeline (English lite model) turned
 * into plain arrays of tokens and sentences with character offsets into the original text, so
 * every quote the grader returns is a slice of what the candidate wrote.
 *
 * On top of wink's output it fixes the sentence breaks that matter for interview answers
 * (sentences.ts: line breaks, dotted identifiers), and refines negation: wink's scope is
 * widened with pronoun and preposition triggers ("nobody should add a cache", "without
 * measuring") and closed at words that affirm again ("not add Redis before measuring").
 */
import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItsFunction, type WinkMethods } from 'wink-nlp';
import { buildSentences, sentenceStarts } from './sentences.js';

/** Coarse token kinds; `space` tokens only exist for line breaks and tabs. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'space';

/** One token of the answer. */
export interface Token {
  /** Exactly as written (after quote normalisation, which keeps offsets). */
  readonly value: string;
  /** Lower-cased surface form: digit grouping dropped ("1,500" -> "1500"), a trailing dot dropped ("ms." -> "ms"). */
  readonly norm: string;
  /** Lower-cased lemma from the model ("measuring" -> "measure", "n't" -> "not"). */
  readonly lemma: string;
  /** Universal part-of-speech tag from the model. */
  readonly pos: string;
  readonly kind: TokenKind;
  /** Inside the scope of a negation ("not", "never", "n't", "nobody", "without", ...). */
  readonly negated: boolean;
  /** Whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** Character offsets [start, end) in the answer. */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/** A sentence: a token range and the trimmed character range it covers. */
export interface Sentence {
  readonly index: number;
  readonly tokenStart: number;
  /** Exclusive. */
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  /** Word and number tokens in it. */
  readonly words: number;
}

/** An analysed answer. */
export interface Analysis {
  /** The full original answer (quotes are slices of it). */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Word and number tokens in the whole (analysed part of the) answer. */
  readonly words: number;
  /** The answer was longer than MAX_ANALYSED_CHARS and only its beginning was read. */
  readonly truncated: boolean;
}

/** Answers are read up to this many characters (about 3,500 words): grading stays fast and bounded. */
export const MAX_ANALYSED_CHARS = 24_000;

let pipeline: WinkMethods | undefined;
let tokeniser: WinkMethods | undefined;

function nlp(): WinkMethods {
  pipeline ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return pipeline;
}

type Doc = ReturnType<WinkMethods['readDoc']>;

function outStrings(doc: Doc, f: unknown): string[] {
  // The typings describe `its` helpers with a wider signature than `out` accepts.
  return doc.tokens().out(f as ItsFunction<string>) as string[];
}

/**
 * Plain tokenisation with the same model and no pipeline (no sentences, tags or negation):
 * the baseline the benchmark compares grading speed against.
 */
export function tokeniseOnly(text: string): string[] {
  tokeniser ??= winkNLP(model, []);
  return tokeniser.readDoc(text).tokens().out();
}

// Curly quotes and no-break spaces become their ASCII forms; each is one UTF-16 unit for one,
// so offsets into the prepared text are offsets into the original.
const QUOTE_MAP: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00A0': ' ',
};

/** Longest run without whitespace handed to the tokeniser (its cost grows fast with token length). */
const MAX_RUN = 64;

/**
 * A possessive "'s" becomes " s" (same length, so offsets hold). The model remembers words it
 * has not seen before, and "supplier's" once seen before a full stop is later read as one word
 * instead of "supplier" + "'s": the same answer would tokenise differently depending on what
 * was graded before it. Splitting the possessive ourselves keeps every grade independent.
 */
const POSSESSIVE = /([A-Za-z])'s\b/g;

function prepare(text: string): string {
  const quotes = text
    .replace(/[\u2018\u2019\u201C\u201D\u00A0]/g, (c) => QUOTE_MAP[c] ?? c)
    .replace(POSSESSIVE, '$1 s');
  // A pasted blob with no spaces is cut into pieces by turning every 64th character into a
  // space: one unit for one, so offsets (and quotes, taken from the original) stay exact.
  return quotes.replace(new RegExp(`\\S{${MAX_RUN + 1},}`, 'g'), (run) =>
    run.replace(new RegExp(`(\\S{${MAX_RUN - 1}})\\S`, 'g'), '$1 '),
  );
}

const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const TRAILING_DOT_WORD = /^([a-z0-9]+)\.$/;

/** The comparable form of a surface string or lemma. */
export function normaliseForm(raw: string): string {
  const lower = raw.toLowerCase();
  if (GROUPED_NUMBER.test(lower)) return lower.replace(/,/g, '');
  const dotted = TRAILING_DOT_WORD.exec(lower);
  return dotted?.[1] ?? lower;
}

function kindOf(type: string, value: string): TokenKind {
  if (!/[\p{L}\p{N}]/u.test(value)) {
    if (type === 'tabCRLF' || /^\s+$/.test(value)) return 'space';
    return type === 'punctuation' ? 'punct' : /^[\p{P}]+$/u.test(value) ? 'punct' : 'symbol';
  }
  switch (type) {
    case 'punctuation':
      return 'punct';
    case 'tabCRLF':
      return 'space';
    case 'number':
    case 'ordinal':
      return 'number';
    case 'symbol':
    case 'currency':
    case 'emoji':
    case 'emoticon':
      return 'symbol';
    default:
      return 'word';
  }
}

/** Words that negate the rest of their clause, beyond what the model flags itself. */
const EXTRA_NEGATORS = new Set(['nobody', 'nothing', 'neither', 'nor', 'without', 'none']);
/** Words that start a negation scope (the model's and ours). */
const NEGATION_WORDS = new Set(['not', "n't", 'never', 'no', 'cannot', ...EXTRA_NEGATORS]);
/**
 * Words after which the clause is affirmed again: "not add Redis before measuring" negates the
 * cache, not the measuring; "don't retry until Retry-After passes" affirms waiting.
 */
const SCOPE_BREAKERS = new Set(['before', 'until', 'unless', 'because', 'since', 'so', 'instead', 'rather', 'first']);
/** Tokens that end a clause (and so a negation scope). */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')', 'but']);

/** Wink's negation flags, narrowed at scope breakers and widened with our extra negators. */
function refineNegation(norms: readonly string[], kinds: readonly TokenKind[], flags: boolean[]): void {
  let extra = false;
  let cleared = false;
  for (let i = 0; i < norms.length; i++) {
    const n = norms[i] ?? '';
    if (CLAUSE_END.has(n) || kinds[i] === 'space') {
      extra = false;
      cleared = false;
      flags[i] = false;
      continue;
    }
    if (SCOPE_BREAKERS.has(n)) {
      extra = false;
      cleared = true;
    }
    flags[i] = (flags[i] === true && !cleared) || extra;
    if (NEGATION_WORDS.has(n)) {
      cleared = false;
      if (EXTRA_NEGATORS.has(n)) extra = true;
    }
  }
}

/** Offsets of each token: walk the text, trusting wink's values but re-synchronising if they drift. */
function locate(text: string, values: readonly string[], spaces: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    const expected = cursor + (spaces[i] ?? '').length;
    let at = text.startsWith(v, expected) ? expected : text.indexOf(v, cursor);
    if (at < 0 || v.length === 0) at = Math.min(expected, text.length);
    const end = Math.min(at + v.length, text.length);
    out.push([at, end]);
    cursor = end;
  }
  return out;
}

/**
 * Analyses an answer: tokens with lemma, part of speech, negation and offsets, and sentences.
 * Never throws for any string; text past MAX_ANALYSED_CHARS is not read.
 */
export function analyse(text: string): Analysis {
  const truncated = text.length > MAX_ANALYSED_CHARS;
  const source = prepare(truncated ? text.slice(0, MAX_ANALYSED_CHARS) : text);
  const doc = nlp().readDoc(source);
  const its = nlp().its;
  const values = doc.tokens().out();
  const spaces = outStrings(doc, its.precedingSpaces);
  const lemmas = outStrings(doc, its.lemma);
  const tags = outStrings(doc, its.pos);
  const types = outStrings(doc, its.type);
  const flags = (doc.tokens().out(its.negationFlag as unknown as ItsFunction<boolean>) as unknown[]).map(
    (f) => f === true,
  );
  const offsets = locate(source, values, spaces);
  const kinds = types.map((type, i) => kindOf(type, values[i] ?? ''));
  const norms = values.map(normaliseForm);
  refineNegation(norms, kinds, flags);

  const tokens: Token[] = values.map((value, i) => ({
    value,
    norm: norms[i] ?? '',
    lemma: normaliseForm(lemmas[i] ?? value),
    pos: tags[i] ?? 'X',
    kind: kinds[i] ?? 'word',
    negated: flags[i] ?? false,
    spaceBefore: (spaces[i] ?? '').length > 0,
    start: offsets[i]?.[0] ?? 0,
    end: offsets[i]?.[1] ?? 0,
    sentence: 0,
  }));

  const winkStarts = new Set<number>();
  doc.sentences().each((s: ItemSentence) => {
    const span = s.out(its.span as unknown as ItsFunction<number[]>) as unknown as number[];
    if (typeof span[0] === 'number') winkStarts.add(span[0]);
  });
  const sentences = buildSentences(tokens, sentenceStarts(tokens, winkStarts));
  let words = 0;
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number') words++;
  return { text, tokens, sentences, words, truncated };
}

/** The trimmed text of a sentence, as a slice of the answer. */
export function sentenceText(analysis: Analysis, index: number): string {
  const s = analysis.sentences[index];
  return s ? analysis.text.slice(s.start, s.end) : '';
}
