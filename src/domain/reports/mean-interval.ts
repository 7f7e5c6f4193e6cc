import { fQuantile } from '../stats/distributions.js';

/**
 * Means, confidence intervals and effect sizes from count, sum and sum of squares, the numbers
 * a database aggregates cheaply.
 */

/** A sample in summary. */
export interface MomentSums {
  n: number;
  sum: number;
  sumSq: number;
}

/** The sample variance (n − 1 in the denominator); null below two values. */
export function sampleVariance(s: MomentSums): number | null {
  if (s.n < 2) return null;
  // Rounding can push a true zero slightly negative.
  return Math.max(0, (s.sumSq - (s.sum * s.sum) / s.n) / (s.n - 1));
}

/**
 * Two-sided Student t quantile: t_{1−α/2, df} = √F_{1−α}(1, df), since t² with df degrees of
 * freedom is F(1, df) (e.g. Casella & Berger, Statistical Inference, 2nd ed., Thm 5.3.8 ex.).
 */
export function tQuantileTwoSided(confidence: number, df: number): number {
  return Math.sqrt(fQuantile(confidence, 1, df));
}

/** A mean with its t-based confidence interval. */
export interface MeanInterval {
  n: number;
  mean: number | null;
  sd: number | null;
  ci95: [number, number] | null;
}

/** The mean and its 95% t interval, mean ± t·s/√n; no interval below two values. */
export function meanInterval(s: MomentSums, confidence = 0.95): MeanInterval {
  if (s.n < 1) return { n: 0, mean: null, sd: null, ci95: null };
  const mean = s.sum / s.n;
  const v = sampleVariance(s);
  if (v === null) return { n: s.n, mean, sd: null, ci95: null };
  const half = tQuantileTwoSided(confidence, s.n - 1) * Math.sqrt(v / s.n);
  return { n: s.n, mean, sd: Math.sqrt(v), ci95: [mean - half, mean + half] };
}

/**
 * Cohen's d with the pooled standard deviation (Cohen, Statistical Power Analysis for the
 * Behavioral Sciences, 2nd ed., 1988, §2.5): (m₁ − m₂)/s_p, s_p² = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2).
 * Null when either side has fewer than two values or there is no spread at all.
 */
export function cohensD(a: MomentSums, b: MomentSums): number | null {
  const va = sampleVariance(a);
  const vb = sampleVariance(b);
  if (va === null || vb === null) return null;
  const pooled = ((a.n - 1) * va + (b.n - 1) * vb) / (a.n + b.n - 2);
  if (pooled <= 0) return null;
  return (a.sum / a.n - b.sum / b.n) / Math.sqrt(pooled);
}
