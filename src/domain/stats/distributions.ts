/**
 * Special functions and the distributions the statistics need: the F distribution (CDF, upper
 * tail and quantile) and the standard normal. Pure, no dependencies.
 *
 * Sources:
 * - Log-gamma: Lanczos approximation with g = 7, n = 9 (coefficients as published by
 *   P. Godfrey; relative error below 1e-15 for positive arguments), with the reflection formula.
 * - Regularised incomplete beta I_x(a, b): Press, Teukolsky, Vetterling & Flannery, Numerical
 *   Recipes (3rd ed., 2007), §6.4, continued fraction (6.4.5) evaluated by the modified Lentz
 *   method (§5.2), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) for fast convergence.
 * - Regularised incomplete gamma P(a, x) / Q(a, x): Numerical Recipes §6.2 (series 6.2.5 for
 *   x < a + 1, Lentz continued fraction 6.2.7 otherwise).
 * - F CDF: Abramowitz & Stegun 26.6.2, P(F ≤ f) = I_{d1 f / (d1 f + d2)}(d1/2, d2/2).
 * - Normal: erfc(x) = Q(1/2, x²) (A&S 7.1.2 / 6.5.17), Φ(z) = erfc(−z/√2)/2 (A&S 26.2.29).
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos; reflection for x < 0.5). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS_G + 2; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPS = 1e-16;
const FPMIN = 1e-300;
const MAX_ITER = 100_000;

/** Continued fraction for I_x(a, b) (Numerical Recipes betacf, modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1. `xc` is 1 − x when
 * the caller can compute it without cancellation (x close to 1).
 */
export function regularizedBeta(x: number, a: number, b: number, xc = 1 - x): number {
  if (!(a > 0 && b > 0)) throw new RangeError('incomplete beta needs a > 0 and b > 0');
  if (x <= 0) return 0;
  if (xc <= 0) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(xc));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, xc)) / b;
}

/** P(F ≤ f) for F ~ F(d1, d2) (A&S 26.6.2). */
export function fCdf(f: number, d1: number, d2: number): number {
  if (f <= 0) return 0;
  if (f === Number.POSITIVE_INFINITY) return 1;
  return regularizedBeta((d1 * f) / (d1 * f + d2), d1 / 2, d2 / 2, d2 / (d1 * f + d2));
}

/** P(F > f), computed directly from the complementary beta so small p-values keep their precision. */
export function fSurvival(f: number, d1: number, d2: number): number {
  if (f <= 0) return 1;
  if (f === Number.POSITIVE_INFINITY) return 0;
  return regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, (d1 * f) / (d2 + d1 * f));
}

/**
 * The p-quantile of F(d1, d2): the f with P(F ≤ f) = p. Bisection on y = d1 f / (d1 f + d2) in
 * (0, 1), where the CDF is I_y(d1/2, d2/2) and strictly increasing; 200 halvings reach the
 * limit of double precision. Degrees of freedom need not be whole (Satterthwaite df).
 */
export function fQuantile(p: number, d1: number, d2: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return 0;
    if (p === 1) return Number.POSITIVE_INFINITY;
    throw new RangeError('quantile probability must be in [0, 1]');
  }
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (regularizedBeta(mid, d1 / 2, d2 / 2) < p) lo = mid;
    else hi = mid;
  }
  const y = (lo + hi) / 2;
  return (d2 * y) / (d1 * (1 - y));
}

/** Regularised upper incomplete gamma Q(a, x) (Numerical Recipes gammq). */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lnFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // Series for P(a, x) (NR 6.2.5).
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < MAX_ITER; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(lnFront);
  }
  // Continued fraction for Q(a, x) (NR 6.2.7, modified Lentz).
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(lnFront) * h;
}

/** The complementary error function erfc(x) = Q(1/2, x²) for x ≥ 0, and 2 − erfc(−x) below. */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  return regularizedGammaQ(0.5, x * x);
}

/** The standard normal CDF Φ(z) (A&S 26.2.29). */
export function normalCdf(z: number): number {
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided normal p-value 2·(1 − Φ(|z|)) = erfc(|z|/√2), without cancellation. */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}
