/**
 * Matching claims by meaning. Each claim (a signal's text, its example phrasings, its rejected
 * alternatives) is compared with every stretch of the answer: each of the claim's content
 * words finds its closest word in the stretch (the same stem, a thesaurus sibling, or a near
 * word vector), and the claim's score is the weighted share of its words found. A lone word
 * cannot carry a claim of several; a paraphrase that says the same thing can.
 *
 * Words the speaker denies ("not", "no need", "overkill", "instead of") only match claim words
 * of the same polarity: a denial of what the rubric looks for scores as opposition, never as
 * agreement.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import { type Claim, type ContentWord, claimsOf, contentWordsOf, type PlacedWord } from './claims.js';
import { closenessRows, idOf, type SparseRow, vocabularyOf } from './closeness.js';
import { isFunctionWord } from './lexicon.js';
import type { Analysis } from './nlp.js';
import type { WordVectors } from './word-vectors.js';

type AnswerWord = PlacedWord;

/** A stretch of the answer claims are compared with: content words [from, to). */
interface Window {
  readonly from: number;
  readonly to: number;
  /** Share of the stretch's words that are function words: near 0 for a list of terms. */
  readonly sentenceLike: boolean;
}

/** How well one claim matched, and where. */
export interface ClaimMatch {
  /** 0..1 weighted share of the claim's words found with the claim's polarity. */
  readonly agree: number;
  /** 0..1 the same, found with the opposite polarity (denied). */
  readonly oppose: number;
  /** Token range of the matched words in the best window for `agree` (or `oppose`). */
  readonly agreeSpan: readonly [number, number] | null;
  readonly opposeSpan: readonly [number, number] | null;
  /** The best agreeing window reads as a sentence, not a list of terms. */
  readonly agreeInSentence: boolean;
  /** Tokens of the answer that carried the best agreement. */
  readonly agreeTokens: readonly number[];
}

/** Per signal: its best assertion match and its best rejected-alternative match. */
export interface SignalMeaning {
  readonly assert: ClaimMatch;
  readonly reject: ClaimMatch;
}

/** The answer prepared for matching. */
export interface AnswerMeaning {
  readonly signals: readonly SignalMeaning[];
  /** Share of the answer's words that are function words (prose ~0.45, a term list ~0.1). */
  readonly functionShare: number;
}

/** Matches below this share are of no use to any finding (the lowest line is the contradiction's). */
const MIN_INTEREST = 0.25;
const WINDOW = 24;
const STRIDE = 8;
/** A stretch whose words are less than this share function words reads as a list. */
export const LIST_FUNCTION_SHARE = 0.22;

/** Windows: each sentence, each pair of short neighbouring sentences, and overlapping slices of long ones. */
function windowsOf(analysis: Analysis, words: readonly AnswerWord[]): Window[] {
  const out: Window[] = [];
  const bySentence: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    const s = words[i]?.sentence ?? 0;
    let j = i;
    while (j < words.length && words[j]?.sentence === s) j++;
    bySentence.push([i, j]);
    i = j;
  }
  const sentenceLike = (from: number, to: number): boolean => {
    const a = words[from]?.token ?? 0;
    const b = words[to - 1]?.token ?? 0;
    let fn = 0;
    let all = 0;
    for (let t = a; t <= b; t++) {
      const tok = analysis.tokens[t];
      if (!tok || (tok.kind !== 'word' && tok.kind !== 'number')) continue;
      all++;
      if (isFunctionWord(tok.norm) || isFunctionWord(tok.lemma)) fn++;
    }
    return all > 0 && fn / all >= LIST_FUNCTION_SHARE;
  };
  const push = (from: number, to: number): void => {
    if (to > from) out.push({ from, to, sentenceLike: sentenceLike(from, to) });
  };
  bySentence.forEach(([from, to], k) => {
    if (to - from <= WINDOW) push(from, to);
    else {
      for (let a = from; ; a += STRIDE) {
        push(a, Math.min(to, a + WINDOW));
        if (a + WINDOW >= to) break;
      }
    }
    const next = bySentence[k + 1];
    if (next && next[1] - from <= WINDOW) push(from, next[1]);
  });
  return out;
}

const EMPTY_ROW: SparseRow = { at: [], closeness: [], top: 0 };

