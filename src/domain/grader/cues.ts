/**
 * Cue matching: a signal's cue ("unique constraint", "i should have", "14 10") matches when its
 * lemmas appear as a contiguous run of the answer's tokens inside one clause. Both sides go
 * through the same model, and each token offers several forms (surface, lemma, a light stem,
 * British spellings folded to American), so "rows a day" matches "17 million rows a day",
 * "i should have" matches "I should've", "dedupe" matches "deduped", and "14 10" matches 14:10.
 *
 * Identifiers are read as words: date_of_birth, res.headers.age and Retry-After match
 * "date of birth", "headers age" and "retry after", because glued punctuation is skipped,
 * while a comma, semicolon, sentence end or line break is a barrier no cue crosses.
 */
import { type Analysis, analyse, normaliseForm, type Token } from './nlp.js';

/** One position of the matching stream: a token (or part of one, for 14:10) and its forms. */
interface StreamItem {
  readonly token: number;
  readonly forms: readonly string[];
  /** A clause barrier lies between this item and the previous one. */
  readonly breakBefore: boolean;
}

/** The answer prepared for cue lookups, built once per answer. */
export interface CueIndex {
  readonly analysis: Analysis;
  readonly stream: readonly StreamItem[];
  /** Form -> stream positions where it occurs, ascending. */
  readonly byForm: ReadonlyMap<string, readonly number[]>;
}

/** A compiled cue: its steps, each a set of acceptable forms. */
export interface CompiledCue {
  readonly cue: string;
  readonly steps: readonly (readonly string[])[];
  /** The cue itself says "not", "never", "don't": negation inside it is expected. */
  readonly negative: boolean;
}

/** Where a cue matched: token range [start, end) and whether it sits under a negation. */
export interface CueMatch {
  readonly cue: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
  readonly negated: boolean;
}

const NEGATION_FORMS = new Set(['not', 'never', 'no', "n't", 'nobody', 'nothing', 'without', 'none']);
/** Punctuation that separates clauses when it is not glued inside an identifier or a time. */
const SOFT_BARRIERS = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')', '"']);
const SUFFIX = /(?:ations?|ings?|ed|es|s|e)$/;

/** A crude stem so inflections the lemmatiser misses still meet: "deduped" ~ "dedupe". */
/** Words longer than this are not words (a pasted blob): no folding or stemming. */
const MAX_WORD = 40;

function stem(form: string): string {
  if (form.length < 5 || form.length > MAX_WORD || !/^[a-z]+$/.test(form)) return form;
  const cut = form.replace(SUFFIX, '');
  return cut.length >= 4 ? cut : form;
}

/** Folds common British spellings to American: "normalise" ~ "normalize", "behaviour" ~ "behavior". */
function fold(form: string): string {
  if (form.length < 5 || form.length > MAX_WORD || !/^[a-z]+$/.test(form)) return form;
  return form
    .replace(/(\w{2,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2')
    .replace(/(\w{2,})ys(e|es|ed|ing)$/, '$1yz$2')
    .replace(/(\w{3,})our$/, '$1or');
}

// Answers reuse a small vocabulary, so forms are memoised per (surface, lemma); bounded.
const formCache = new Map<string, readonly string[]>();
const FORM_CACHE_LIMIT = 50_000;

function formsOf(norm: string, lemma: string): readonly string[] {
  const key = `${norm}\u0000${lemma}`;
  const cached = formCache.get(key);
  if (cached) return cached;
  const forms: string[] = [];
  for (const f of [norm, lemma, fold(norm), fold(lemma), stem(fold(norm)), stem(fold(lemma))]) {
    if (f && !forms.includes(f)) forms.push(f);
  }
  if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
  formCache.set(key, forms);
  return forms;
}

/** Splits a time like 14:10 into its parts so "14 10" can match it. */
function pieces(t: Token): string[] {
  if (/^\d{1,2}:\d{2}$/.test(t.norm)) return t.norm.split(':');
  return [t.norm];
}

function isBarrier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind === 'space') return true;
  if (t.kind !== 'punct') return false;
  if (t.value === '-') return t.spaceBefore && (tokens[i + 1]?.spaceBefore ?? true);
  if (!SOFT_BARRIERS.has(t.value)) return false;
  // Glued on both sides (res.headers, 14:10, a.b): part of an identifier, not a barrier.
  const next = tokens[i + 1];
  return t.spaceBefore || !next || next.spaceBefore;
}

/** Builds the matching stream and its form index for an analysed answer. */
export function indexCues(analysis: Analysis): CueIndex {
  const stream: StreamItem[] = [];
  const byForm = new Map<string, number[]>();
  const { tokens } = analysis;
  let pendingBreak = true;
  let lastSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'space') {
      if (isBarrier(tokens, i)) pendingBreak = true;
      continue;
    }
    const parts = pieces(t);
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] as string;
      const forms = parts.length > 1 ? [part] : formsOf(part, t.lemma);
      const breakBefore = pendingBreak || t.sentence !== lastSentence;
      const position = stream.length;
      stream.push({ token: i, forms, breakBefore: p === 0 ? breakBefore : false });
      for (const f of forms) {
        const list = byForm.get(f);
        if (list) list.push(position);
        else byForm.set(f, [position]);
      }
      pendingBreak = false;
      lastSentence = t.sentence;
    }
  }
  return { analysis, stream, byForm };
}

