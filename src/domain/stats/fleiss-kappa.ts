/**
 * Fleiss' kappa for N subjects each rated by the same number n of raters into categories, after
 * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
 * Bulletin 76(5), 378–382:
 *
 *   p_j = Σ_i n_ij / (N n)                       (eq. 2: share of all assignments in category j)
 *   P_i = (Σ_j n_ij² − n) / (n (n − 1))          (eq. 3: agreement on subject i)
 *   P̄ = Σ_i P_i / N,  P̄_e = Σ_j p_j²             (eq. 4 and 5)
 *   κ = (P̄ − P̄_e) / (1 − P̄_e)                   (eq. 7)
 */

export interface KappaResult {
  /** null when P̄_e = 1 (every rating is the same category): κ is undefined. */
  kappa: number | null;
  subjects: number;
  raters: number;
  categories: number;
  observedAgreement: number;
  expectedAgreement: number;
}

/** Fleiss' kappa from the N × q table of counts n_ij (raters putting subject i in category j). */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[]): KappaResult {
  const N = counts.length;
  if (N < 1) throw new RangeError("Fleiss' kappa needs at least one subject");
  const q = counts[0]?.length ?? 0;
  const n = (counts[0] ?? []).reduce((s, x) => s + x, 0);
  if (n < 2) throw new RangeError("Fleiss' kappa needs at least 2 raters per subject");
  for (const row of counts) {
    if (row.length !== q) throw new RangeError('every subject needs a count for every category');
    if (row.some((x) => !Number.isInteger(x) || x < 0)) throw new RangeError('counts must be whole numbers ≥ 0');
    if (row.reduce((s, x) => s + x, 0) !== n) throw new RangeError('every subject needs the same number of ratings');
  }
  const p = Array.from({ length: q }, (_, j) => counts.reduce((s, row) => s + (row[j] as number), 0) / (N * n));
  const pBar = counts.reduce((s, row) => s + (row.reduce((t, x) => t + x * x, 0) - n) / (n * (n - 1)), 0) / N;
  const peBar = p.reduce((s, x) => s + x * x, 0);
  return {
    kappa: peBar < 1 ? (pBar - peBar) / (1 - peBar) : null,
    subjects: N,
    raters: n,
    categories: p.filter((x) => x > 0).length,
    observedAgreement: pBar,
    expectedAgreement: peBar,
  };
}

/**
 * Fleiss' kappa from raw ratings: `ratings[i]` holds the category each rater gave subject i.
 * Every subject must have the same number of ratings (drop incomplete ones before calling).
 */
export function fleissKappa(ratings: readonly (readonly (number | string)[])[]): KappaResult {
  const categories = [...new Set(ratings.flat())];
  const index = new Map(categories.map((c, j) => [c, j]));
  const counts = ratings.map((row) => {
    const r = new Array<number>(categories.length).fill(0);
    for (const c of row) r[index.get(c) as number] = (r[index.get(c) as number] as number) + 1;
    return r;
  });
  return fleissKappaFromCounts(counts);
}
