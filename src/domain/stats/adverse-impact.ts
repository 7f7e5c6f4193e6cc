import { logGamma, normalTwoSidedP } from './distributions.js';

/**
 * Adverse impact per group, for the guardrail in docs/product-rules.md (Fairness and privacy): selection rate, impact ratio
 * against the group with the highest rate, the four-fifths flag and two significance tests so
 * that small groups do not cry wolf.
 *
 * - Four-fifths rule: Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D): "A
 *   selection rate for any race, sex, or ethnic group which is less than four-fifths (4/5) (or
 *   eighty percent) of the rate for the group with the highest rate will generally be regarded
 *   … as evidence of adverse impact". Compared exactly in integers:
 *   s_A/n_A < (4/5)·s_R/n_R  ⇔  5·s_A·n_R < 4·s_R·n_A (all counts ≥ 0, n > 0), with BigInt.
 * - Fisher's exact test, two-sided: the sum of the hypergeometric probabilities of all tables
 *   with the observed margins whose probability is ≤ the observed one (Fisher 1935; the
 *   definition R's fisher.test uses, with a relative tolerance of 1e−7 for ties), in log space.
 * - Pooled two-proportion z-test: z = (p_A − p_R) / √(p̂(1 − p̂)(1/n_A + 1/n_R)) with
 *   p̂ = (s_A + s_R)/(n_A + n_R), two-sided p = 2(1 − Φ(|z|)) (e.g. Agresti, Categorical Data
 *   Analysis, 3rd ed., §3.1; it equals the uncorrected Pearson χ² test on the 2×2 table).
 */

export interface GroupCounts {
  group: string;
  applicants: number;
  selected: number;
}

export interface GroupImpact extends GroupCounts {
  rate: number;
  /** rate / reference rate; null when nobody in any group was selected. */
  impactRatio: number | null;
  /** True when the rate is strictly below four-fifths of the reference group's rate. */
  adverseImpact: boolean;
  /** Two-sided Fisher's exact p against the reference group (null for the reference itself). */
  fisherP: number | null;
  /** Two-sided pooled two-proportion z-test p against the reference group (null for the reference). */
  zP: number | null;
}

export interface AdverseImpactResult {
  referenceGroup: string;
  groups: GroupImpact[];
}

/** a/b > c/d for counts, exactly: a·d > c·b (b, d > 0). */
const rateAbove = (a: GroupCounts, b: GroupCounts): boolean =>
  BigInt(a.selected) * BigInt(b.applicants) > BigInt(b.selected) * BigInt(a.applicants);

/** The four-fifths flag: selectedA · applicantsRef · 5 < 4 · selectedRef · applicantsA, in BigInt. */
export function belowFourFifths(group: GroupCounts, reference: GroupCounts): boolean {
  return (
    BigInt(group.selected) * BigInt(reference.applicants) * 5n <
    4n * BigInt(reference.selected) * BigInt(group.applicants)
  );
}

/** Memoised log(k!) for k < this (8 MB at most); larger k are computed each time. */
const LOG_FACTORIAL_CACHE_LIMIT = 1_000_000;
let logFactorials = new Float64Array(0);

/**
 * log(k!) = logGamma(k + 1), the same value either way: Fisher's test needs it for every count
 * of every table, and a report compares hundreds of groups with thousands of applicants each.
 */
function logFactorial(k: number): number {
  if (k >= LOG_FACTORIAL_CACHE_LIMIT) return logGamma(k + 1);
  if (k >= logFactorials.length) {
    const grown = new Float64Array(Math.min(LOG_FACTORIAL_CACHE_LIMIT, Math.max(1024, 2 * (k + 1))));
    grown.set(logFactorials);
    for (let i = logFactorials.length; i < grown.length; i++) grown[i] = logGamma(i + 1);
    logFactorials = grown;
  }
  return logFactorials[k] as number;
}

