/**
 * Finds the places where a question text asks the candidate about a protected characteristic
 * (or a proxy for one) or about their salary history, while letting engineering talk that
 * merely shares the words ("cache entry age", "child process", "health check", "race
 * condition", "salary table") through.
 *
 * For each phrase match the detector asks, in order:
 *  1. Is it a technical compound? An engineering word right beside it ("max-age", "origin
 *     server", "health of the service") makes it vocabulary, not a question about a person.
 *  2. Whose is it? "your age" / "the candidate's age" belong to the candidate; "a user's age",
 *     "each employee's salary" belong to someone else and are data.
 *  3. Does the phrase itself say "you" ("how old are you", "do you have kids")? Then it is
 *     about the candidate.
 *  4. Otherwise an ambiguous word ("age", "child", "native") is let through, and an explicit
 *     one ("religion", "date of birth") is flagged only if the sentence is addressed to the
 *     candidate and its clause shows no sign of data handling or of other people.
 */

import { CATEGORY_INFO, type ProtectedCategory, type SensitiveRule } from './categories.js';
import {
  CANDIDATE_NOUNS,
  CONNECTORS,
  DATA_OR_OTHERS_WORDS,
  FUNCTION_WORDS,
  IMPERATIVE_OPENERS,
  IMPERATIVE_PREFIXES,
  KIN,
  MODIFIERS,
  OTHER_SUBJECTS,
  QUESTION_OPENERS,
  SECOND_PERSON,
  TECHNICAL_WORDS,
  THIRD_PARTY_PRONOUNS,
} from './context-words.js';
import { compilePhrase, matchPhrase, type Phrase, type PhraseMatch } from './phrase.js';
import { TERM_GROUPS, type TermGroup } from './protected-terms.js';
import { type Sentence, singular, type Token, tokenize } from './tokenize.js';

