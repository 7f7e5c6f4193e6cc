import { fQuantile, fSurvival } from './distributions.js';

/**
 * Intraclass correlations for n targets each rated by the same k raters (complete data), after
 * Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
 * reliability. Psychological Bulletin 86(2), 420–428; and McGraw, K. O. & Wong, S. P. (1996).
 * Forming inferences about some intraclass correlation coefficients. Psychological Methods 1(1),
 * 30–46 (errata: Psychological Methods 1(4), 390).
 *
 * Notation (S&F Table 1): BMS = between-targets mean square (M&W: MSR), WMS = within-target
 * mean square (one-way, MSW), JMS = between-judges mean square (MSC), EMS = residual mean
 * square (MSE).
 */

/** One coefficient with its F test (H0: ρ = 0, one-sided) and 95% confidence interval. */
export interface IccEstimate {
  value: number | null;
  f: number | null;
  df1: number;
  df2: number;
  p: number | null;
  ci95: [number | null, number | null];
}

export const ICC_KEYS = ['ICC(1,1)', 'ICC(2,1)', 'ICC(3,1)', 'ICC(1,k)', 'ICC(2,k)', 'ICC(3,k)'] as const;
export type IccKey = (typeof ICC_KEYS)[number];

export interface IccResult {
  targets: number;
  raters: number;
  meanSquares: { between: number; within: number; raters: number; error: number };
  estimates: Record<IccKey, IccEstimate>;
}

/** A non-finite number (∞ when a mean square is zero, NaN for 0/0) becomes null. */
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function estimate(value: number, f: number, df1: number, df2: number, lo: number, hi: number): IccEstimate {
  return {
    value: finite(value),
    f: finite(f),
    df1,
    df2,
    p: Number.isNaN(f) ? null : fSurvival(f, df1, df2),
    ci95: [finite(lo), finite(hi)],
  };
}

/**
 * All six Shrout–Fleiss coefficients. `ratings[i][j]` is rater j's score of target i; every row
 * must be complete (drop incomplete rows before calling). Needs n ≥ 2 targets and k ≥ 2 raters.
 */
