import { fQuantile, fSurvival } from '../stats/distributions.js';

/**
 * Reliability statistics computed from sums, so a database can aggregate millions of ratings and
 * hand over a handful of numbers. Each unit (an interview) holds the scores its panellists gave
 * one dimension; panels may differ in size. Units with fewer than two scores carry no
 * information about agreement and must be left out before pooling (as Krippendorff does).
 */

/** One unit's scores in summary: how many, their sum and their sum of squares. */
export interface UnitSums {
  n: number;
  sum: number;
  sumSq: number;
}

/**
 * Sums over all units with at least two scores. SQL computes these directly:
 * units = count(*), ratings = Σn_i, sum = Σ sum_i, sumSq = Σ sumSq_i,
 * sumMeanSq = Σ sum_i²/n_i, sizeSq = Σ n_i², pairedWithin = Σ n_i·SS_i/(n_i − 1)
 * where SS_i = sumSq_i − sum_i²/n_i is the unit's within sum of squares.
 */
export interface PooledSums {
  units: number;
  ratings: number;
  sum: number;
  sumSq: number;
  sumMeanSq: number;
  sizeSq: number;
  pairedWithin: number;
}

/** Pool unit summaries (dropping units with fewer than two scores). */
export function poolUnits(units: readonly UnitSums[]): PooledSums {
  const p: PooledSums = { units: 0, ratings: 0, sum: 0, sumSq: 0, sumMeanSq: 0, sizeSq: 0, pairedWithin: 0 };
  for (const u of units) {
    if (u.n < 2) continue;
    const ss = u.sumSq - (u.sum * u.sum) / u.n;
    p.units += 1;
    p.ratings += u.n;
    p.sum += u.sum;
    p.sumSq += u.sumSq;
    p.sumMeanSq += (u.sum * u.sum) / u.n;
    p.sizeSq += u.n * u.n;
    p.pairedWithin += (u.n * ss) / (u.n - 1);
  }
  return p;
}

/** ICC(1,1) with its F test and 95% interval; nulls where the data cannot support them. */
export interface OneWayIcc {
  value: number | null;
  f: number | null;
  df1: number;
  df2: number;
  p: number | null;
  ci95: [number | null, number | null];
  /** The effective panel size n₀ used in place of k when panels differ in size. */
  panelSize: number;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * ICC(1,1), one-way random effects, from pooled sums (Shrout & Fleiss 1979, case 1), with panels
 * of unequal size handled by the one-way ANOVA with unequal group sizes: the panel size k is
 * replaced by n₀ = (N − Σn_i²/N)/(a − 1) (N ratings over a units; Snedecor & Cochran, Statistical
 * Methods, 8th ed., §13.7; McGraw & Wong 1996, Case 1). With equal panels n₀ = k and every
 * number equals the matrix form in src/domain/stats/icc.ts. The interval uses the same F bounds
 * as the balanced case, which is approximate when panels differ.
 *
 *   SSB = Σ sum_i²/n_i − (Σ sum)²/N on a − 1 df;  SSW = Σ sumSq − Σ sum_i²/n_i on N − a df
 *   ICC = (MSB − MSW) / (MSB + (n₀ − 1)·MSW)
 */
export function iccOneWayFromSums(p: PooledSums, confidence = 0.95): OneWayIcc | null {
  const a = p.units;
  const N = p.ratings;
  if (a < 2 || N - a < 1) return null;
  const df1 = a - 1;
  const df2 = N - a;
  const ssb = Math.max(0, p.sumMeanSq - (p.sum * p.sum) / N);
  const ssw = Math.max(0, p.sumSq - p.sumMeanSq);
  const msb = ssb / df1;
  const msw = ssw / df2;
  const n0 = (N - p.sizeSq / N) / df1;
  const scale = msb + msw;
  // No variation at all (everyone gave the same score everywhere): reliability is undefined.
  if (scale <= 0) return { value: null, f: null, df1, df2, p: null, ci95: [null, null], panelSize: n0 };
  const den = msb + (n0 - 1) * msw;
  const raw = Math.abs(den) <= 1e-12 * scale ? Number.NaN : (msb - msw) / den;
  // Equal mean squares give exactly zero; do not show the rounding residue (−1.7e−15).
  const value = Math.abs(msb - msw) <= 1e-12 * scale ? 0 : raw;
  const f = msb / msw;
  const tail = 1 - (1 - confidence) / 2;
  const fL = f / fQuantile(tail, df1, df2);
  const fU = f * fQuantile(tail, df2, df1);
  return {
    value: finite(value),
    f: finite(f),
    df1,
    df2,
    p: Number.isFinite(f) ? fSurvival(f, df1, df2) : null,
    ci95: [finite((fL - 1) / (fL + n0 - 1)), finite((fU - 1) / (fU + n0 - 1))],
    panelSize: n0,
  };
}

/**
 * Krippendorff's alpha at the interval level from pooled sums. With δ²(c, k) = (c − k)², the
 * coincidence-matrix form (Krippendorff 2011) reduces to
 *
 *   Σ_ck o_ck δ²_ck = Σ_u [1/(m_u − 1)] Σ_{i≠j} (x_i − x_j)² = Σ_u 2·m_u·SS_u/(m_u − 1)
 *   Σ_ck n_c n_k δ²_ck = 2·(n·Σx² − (Σx)²)
 *   α = 1 − (n − 1)·Σ_u [m_u·SS_u/(m_u − 1)] / (n·Σx² − (Σx)²)
 *
 * over the pairable values (n = Σ m_u). Null with fewer than two units or no variation.
 */
export function intervalAlphaFromSums(p: PooledSums): number | null {
  const n = p.ratings;
  // A single interview says nothing about how panels agree in general.
  if (p.units < 2 || n < 2) return null;
  const expected = n * p.sumSq - p.sum * p.sum;
  if (expected <= 1e-9 * Math.max(1, n * p.sumSq)) return null;
  return 1 - ((n - 1) * p.pairedWithin) / expected;
}
