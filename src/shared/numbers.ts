/** Scores are shown and stored to one decimal (3.4 / 5) everywhere: one rounding rule for all. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The arithmetic mean, or null for no values (an empty set is not a zero). */
export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}
