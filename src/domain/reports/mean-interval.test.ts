import { describe, expect, it } from 'vitest';
import { cohensD, meanInterval, tQuantileTwoSided } from './mean-interval.js';

const m = (xs: number[]) => ({
  n: xs.length,
  sum: xs.reduce((s, x) => s + x, 0),
  sumSq: xs.reduce((s, x) => s + x * x, 0),
});

describe('meanInterval', () => {
  it('uses Student t: t(0.975, 4) = 2.776 and t(0.975, 9) = 2.262 (standard t tables)', () => {
    expect(tQuantileTwoSided(0.95, 4)).toBeCloseTo(2.7764, 3);
    expect(tQuantileTwoSided(0.95, 9)).toBeCloseTo(2.2622, 3);
  });

  it('gives mean ± t·s/√n, and no interval for a single value', () => {
    // 1, 2, 3, 4, 5: mean 3, s = √2.5, half-width 2.776·√2.5/√5 = 1.963.
    const r = meanInterval(m([1, 2, 3, 4, 5]));
    expect(r.mean).toBe(3);
    expect(r.ci95?.[0]).toBeCloseTo(3 - 1.9632, 3);
    expect(r.ci95?.[1]).toBeCloseTo(3 + 1.9632, 3);
    expect(meanInterval(m([2]))).toEqual({ n: 1, mean: 2, sd: null, ci95: null });
    expect(meanInterval(m([1, 1, 1]))).toMatchObject({ mean: 1, sd: 0, ci95: [1, 1] });
  });
});

describe('cohensD', () => {
  it('is the difference of means over the pooled standard deviation', () => {
    // [4,5,6] vs [1,2,3]: means 5 and 2, both s² = 1, d = 3.
    expect(cohensD(m([4, 5, 6]), m([1, 2, 3]))).toBeCloseTo(3, 12);
    expect(cohensD(m([4]), m([1, 2, 3]))).toBeNull();
    expect(cohensD(m([2, 2]), m([2, 2]))).toBeNull();
  });
});