/** One place in a text that asks about something an interviewer must not ask. */
export interface SensitiveFinding {
  readonly rule: SensitiveRule;
  readonly severity: 'error' | 'warning';
  readonly category: ProtectedCategory;
  /** The words that triggered the finding, as written. */
  readonly match: string;
  /** Offsets of `match` in the text, for an editor to underline. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

interface CompiledGroup {
  readonly group: TermGroup;
  readonly phrases: readonly Phrase[];
  readonly clearers: Clearers;
}

/** What clears one group: the shared technical words plus its own, minus the ones it keeps. */
interface Clearers {
  readonly extra: ReadonlySet<string>;
  readonly keep: ReadonlySet<string>;
}

// Compiled once at module load; a malformed phrase throws here, so the first test catches it.
const COMPILED: readonly CompiledGroup[] = TERM_GROUPS.map((group) => ({
  group,
  phrases: group.phrases.map(compilePhrase),
  clearers: { extra: new Set(group.clearers ?? []), keep: new Set(group.keep ?? []) },
}));

interface SentenceContext {
  readonly tokens: readonly Token[];
  /**
   * The sentence speaks to the candidate: "you", a question, an imperative, "the candidate",
   * or a bare form field. Scenario statements ("A user enters their date of birth.") do not.
   */
  readonly addressed: boolean;
}

function contextOf(sentence: Sentence): SentenceContext {
  const { tokens } = sentence;
  const candidateMentioned = tokens.some((t) => CANDIDATE_NOUNS.has(singular(t.word)));
  let first = 0;
  while (first < tokens.length - 1 && IMPERATIVE_PREFIXES.has(tokens[first]?.word ?? '')) first++;
  const opener = tokens[first]?.word ?? '';
  const imperative = IMPERATIVE_OPENERS.has(opener);
  const question = sentence.question || QUESTION_OPENERS.has(tokens[0]?.word ?? '');
  const secondPerson = tokens.some((t) => SECOND_PERSON.has(t.word));
  // "Date of birth?", "Religion:" or "Name, date of birth, nationality." is a form put to the candidate.
  const formField = sentence.fragments;
  return {
    tokens,
    addressed: secondPerson || question || imperative || candidateMentioned || formField,
  };
}

function isClearer(token: Token | undefined, clearers: Clearers): boolean {
  if (!token) return false;
  if (token.code) return true;
  const s = singular(token.word);
  if (clearers.keep.has(token.word) || clearers.keep.has(s)) return false;
  return (
    TECHNICAL_WORDS.has(token.word) || TECHNICAL_WORDS.has(s) || clearers.extra.has(token.word) || clearers.extra.has(s)
  );
}

function sameClause(tokens: readonly Token[], i: number, clause: number): Token | undefined {
  const t = tokens[i];
  return t && t.clause === clause ? t : undefined;
}

/** Step 1: an engineering word immediately around the match ("child process", "service health"). */
function isTechnicalCompound(ctx: SentenceContext, m: PhraseMatch, clearers: Clearers): boolean {
  const { tokens } = ctx;
  const clause = tokens[m.start]?.clause ?? 0;
  const before1 = sameClause(tokens, m.start - 1, clause);
  if (isClearer(before1, clearers)) return true;
  if (before1 && !FUNCTION_WORDS.has(before1.word) && isClearer(sameClause(tokens, m.start - 2, clause), clearers)) {
    return true; // "cache entry age", "payroll system's salary"
  }
  const after1 = sameClause(tokens, m.end, clause);
  if (!after1) return false;
  if (isClearer(after1, clearers)) return true;
  if (CONNECTORS.has(after1.word)) {
    // "age of a cache entry", "health of your services", "married to the idea"
    for (let i = m.end + 1; i <= m.end + 3; i++) if (isClearer(sameClause(tokens, i, clause), clearers)) return true;
    return false;
  }
  // "gender pay gap", "child process id": a two-word compound after the term.
  return !FUNCTION_WORDS.has(after1.word) && isClearer(sameClause(tokens, m.end + 1, clause), clearers);
}

type Owner = 'candidate' | 'other' | 'none';

/** Step 2: who the matched thing belongs to, read from the possessive in front of it. */
function ownerOf(ctx: SentenceContext, m: PhraseMatch): Owner {
  const { tokens } = ctx;
  // A possessive inside the match ("current user's salary") hands it to that someone. The
  // first word is the phrase's own ("workers' compensation"), so it is not an owner.
  for (let i = m.start + 1; i < m.end - 1; i++) {
    const t = tokens[i];
    if (t?.possessive && !CANDIDATE_NOUNS.has(t.word)) return 'other';
  }
  const clause = tokens[m.start]?.clause ?? 0;
  let skipped = 0;
  for (let i = m.start - 1; i >= 0 && skipped <= 4; i--) {
    const t = sameClause(tokens, i, clause);
    if (!t) return 'none';
    if (t.word === 'your' || (t.possessive && CANDIDATE_NOUNS.has(t.word))) return 'candidate';
    if (t.word === 'their' && candidateJustBefore(ctx, i, clause)) return 'candidate';
    if (t.possessive && KIN.has(t.word)) {
      skipped++; // "your wife's religion": keep looking for whose wife
      continue;
    }
    if (t.possessive || THIRD_PARTY_PRONOUNS.has(t.word)) return 'other';
    if (!MODIFIERS.has(t.word)) return 'none';
    skipped++;
  }
  return 'none';
}

/** A word that shows data handling or other people: a clearer, or "store", "colleague", "users". */
function isContextWord(t: Token, clearers: Clearers): boolean {
  const s = singular(t.word);
  if (clearers.keep.has(t.word) || clearers.keep.has(s)) return false;
  return isClearer(t, clearers) || DATA_OR_OTHERS_WORDS.has(t.word) || DATA_OR_OTHERS_WORDS.has(s);
}

/**
 * "Ask the candidate about their family": "their" is the candidate's when "candidate" comes
 * just before it, with no data verb in between ("a candidate asking to erase their data" is not).
 */
function candidateJustBefore(ctx: SentenceContext, index: number, clause: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
    const t = sameClause(ctx.tokens, i, clause);
    if (!t) return false;
    if (CANDIDATE_NOUNS.has(singular(t.word))) return true;
    if (DATA_OR_OTHERS_WORDS.has(t.word) || TECHNICAL_WORDS.has(singular(t.word))) return false;
  }
  return false;
}