const NO_MATCH: ClaimMatch = {
  agree: 0,
  oppose: 0,
  agreeSpan: null,
  opposeSpan: null,
  agreeInSentence: false,
  agreeTokens: [],
};

function matchClaims(
  claims: readonly Claim[],
  words: readonly AnswerWord[],
  windows: readonly Window[],
  rowOf: (claimWord: ContentWord) => SparseRow,
): ClaimMatch {
  let best = NO_MATCH;
  for (const claim of claims) {
    if (claim.totalWeight <= 0) continue;
    // The whole answer bounds every window: a claim that cannot reach the lowest line
    // anywhere is not worth comparing window by window.
    const rows = claim.words.map(rowOf);
    let bound = 0;
    claim.words.forEach((cw, k) => {
      bound += cw.weight * (rows[k] as SparseRow).top;
    });
    if (bound / claim.totalWeight < MIN_INTEREST) continue;
    for (const w of windows) {
      let agree = 0;
      let oppose = 0;
      let aFrom = Number.POSITIVE_INFINITY;
      let aTo = -1;
      let oFrom = Number.POSITIVE_INFINITY;
      let oTo = -1;
      const carried: number[] = [];
      for (let k = 0; k < claim.words.length; k++) {
        const cw = claim.words[k] as ContentWord;
        const row = rows[k] as SparseRow;
        let bestA = 0;
        let bestO = 0;
        let atA = -1;
        let atO = -1;
        for (let e = 0; e < row.at.length; e++) {
          const j = row.at[e] as number;
          if (j < w.from) continue;
          if (j >= w.to) break;
          const s = row.closeness[e] as number;
          if ((words[j]?.sign ?? 1) === cw.sign) {
            if (s > bestA) {
              bestA = s;
              atA = j;
            }
          } else if (s > bestO) {
            bestO = s;
            atO = j;
          }
        }
        agree += cw.weight * bestA;
        oppose += cw.weight * bestO;
        if (atA >= 0) {
          aFrom = Math.min(aFrom, atA);
          aTo = Math.max(aTo, atA);
          if (bestA >= 0.75) carried.push(words[atA]?.token ?? 0);
        }
        if (atO >= 0) {
          oFrom = Math.min(oFrom, atO);
          oTo = Math.max(oTo, atO);
        }
      }
      agree /= claim.totalWeight;
      oppose /= claim.totalWeight;
      const tokenSpan = (a: number, b: number): [number, number] | null =>
        b < 0 ? null : [words[a]?.token ?? 0, (words[b]?.token ?? 0) + 1];
      if (agree > best.agree || oppose > best.oppose) {
        best = {
          agree: Math.max(agree, best.agree),
          oppose: Math.max(oppose, best.oppose),
          agreeSpan: agree > best.agree ? tokenSpan(aFrom, aTo) : best.agreeSpan,
          opposeSpan: oppose > best.oppose ? tokenSpan(oFrom, oTo) : best.opposeSpan,
          agreeInSentence: agree > best.agree ? w.sentenceLike : best.agreeInSentence,
          agreeTokens: agree > best.agree ? carried : best.agreeTokens,
        };
      }
    }
  }
  return best;
}

/** Matches every signal of the question against the analysed answer, leaving out `skip` sentences (repeats). */
export function matchMeaning(
  question: TQuestion,
  analysis: Analysis,
  vectors: WordVectors | undefined,
  skip: ReadonlySet<number> = new Set(),
): AnswerMeaning {
  const claims = claimsOf(question, vectors);
  const { words, functionWords: fn } = contentWordsOf(analysis, vectors, skip);
  const windows = windowsOf(analysis, words);
  // Closeness of each claim word to every answer word, gathered once per answer.
  const vocab = vocabularyOf(claims);
  const rows = closenessRows(vocab, words, vectors);
  const rowOf = (cw: ContentWord): SparseRow => rows.get(vocab.slot.get(idOf(cw)) ?? -1) ?? EMPTY_ROW;
  const total = words.length + fn;
  return {
    signals: claims.map((c) => ({
      assert: matchClaims(c.asserts, words, windows, rowOf),
      reject: matchClaims(c.rejects, words, windows, rowOf),
    })),
    functionShare: total === 0 ? 0 : fn / total,
  };
}
