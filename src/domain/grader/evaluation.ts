/**
 * How the grader is judged against people: agreement with the mean of two independent raters,
 * the raters' agreement with each other as the ceiling, agreement with length held fixed, and
 * the checks each kind of answer must pass (denials low and flagged, paraphrases close to their
 * originals, term lists low). Pure: records in, figures out. The protocol is in
 * docs/grader-validation.md.
 */
import { intraclassCorrelations } from '../stats/icc.js';
import { krippendorffAlpha } from '../stats/krippendorff.js';
import { spearman } from './stats.js';

/** The kinds of answer the corpus holds. */
export const ANSWER_KINDS = [
  'strong',
  'paraphrase',
  'partial',
  'mixed',
  'vague',
  'rambling',
  'keywords',
  'denial',
  'offtopic',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** Kinds a real candidate gives; telling these apart is the hard part. */
export const REALISTIC_KINDS: readonly AnswerKind[] = ['strong', 'paraphrase', 'partial', 'mixed', 'vague', 'rambling'];

/** One graded, labelled answer. */
export interface EvaluatedAnswer {
  readonly id: string;
  readonly kind: AnswerKind;
  readonly style: 'written' | 'spoken';
  readonly derivedFrom: string | null;
  readonly words: number;
  /** Two raters' overall labels, 1..5. */
  readonly labels: readonly [number, number];
  /** Per assessed dimension, both raters' labels. */
  readonly dimensionLabels: Readonly<Record<string, readonly [number, number]>>;
  /** Signals each rater said the answer shows. */
  readonly signalLabels: readonly [readonly string[], readonly string[]];
  readonly overall: number;
  readonly dimensions: Readonly<Record<string, number | null>>;
  readonly signalsHit: readonly string[];
  readonly contradictions: number;
}

/** Spearman correlation of x and y with z held fixed. */
export function partialSpearman(x: readonly number[], y: readonly number[], z: readonly number[]): number {
  const rxy = spearman(x, y);
  const rxz = spearman(x, z);
  const ryz = spearman(y, z);
  const d = Math.sqrt((1 - rxz * rxz) * (1 - ryz * ryz));
  return d === 0 ? 0 : (rxy - rxz * ryz) / d;
}

const mean2 = (p: readonly [number, number]): number => (p[0] + p[1]) / 2;

/** Per kind: how many, and the mean label and grade. */
export interface KindFigure {
  readonly kind: AnswerKind;
  readonly n: number;
  readonly meanLabel: number;
  readonly meanGrade: number;
  readonly meanAbsError: number;
}

/** Per dimension: agreement with the raters, and with length held fixed. */
export interface DimensionFigure {
  readonly dimension: string;
  readonly n: number;
  readonly spearman: number;
  readonly raterSpearman: number;
  readonly partialForLength: number;
}

/** Every figure the evaluation reports for one split. */
export interface EvaluationFigures {
  readonly answers: number;
  readonly questions: number;
  readonly spearman: number;
  readonly raterSpearman: number;
  readonly shareOfRaterAgreement: number;
  /** ICC(2,1) of the two raters: absolute agreement of one rater with another. */
  readonly raterIcc: number;
  readonly raterAlpha: number;
  readonly realisticSpearman: number;
  readonly partialForLength: number;
  readonly lengthSpearman: number;
  readonly kinds: readonly KindFigure[];
  readonly dimensions: readonly DimensionFigure[];
  readonly signals: { readonly answers: number; readonly precision: number; readonly recall: number };
  readonly denials: { readonly n: number; readonly atMost25: number; readonly flagged: number };
  readonly paraphrases: { readonly n: number; readonly within1: number };
  readonly keywordLists: { readonly n: number; readonly atMost2: number };
  readonly written: { readonly n: number; readonly spearman: number };
  readonly spoken: { readonly n: number; readonly spearman: number };
}

function kindFigures(rows: readonly EvaluatedAnswer[]): KindFigure[] {
  return ANSWER_KINDS.flatMap((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    if (of.length === 0) return [];
    const avg = (f: (r: EvaluatedAnswer) => number) => of.reduce((s, r) => s + f(r), 0) / of.length;
    return [
      {
        kind,
        n: of.length,
        meanLabel: avg((r) => mean2(r.labels)),
        meanGrade: avg((r) => r.overall),
        meanAbsError: avg((r) => Math.abs(r.overall - mean2(r.labels))),
      },
    ];
  });
}

function dimensionFigures(rows: readonly EvaluatedAnswer[]): DimensionFigure[] {
  const dims = [...new Set(rows.flatMap((r) => Object.keys(r.dimensionLabels)))].sort();
  return dims.flatMap((dimension) => {
    const of = rows.filter((r) => r.dimensionLabels[dimension] && typeof r.dimensions[dimension] === 'number');
    if (of.length < 5) return [];
    const grade = of.map((r) => r.dimensions[dimension] as number);
    const labels = of.map((r) => r.dimensionLabels[dimension] as readonly [number, number]);
    return [
      {
        dimension,
        n: of.length,
        spearman: spearman(grade, labels.map(mean2)),
        raterSpearman: spearman(
          labels.map((l) => l[0]),
          labels.map((l) => l[1]),
        ),
        partialForLength: partialSpearman(
          grade,
          labels.map(mean2),
          of.map((r) => r.words),
        ),
      },
    ];
  });
}

/**
 * Signal detection against the raters: a signal both raters name is shown, one neither names is
 * not, and one only a single rater names is left out (the raters themselves disagree on it).
 */
function signalFigures(rows: readonly EvaluatedAnswer[]): EvaluationFigures['signals'] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let answers = 0;
  for (const r of rows) {
    const [a, b] = r.signalLabels;
    if (a.length === 0 && b.length === 0 && r.signalsHit.length === 0) {
      answers++;
      continue;
    }
    answers++;
    const both = new Set(a.filter((s) => b.includes(s)));
    const either = new Set([...a, ...b]);
    for (const s of r.signalsHit) {
      if (both.has(s)) tp++;
      else if (!either.has(s)) fp++;
    }
    for (const s of both) if (!r.signalsHit.includes(s)) fn++;
  }
  return { answers, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

function styleFigure(rows: readonly EvaluatedAnswer[], style: 'written' | 'spoken') {
  const of = rows.filter((r) => r.style === style);
  return {
    n: of.length,
    spearman: spearman(
      of.map((r) => r.overall),
      of.map((r) => mean2(r.labels)),
    ),
  };
}

/** Every figure for one set of evaluated answers (one split). */
export function evaluate(rows: readonly EvaluatedAnswer[], questions: number): EvaluationFigures {
  const grade = rows.map((r) => r.overall);
  const label = rows.map((r) => mean2(r.labels));
  const words = rows.map((r) => r.words);
  const a = rows.map((r) => r.labels[0]);
  const b = rows.map((r) => r.labels[1]);
  const rho = spearman(grade, label);
  const raterRho = spearman(a, b);
  const realistic = rows.filter((r) => REALISTIC_KINDS.includes(r.kind));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const denials = rows.filter((r) => r.kind === 'denial');
  const paraphrases = rows.filter((r) => r.kind === 'paraphrase' && r.derivedFrom && byId.has(r.derivedFrom));
  const keywords = rows.filter((r) => r.kind === 'keywords');
  return {
    answers: rows.length,
    questions,
    spearman: rho,
    raterSpearman: raterRho,
    shareOfRaterAgreement: raterRho === 0 ? 0 : rho / raterRho,
    raterIcc: intraclassCorrelations(rows.map((r) => [...r.labels])).estimates['ICC(2,1)'].value ?? 0,
    raterAlpha:
      krippendorffAlpha(
        rows.map((r) => [...r.labels]),
        'ordinal',
      ).alpha ?? 0,
    realisticSpearman: spearman(
      realistic.map((r) => r.overall),
      realistic.map((r) => mean2(r.labels)),
    ),
    partialForLength: partialSpearman(grade, label, words),
    lengthSpearman: spearman(words, label),
    kinds: kindFigures(rows),
    dimensions: dimensionFigures(rows),
    signals: signalFigures(rows),
    denials: {
      n: denials.length,
      atMost25: denials.filter((r) => r.overall <= 2.5).length,
      flagged: denials.filter((r) => r.contradictions > 0).length,
    },
    paraphrases: {
      n: paraphrases.length,
      within1: paraphrases.filter((r) => Math.abs(r.overall - (byId.get(r.derivedFrom ?? '')?.overall ?? 0)) <= 1)
        .length,
    },
    keywordLists: { n: keywords.length, atMost2: keywords.filter((r) => r.overall <= 2).length },
    written: styleFigure(rows, 'written'),
    spoken: styleFigure(rows, 'spoken'),
  };
}