/** Cue text as written in the bank ("i don t know") back into English the model can read. */
function restoreContractions(cue: string): string {
  return cue
    .replace(/\b([a-z]+)n t\b/g, "$1n't")
    .replace(/\b(can|won) t\b/g, "$1't")
    .replace(/\b([a-z]+) (s|m|d|ll|ve|re)\b/g, "$1'$2");
}

const compiled = new Map<string, CompiledCue>();
const COMPILED_LIMIT = 20_000;

/**
 * Compiles a cue once per process (the cache is bounded); the same model reads cue and answer.
 * An `exact` cue matches surface forms only ("it depends" but not "it depended").
 */
export function compileCue(cue: string, exact = false): CompiledCue {
  const key = exact ? `=${cue}` : cue;
  const hit = compiled.get(key);
  if (hit) return hit;
  const index = indexCues(analyse(restoreContractions(cue.trim().toLowerCase())));
  const steps = index.stream.map((item) => (exact ? item.forms.slice(0, 1) : item.forms));
  const negative = index.stream.some((item) => item.forms.some((f) => NEGATION_FORMS.has(f)));
  const result: CompiledCue = { cue, steps, negative };
  if (compiled.size >= COMPILED_LIMIT) compiled.clear();
  compiled.set(key, result);
  return result;
}

function stepMatches(item: StreamItem | undefined, step: readonly string[]): boolean {
  if (!item) return false;
  for (const f of step) if (item.forms.includes(f)) return true;
  return false;
}

/** Every place a cue matches, in order. */
export function findCue(index: CueIndex, cue: CompiledCue): CueMatch[] {
  const first = cue.steps[0];
  if (!first) return [];
  let starts: readonly number[] = [];
  let lists = 0;
  for (const f of first) {
    const list = index.byForm.get(f);
    if (!list) continue;
    starts = lists === 0 ? list : [...new Set([...starts, ...list])].sort((a, b) => a - b);
    lists++;
  }
  if (starts.length === 0) return [];
  const matches: CueMatch[] = [];
  for (const start of starts) {
    let ok = true;
    for (let s = 1; s < cue.steps.length && ok; s++) {
      const item = index.stream[start + s];
      ok = item !== undefined && !item.breakBefore && stepMatches(item, cue.steps[s] as readonly string[]);
    }
    if (!ok) continue;
    const firstToken = (index.stream[start] as StreamItem).token;
    const lastToken = (index.stream[start + cue.steps.length - 1] as StreamItem).token;
    const tokens = index.analysis.tokens;
    let negated = false;
    if (!cue.negative) {
      for (let t = firstToken; t <= lastToken; t++) if (tokens[t]?.negated) negated = true;
    }
    matches.push({
      cue: cue.cue,
      tokenStart: firstToken,
      tokenEnd: lastToken + 1,
      sentence: tokens[firstToken]?.sentence ?? 0,
      negated,
    });
  }
  return matches;
}

/** Convenience for detectors: does any of these phrases occur, not negated, in a sentence? */
export function phraseInSentence(index: CueIndex, phrases: readonly CompiledCue[], sentence: number): boolean {
  for (const p of phrases) {
    for (const m of findCue(index, p)) if (m.sentence === sentence && !m.negated) return true;
  }
  return false;
}

export { normaliseForm };