const logChoose = (n: number, k: number): number => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/**
 * Two-sided Fisher's exact test on [[a, b], [c, d]]: with row totals r1 = a + b, r2 = c + d and
 * first-column total c1 = a + c, the count x in the top-left cell is hypergeometric,
 * P(x) = C(r1, x)·C(r2, c1 − x) / C(r1 + r2, c1), max(0, c1 − r2) ≤ x ≤ min(r1, c1).
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  for (const x of [a, b, c, d])
    if (!Number.isInteger(x) || x < 0) throw new RangeError('table cells must be whole numbers ≥ 0');
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const total = r1 + r2;
  const lo = Math.max(0, c1 - r2);
  const hi = Math.min(r1, c1);
  const logDenominator = logChoose(total, c1);
  const logP = (x: number) => logChoose(r1, x) + logChoose(r2, c1 - x) - logDenominator;
  const observed = logP(a);
  // Relative tolerance 1e−7 so that tables tied in probability with the observed one count as
  // "as extreme" despite rounding (R's fisher.test uses the same).
  const threshold = observed + Math.log1p(1e-7);
  let p = 0;
  for (let x = lo; x <= hi; x++) {
    const lp = logP(x);
    if (lp <= threshold) p += Math.exp(lp);
  }
  return Math.min(1, p);
}

/** Two-sided p of the pooled two-proportion z-test (1 when both groups have the same all-or-none rate). */
export function twoProportionZTest(
  selectedA: number,
  applicantsA: number,
  selectedB: number,
  applicantsB: number,
): { z: number; p: number } {
  const pA = selectedA / applicantsA;
  const pB = selectedB / applicantsB;
  const pooled = (selectedA + selectedB) / (applicantsA + applicantsB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / applicantsA + 1 / applicantsB));
  // se = 0 only when the pooled rate is 0 or 1, so both rates are equal: no evidence of a difference.
  if (se === 0) return { z: 0, p: 1 };
  const z = (pA - pB) / se;
  return { z, p: normalTwoSidedP(z) };
}

/** Check one group's counts; throws a RangeError naming the group. */
export function validateGroup(g: GroupCounts): void {
  for (const [name, x] of [
    ['applicants', g.applicants],
    ['selected', g.selected],
  ] as const)
    if (!Number.isSafeInteger(x) || x < 0) throw new RangeError(`${g.group}: ${name} must be a whole number ≥ 0`);
  if (g.applicants < 1) throw new RangeError(`${g.group}: applicants must be at least 1`);
  if (g.selected > g.applicants)
    throw new RangeError(`${g.group}: selected (${g.selected}) exceeds applicants (${g.applicants})`);
}

/**
 * Adverse impact of every group against the group with the highest selection rate (the first
 * such group in input order when rates tie exactly).
 */
export function adverseImpact(groups: readonly GroupCounts[]): AdverseImpactResult {
  if (groups.length < 2) throw new RangeError('adverse impact needs at least 2 groups');
  const names = new Set<string>();
  for (const g of groups) {
    validateGroup(g);
    if (names.has(g.group)) throw new RangeError(`group ${g.group} appears twice`);
    names.add(g.group);
  }
  let ref = groups[0] as GroupCounts;
  for (const g of groups) if (rateAbove(g, ref)) ref = g;
  const refRate = ref.selected / ref.applicants;
  return {
    referenceGroup: ref.group,
    groups: groups.map((g) => {
      const isRef = g === ref;
      return {
        group: g.group,
        applicants: g.applicants,
        selected: g.selected,
        rate: g.selected / g.applicants,
        impactRatio: ref.selected === 0 ? null : isRef ? 1 : g.selected / g.applicants / refRate,
        adverseImpact: !isRef && belowFourFifths(g, ref),
        fisherP: isRef
          ? null
          : fisherExactTwoSided(g.selected, g.applicants - g.selected, ref.selected, ref.applicants - ref.selected),
        zP: isRef ? null : twoProportionZTest(g.selected, g.applicants, ref.selected, ref.applicants).p,
      };
    }),
  };
}
