/**
 * Krippendorff's alpha by the coincidence-matrix method of Krippendorff, K. (2011). Computing
 * Krippendorff's Alpha-Reliability. Annenberg School for Communication, University of
 * Pennsylvania, departmental paper 43 (https://repository.upenn.edu/asc_papers/43).
 *
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * where o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1) is the coincidence matrix over
 * the pairable values (units with m_u ≥ 2 values; a unit with a single value is dropped),
 * n_c = Σ_k o_ck and n = Σ_c n_c. Missing values are simply absent from their unit.
 */

export const ALPHA_LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
export type AlphaLevel = (typeof ALPHA_LEVELS)[number];

/** A coded value: a number, or (nominal level only) any label. */
export type Code = number | string;

export interface AlphaResult {
  /** null when expected disagreement is zero (every pairable value is the same): α is undefined. */
  alpha: number | null;
  level: AlphaLevel;
  /** Units with at least two values (the ones that enter the coincidence matrix). */
  unitsUsed: number;
  /** Units with fewer than two values, which carry no information about agreement. */
  unitsDropped: number;
  /** n: the number of pairable values. */
  pairableValues: number;
  observedDisagreement: number;
  expectedDisagreement: number;
}

/**
 * Difference functions δ²_ck (Krippendorff 2011, section "Difference functions"):
 * - nominal: 0 if c = k, else 1;
 * - ordinal: (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)², the rank-sum metric over the sorted values;
 * - interval: (c − k)²;
 * - ratio: ((c − k)/(c + k))² (values must be non-negative; 0 when c = k = 0).
 */
function differenceMatrix(level: AlphaLevel, values: readonly Code[], marginals: readonly number[]): number[][] {
  const v = values.length;
  const d = Array.from({ length: v }, () => new Array<number>(v).fill(0));
  for (let c = 0; c < v; c++) {
    for (let k = c + 1; k < v; k++) {
      let delta: number;
      if (level === 'nominal') delta = 1;
      else {
        const a = values[c] as number;
        const b = values[k] as number;
        if (level === 'interval') delta = (a - b) ** 2;
        else if (level === 'ratio') delta = a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
        else {
          // Values are sorted ascending, so c < k indexes the ranks between them.
          let s = 0;
          for (let g = c; g <= k; g++) s += marginals[g] as number;
          delta = (s - ((marginals[c] as number) + (marginals[k] as number)) / 2) ** 2;
        }
      }
      (d[c] as number[])[k] = delta;
      (d[k] as number[])[c] = delta;
    }
  }
  return d;
}

/**
 * Krippendorff's alpha. `data[u]` holds the values the raters gave unit u, null for missing
 * (rows are units, columns raters; rater identity does not matter to α).
 */
export function krippendorffAlpha(data: readonly (readonly (Code | null)[])[], level: AlphaLevel): AlphaResult {
  const units = data.map((row) => row.filter((x): x is Code => x !== null));
  for (const unit of units)
    for (const x of unit) {
      if (level !== 'nominal' && (typeof x !== 'number' || !Number.isFinite(x)))
        throw new RangeError(`${level} alpha needs numeric values; got ${JSON.stringify(x)}`);
      if (level === 'ratio' && (x as number) < 0) throw new RangeError('ratio alpha needs non-negative values');
    }
  const pairable = units.filter((u) => u.length >= 2);

  // The distinct values; numeric levels sort them ascending (ordinal needs the order).
  const distinct = [...new Set(pairable.flat())];
  if (level === 'nominal') distinct.sort((a, b) => String(a).localeCompare(String(b)));
  else distinct.sort((a, b) => (a as number) - (b as number));
  const index = new Map<Code, number>(distinct.map((x, i) => [x, i]));
  const v = distinct.length;

  // Coincidence matrix o_ck: each ordered pair of values from different raters in unit u
  // contributes 1/(m_u − 1).
  const o = Array.from({ length: v }, () => new Array<number>(v).fill(0));
  for (const unit of pairable) {
    const w = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++)
      for (let j = 0; j < unit.length; j++) {
        if (i === j) continue;
        const row = o[index.get(unit[i] as Code) as number] as number[];
        const col = index.get(unit[j] as Code) as number;
        row[col] = (row[col] as number) + w;
      }
  }
  const marginals = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = marginals.reduce((s, x) => s + x, 0);
  const delta = differenceMatrix(level, distinct, marginals);

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++)
    for (let k = 0; k < v; k++) {
      const d = (delta[c] as number[])[k] as number;
      observed += ((o[c] as number[])[k] as number) * d;
      expected += (marginals[c] as number) * (marginals[k] as number) * d;
    }
  const Do = n > 0 ? observed / n : 0;
  const De = n > 1 ? expected / (n * (n - 1)) : 0;
  return {
    alpha: De > 0 ? 1 - Do / De : null,
    level,
    unitsUsed: pairable.length,
    unitsDropped: units.length - pairable.length,
    pairableValues: n,
    observedDisagreement: Do,
    expectedDisagreement: De,
  };
}
