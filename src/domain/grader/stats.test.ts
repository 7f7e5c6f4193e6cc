import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, pearson, spearman } from './stats.js';

describe('averageRanks', () => {
  it('ranks distinct values from 1', () => {
    expect(averageRanks([30, 10, 20])).toEqual([3, 1, 2]);
  });

  it('gives tied values the average of the ranks they span', () => {
    expect(averageRanks([1, 2, 2, 3])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
  });

  it('handles an empty series', () => {
    expect(averageRanks([])).toEqual([]);
  });
});

describe('pearson', () => {
  it('is 1 for a perfect positive line and -1 for a negative one', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 12);
  });

  it('is NaN without variance or with mismatched lengths', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(pearson([1, 2], [1, 2, 3])).toBeNaN();
  });
});

describe('spearman', () => {
  it('is 1 for any monotonic increasing relation', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 12);
  });

  it('is -1 for a reversed order', () => {
    expect(spearman([1, 2, 3, 4], [9, 7, 5, 3])).toBeCloseTo(-1, 12);
  });

  it('matches a hand-computed value with ties', () => {
    // ranks x: 1, 2.5, 2.5, 4; ranks y: 1, 2, 3, 4 -> r = 4.5 / sqrt(4.5 * 5)
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
  });

  it('is NaN for fewer than two pairs or a constant series', () => {
    expect(spearman([1], [1])).toBeNaN();
    expect(spearman([2, 2, 2], [1, 2, 3])).toBeNaN();
  });

  it('stays within [-1, 1] and is symmetric', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), {
          minLength: 2,
          maxLength: 40,
        }),
        (pairs) => {
          const xs = pairs.map((p) => p[0]);
          const ys = pairs.map((p) => p[1]);
          const r = spearman(xs, ys);
          if (Number.isNaN(r)) return true;
          return r >= -1 - 1e-9 && r <= 1 + 1e-9 && Math.abs(r - spearman(ys, xs)) < 1e-9;
        },
      ),
    );
  });
});
