/**
 * Which words of an answer the speaker asserts and which they deny. A claim under "not", "no
 * need", "unnecessary", "overkill", "I wouldn't bother", "is fine without" or "instead of" is
 * never credited as said; the matcher compares it with the polarity of the claim it resembles.
 *
 * Scopes are clauses, not sentences: spoken answers run for a minute without a full stop, so a
 * clause also ends at the connectors people speak in ("and", "so", "because", "but", "then").
 */
import type { Analysis } from './nlp.js';

/** Per token: the clause it sits in, and whether the speaker denies it. */
export interface Polarity {
  readonly clause: Int32Array;
  /** 1 for asserted, -1 for denied or rejected. */
  readonly sign: Int8Array;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')', '-', '...']);
const CONNECTORS = new Set([
  'but',
  'and',
  'so',
  'because',
  'cause',
  'cos',
  'since',
  'which',
  'while',
  'then',
  'although',
  'though',
  'whereas',
  'unless',
  'until',
  'before',
  'otherwise',
  'however',
  'instead',
]);
/** Words that deny what follows them in the clause. */
const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'cannot',
  'without',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'none',
]);
/** Verbs that deny what follows ("skip the hash", "forget the lock", "drop the constraint"). */
const DENYING_VERBS = new Set(['skip', 'forget', 'ignore', 'ditch', 'omit']);
/** Words that deny the whole clause they sit in ("a unique constraint is overkill"). */
const CLAUSE_DENIALS = new Set([
  'overkill',
  'unnecessary',
  'needless',
  'pointless',
  'useless',
  'superfluous',
  'overengineering',
  'over-engineering',
  'overengineered',
  'over-engineered',
  'waste',
  'theatre',
  'theater',
  'bureaucracy',
  'ceremony',
  'overthink',
  'overthinking',
  'pedantic',
  'paranoid',
  'paranoia',
  'band-aid',
  'band-aids',
  'bandaid',
  'artificial',
  'masks',
]);
/** Words that, denied, dismiss their whole clause: "X doesn't matter", "X isn't necessary", "no point in X". */
const DISMISSED_WHEN_DENIED = new Set([
  'matter',
  'need',
  'needed',
  'necessary',
  'worth',
  'point',
  'care',
  'bother',
  'useful',
  'important',
  'required',
  'helpful',
  'sense',
]);
/** Negators that do not deny: "not only", "not just", "no matter", "no later than". */
const NOT_DENYING_NEXT = new Set(['only', 'just', 'matter', 'later', 'sooner', 'doubt']);
/** Two-word markers after which the rest of the clause is a rejected alternative. */
const REJECTING_PAIRS = new Set(['instead of', 'rather than', 'opposed to']);
/** A negation reaches at most this many words. */
const MAX_SCOPE = 14;

function isBoundary(value: string, kind: string): boolean {
  return kind === 'space' || CLAUSE_PUNCT.has(value);
}

/** Clause ids and polarity signs for every token of the analysis. */
export function polarityOf(analysis: Analysis): Polarity {
  const tokens = analysis.tokens;
  const n = tokens.length;
  const clause = new Int32Array(n);
  const negated = new Uint8Array(n);
  const denied = new Uint8Array(n);
  let id = 0;
  let sentence = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.sentence !== sentence || isBoundary(t.norm, t.kind) || CONNECTORS.has(t.norm)) {
      if (i > 0) id++;
      sentence = t.sentence;
    }
    clause[i] = id;
  }
  // Forward scopes: negators, denying verbs and rejecting pairs reach the end of their clause.
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t) continue;
    const next = tokens[i + 1]?.norm ?? '';
    const forward =
      (NEGATORS.has(t.norm) && !NOT_DENYING_NEXT.has(next)) ||
      DENYING_VERBS.has(t.lemma) ||
      REJECTING_PAIRS.has(`${t.norm} ${next}`);
    if (!forward) continue;
    let words = 0;
    for (let j = i + 1; j < n && clause[j] === clause[i] && words < MAX_SCOPE; j++) {
      negated[j] = (negated[j] ?? 0) ^ 1;
      if (tokens[j]?.kind === 'word' || tokens[j]?.kind === 'number') words++;
    }
  }
  // Clause-wide denials: every other word of the clause is denied, whatever else negates it
  // ("I don't think a ticket is necessary" denies the ticket once, not twice).
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t) continue;
    const dismissed = CLAUSE_DENIALS.has(t.norm) || (negated[i] === 1 && DISMISSED_WHEN_DENIED.has(t.lemma));
    if (!dismissed) continue;
    for (let j = i - 1; j >= 0 && clause[j] === clause[i]; j--) denied[j] = 1;
    for (let j = i + 1; j < n && clause[j] === clause[i]; j++) denied[j] = 1;
  }
  const sign = new Int8Array(n);
  for (let i = 0; i < n; i++) sign[i] = negated[i] === 1 || denied[i] === 1 ? -1 : 1;
  return { clause, sign };
}
