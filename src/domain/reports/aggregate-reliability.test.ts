import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intraclassCorrelations } from '../stats/icc.js';
import { krippendorffAlpha } from '../stats/krippendorff.js';
import { iccOneWayFromSums, intervalAlphaFromSums, poolUnits, type UnitSums } from './aggregate-reliability.js';

const sums = (rows: readonly (readonly (number | null)[])[]): UnitSums[] =>
  rows.map((row) => {
    const xs = row.filter((x): x is number => x !== null);
    return { n: xs.length, sum: xs.reduce((s, x) => s + x, 0), sumSq: xs.reduce((s, x) => s + x * x, 0) };
  });

// Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges; ICC(1,1) = .17 [−.133, .72] (psych::ICC).
const SF = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('ICC(1,1) from sums', () => {
  it('reproduces Shrout & Fleiss (1979) case 1 on their Table 2', () => {
    const r = iccOneWayFromSums(poolUnits(sums(SF)));
    expect(r?.value).toBeCloseTo(0.17, 2);
    expect(r?.f).toBeCloseTo(1.8, 1);
    expect([r?.df1, r?.df2]).toEqual([5, 18]);
    expect(r?.ci95[0]).toBeCloseTo(-0.133, 2);
    expect(r?.ci95[1]).toBeCloseTo(0.72, 2);
  });

  it('equals the matrix form on balanced data (property)', () => {
    const balanced = fc.tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 5 })).chain(([n, k]) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(balanced, (rows) => {
        const matrix = intraclassCorrelations(rows).estimates['ICC(1,1)'];
        const agg = iccOneWayFromSums(poolUnits(sums(rows)));
        if (matrix.value === null) return agg?.value === null || agg === null;
        expect(agg?.value).toBeCloseTo(matrix.value, 9);
        for (const i of [0, 1] as const) {
          const want = matrix.ci95[i];
          if (want === null) expect(agg?.ci95[i]).toBeNull();
          else expect(agg?.ci95[i] as number).toBeCloseTo(want, 6);
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('handles panels of different sizes and needs two panels with two scores', () => {
    // Hand-checked: units {1,2}, {4,5,6}: N = 5, a = 2, SSB = 4.5 + 75 − 18²/5 = 14.7,
    // SSW = 0.5 + 2 = 2.5, MSB = 14.7, MSW = 2.5/3, n0 = (5 − 13/5)/1 = 2.4,
    // ICC = (14.7 − 0.8333) / (14.7 + 1.4·0.8333) = 0.8738.
    const r = iccOneWayFromSums(poolUnits(sums([[1, 2], [4, 5, 6], [3]])));
    expect(r?.panelSize).toBeCloseTo(2.4, 12);
    expect(r?.value).toBeCloseTo((14.7 - 2.5 / 3) / (14.7 + 1.4 * (2.5 / 3)), 10);
    expect(iccOneWayFromSums(poolUnits(sums([[1, 2], [3]])))).toBeNull();
    expect(
      iccOneWayFromSums(
        poolUnits(
          sums([
            [3, 3],
            [3, 3],
          ]),
        ),
      )?.value,
    ).toBeNull();
  });
});

describe('interval alpha from sums', () => {
  it('equals the coincidence-matrix form, with missing values and unequal panels (property)', () => {
    const cell = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
    const data = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 10 });
    fc.assert(
      fc.property(data, (rows) => {
        const matrix = krippendorffAlpha(rows, 'interval');
        const agg = intervalAlphaFromSums(poolUnits(sums(rows)));
        if (matrix.alpha === null || matrix.unitsUsed < 2) return agg === null;
        expect(agg).not.toBeNull();
        expect(agg as number).toBeCloseTo(matrix.alpha, 9);
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('is 1 for perfect agreement and null with no variation', () => {
    expect(
      intervalAlphaFromSums(
        poolUnits(
          sums([
            [1, 1],
            [4, 4, 4],
            [2, 2],
          ]),
        ),
      ),
    ).toBeCloseTo(1, 12);
    expect(
      intervalAlphaFromSums(
        poolUnits(
          sums([
            [3, 3],
            [3, 3],
          ]),
        ),
      ),
    ).toBeNull();
  });
});