/**
 * "you became pregnant", "you need time off for religious holidays": the candidate is the
 * subject a few words before the term, with nothing technical or anyone else in between.
 */
function hasNearbySubjectYou(ctx: SentenceContext, m: PhraseMatch, clearers: Clearers): boolean {
  const { tokens } = ctx;
  const clause = tokens[m.start]?.clause ?? 0;
  for (let i = m.start - 1; i >= Math.max(0, m.start - 4); i--) {
    const t = sameClause(tokens, i, clause);
    if (!t || OTHER_SUBJECTS.has(t.word) || isContextWord(t, clearers)) return false;
    if (t.word === 'you') return true;
  }
  return false;
}

/**
 * Step 4 for explicit terms: does the clause talk about data or about other people? With
 * `afterOnly`, only the words after the match count ("do you have a native speaker *on the team*").
 */
function clauseClears(ctx: SentenceContext, m: PhraseMatch, clearers: Clearers, afterOnly = false): boolean {
  const clause = ctx.tokens[m.start]?.clause ?? 0;
  return ctx.tokens.some((t, i) => {
    if (t.clause !== clause || (i >= m.start && i < m.end) || (afterOnly && i < m.end)) return false;
    return isContextWord(t, clearers);
  });
}

function shouldFlag(ctx: SentenceContext, cg: CompiledGroup, phrase: Phrase, m: PhraseMatch): boolean {
  if (isTechnicalCompound(ctx, m, cg.clearers)) return false;
  const owner = ownerOf(ctx, m);
  if (owner === 'other') return false;
  if (owner === 'candidate') return true;
  if (phrase.secondPerson) return !(cg.group.clauseClearsDirect && clauseClears(ctx, m, cg.clearers));
  if (cg.group.strength === 'ambiguous') return false;
  if (!ctx.addressed) return false;
  if (hasNearbySubjectYou(ctx, m, cg.clearers)) return !clauseClears(ctx, m, cg.clearers, true);
  return !clauseClears(ctx, m, cg.clearers);
}

function findingFor(text: string, ctx: SentenceContext, category: ProtectedCategory, m: PhraseMatch): SensitiveFinding {
  const info = CATEGORY_INFO[category];
  const start = ctx.tokens[m.start]?.start ?? 0;
  const end = ctx.tokens[m.end - 1]?.end ?? start;
  const match = text.slice(start, end);
  return {
    rule: info.rule,
    severity: info.severity,
    category,
    match,
    start,
    end,
    message: `Asks the candidate about ${info.label} ("${match}"). ${info.advice}`,
  };
}

/**
 * Every place in `text` that asks the candidate about a protected characteristic, a proxy for
 * one, or their salary history. One finding per category per overlapping stretch of text,
 * ordered by position.
 */
export function findSensitive(text: string): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  for (const sentence of tokenize(text)) {
    const ctx = contextOf(sentence);
    for (const cg of COMPILED) {
      for (const phrase of cg.phrases) {
        for (const m of matchPhrase(phrase, ctx.tokens)) {
          if (shouldFlag(ctx, cg, phrase, m)) found.push(findingFor(text, ctx, cg.group.category, m));
        }
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SensitiveFinding[] = [];
  for (const f of found) {
    const overlaps = kept.some((k) => k.category === f.category && f.start < k.end && k.start < f.end);
    if (!overlaps) kept.push(f);
  }
  return kept;
}