export function intraclassCorrelations(ratings: readonly (readonly number[])[], confidence = 0.95): IccResult {
  const n = ratings.length;
  const k = ratings[0]?.length ?? 0;
  if (n < 2) throw new RangeError('ICC needs at least 2 targets with complete ratings');
  if (k < 2) throw new RangeError('ICC needs at least 2 raters');
  for (const row of ratings) {
    if (row.length !== k) throw new RangeError('every target needs a rating from every rater');
    for (const x of row) if (!Number.isFinite(x)) throw new RangeError('ratings must be finite numbers');
  }

  // Two-way ANOVA sums of squares (S&F Table 1; M&W Table 2).
  let grand = 0;
  for (const row of ratings) for (const x of row) grand += x;
  grand /= n * k;
  const rowMeans = ratings.map((row) => row.reduce((s, x) => s + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => ratings.reduce((s, row) => s + (row[j] as number), 0) / n);
  // Each sum of squares is computed from its own deviations (not by subtraction), so a zero
  // residual stays exactly zero and small ones keep their precision.
  const ssRows = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssCols = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  let ssWithin = 0;
  let ssError = 0;
  ratings.forEach((row, i) => {
    const rm = rowMeans[i] as number;
    row.forEach((x, j) => {
      ssWithin += (x - rm) ** 2;
      ssError += (x - rm - (colMeans[j] as number) + grand) ** 2;
    });
  });

  const dfR = n - 1;
  const dfW = n * (k - 1);
  const dfC = k - 1;
  const dfE = (n - 1) * (k - 1);
  const BMS = ssRows / dfR;
  const WMS = ssWithin / dfW;
  const JMS = ssCols / dfC;
  const EMS = ssError / dfE;
  const tail = 1 - (1 - confidence) / 2;
  // A ratio whose denominator vanishes (up to rounding, relative to the mean squares) is
  // undefined; it is reported as null rather than as a huge number of either sign.
  const scale = BMS + WMS + JMS + EMS;
  const ratio = (num: number, den: number): number => (Math.abs(den) <= 1e-12 * scale ? Number.NaN : num / den);

  // ICC(1,1) and ICC(1,k): one-way random effects (S&F eq. 2; M&W Table 7 Case 1).
  // F = BMS/WMS on (n−1, n(k−1)); F_L = F / F_{1−α/2}(n−1, n(k−1)), F_U = F · F_{1−α/2}(n(k−1), n−1);
  // single: (F_L − 1)/(F_L + k − 1) … (F_U − 1)/(F_U + k − 1); average: 1 − 1/F_L … 1 − 1/F_U.
  const f1 = BMS / WMS;
  const f1L = f1 / fQuantile(tail, dfR, dfW);
  const f1U = f1 * fQuantile(tail, dfW, dfR);
  const icc11 = ratio(BMS - WMS, BMS + (k - 1) * WMS);
  const icc1k = ratio(BMS - WMS, BMS);

  // ICC(3,1) and ICC(3,k): two-way mixed, consistency (S&F eq. 4 and 6; M&W Table 7 Case 3 "C").
  // F = BMS/EMS on (n−1, (n−1)(k−1)); bounds as for case 1 with those degrees of freedom.
  const f3 = BMS / EMS;
  const f3L = f3 / fQuantile(tail, dfR, dfE);
  const f3U = f3 * fQuantile(tail, dfE, dfR);
  const icc31 = ratio(BMS - EMS, BMS + (k - 1) * EMS);
  const icc3k = ratio(BMS - EMS, BMS);

  // ICC(2,1) and ICC(2,k): two-way random, absolute agreement (S&F eq. 3 and 5; M&W Case 2 "A").
  // Value: (BMS − EMS) / (BMS + (k−1)EMS + k(JMS − EMS)/n). Test: F = BMS/EMS on (n−1, (n−1)(k−1)).
  // CI (S&F p. 425; M&W Table 7): Satterthwaite-style df
  //   v = (k−1)(n−1)[kρF_J + n(1 + (k−1)ρ) − kρ]² / [(n−1)k²ρ²F_J² + (n(1 + (k−1)ρ) − kρ)²],
  // with ρ = ICC(2,1), F_J = JMS/EMS, F* = F_{1−α/2}(n−1, v), F_* = F_{1−α/2}(v, n−1):
  //   lower = n(BMS − F*·EMS) / (F*(k·JMS + (kn − k − n)EMS) + n·BMS)
  //   upper = n(F_*·BMS − EMS) / (k·JMS + (kn − k − n)EMS + n·F_*·BMS)
  // and the k-rater bounds by Spearman–Brown, kL/(1 + (k−1)L), which equals M&W's ICC(A,k) bounds.
  const icc21 = ratio(BMS - EMS, BMS + (k - 1) * EMS + (k * (JMS - EMS)) / n);
  const icc2k = ratio(BMS - EMS, BMS + (JMS - EMS) / n);
  const fj = JMS / EMS;
  const rho = icc21;
  const g = n * (1 + (k - 1) * rho) - k * rho;
  const v = ((k - 1) * (n - 1) * (k * rho * fj + g) ** 2) / ((n - 1) * k * k * rho * rho * fj * fj + g * g);
  let lo2 = Number.NaN;
  let hi2 = Number.NaN;
  if (Number.isFinite(v) && v > 0) {
    const fStar = fQuantile(tail, dfR, v);
    const fStarLow = fQuantile(tail, v, dfR);
    const c = k * JMS + (k * n - k - n) * EMS;
    lo2 = (n * (BMS - fStar * EMS)) / (fStar * c + n * BMS);
    hi2 = (n * (fStarLow * BMS - EMS)) / (c + n * fStarLow * BMS);
  }
  const spearmanBrown = (r: number) => (k * r) / (1 + (k - 1) * r);

  return {
    targets: n,
    raters: k,
    meanSquares: { between: BMS, within: WMS, raters: JMS, error: EMS },
    estimates: {
      'ICC(1,1)': estimate(icc11, f1, dfR, dfW, (f1L - 1) / (f1L + k - 1), (f1U - 1) / (f1U + k - 1)),
      'ICC(2,1)': estimate(icc21, f3, dfR, dfE, lo2, hi2),
      'ICC(3,1)': estimate(icc31, f3, dfR, dfE, (f3L - 1) / (f3L + k - 1), (f3U - 1) / (f3U + k - 1)),
      'ICC(1,k)': estimate(icc1k, f1, dfR, dfW, 1 - 1 / f1L, 1 - 1 / f1U),
      'ICC(2,k)': estimate(icc2k, f3, dfR, dfE, spearmanBrown(lo2), spearmanBrown(hi2)),
      'ICC(3,k)': estimate(icc3k, f3, dfR, dfE, 1 - 1 / f3L, 1 - 1 / f3U),
    },
  };
}
