import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHA_LEVELS, type Code, krippendorffAlpha } from './krippendorff.js';

const _ = null;
// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers
// (A–D) × 12 units with missing values; here transposed to units × observers.
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3];
const C = [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _];
const K2011 = A.map((_, u) => [A[u], B[u], C[u], D[u]] as (number | null)[]);

describe("Krippendorff's alpha on published examples", () => {
  it('reproduces Krippendorff (2011) at every level', () => {
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability
    // (https://repository.upenn.edu/asc_papers/43): nominal α = 0.743, ordinal α = 0.815,
    // interval α = 0.849, ratio α = 0.797. The nominal figure is also the documented output of
    // the Python `krippendorff` package's example on the same data (0.743).
    expect(krippendorffAlpha(K2011, 'nominal').alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(K2011, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(K2011, 'interval').alpha).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(K2011, 'ratio').alpha).toBeCloseTo(0.797, 3);
  });

  it('drops the unit with a single value and counts the pairable values', () => {
    // Krippendorff (2011): unit 12 has one value and is not pairable; n = 40 pairable values.
    const r = krippendorffAlpha(K2011, 'nominal');
    expect(r.unitsDropped).toBe(1);
    expect(r.unitsUsed).toBe(11);
    expect(r.pairableValues).toBe(40);
  });

  it("reproduces Wikipedia's computational example", () => {
    // Wikipedia, "Krippendorff's alpha", section "A computational example" (3 coders × 15 units,
    // nominal α = 0.691; also dallascard/krippendorff_alpha README).
    const c1 = [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3];
    const c2 = [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _];
    const c3 = [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4];
    const units = c1.map((_, u) => [c1[u], c2[u], c3[u]] as (number | null)[]);
    expect(krippendorffAlpha(units, 'nominal').alpha).toBeCloseTo(0.691, 3);
  });

  it('accepts labels at the nominal level only', () => {
    expect(
      krippendorffAlpha(
        [
          ['a', 'a'],
          ['b', 'b'],
          ['a', 'b'],
        ],
        'nominal',
      ).alpha,
    ).not.toBeNull();
    expect(() => krippendorffAlpha([['a', 'a']], 'interval')).toThrow(/numeric/);
    expect(() => krippendorffAlpha([[-1, 2]], 'ratio')).toThrow(/non-negative/);
  });
});

const reliability = fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 5 })).chain(([n, k]) =>
  fc.array(
    fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }), { minLength: k, maxLength: k }),
    {
      minLength: n,
      maxLength: n,
    },
  ),
);

describe("Krippendorff's alpha properties", () => {
  it('is invariant to the order of raters and units', () => {
    fc.assert(
      fc.property(reliability, fc.constantFrom(...ALPHA_LEVELS), (rows, level) => {
        const shuffled = rows.map((row) => [...row].reverse()).reverse();
        const a = krippendorffAlpha(rows, level).alpha;
        const b = krippendorffAlpha(shuffled, level).alpha;
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 9);
      }),
    );
  });

  it('is 1 for perfect agreement (at least two distinct values), with missing values too', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 2 })),
          {
            minLength: 2,
            maxLength: 10,
          },
        ),
        fc.constantFrom(...ALPHA_LEVELS),
        (units, level) => {
          fc.pre(new Set(units.map(([v]) => v)).size > 1);
          const rows: (Code | null)[][] = units.map(([v, m, missing]) => [
            ...Array(m).fill(v),
            ...Array(missing).fill(null),
          ]);
          expect(krippendorffAlpha(rows, level).alpha).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('is at most 1', () => {
    fc.assert(
      fc.property(reliability, fc.constantFrom(...ALPHA_LEVELS), (rows, level) => {
        const a = krippendorffAlpha(rows, level).alpha;
        if (a !== null) expect(a).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('is undefined when every value is the same', () => {
    expect(
      krippendorffAlpha(
        [
          [3, 3],
          [3, 3, null],
        ],
        'interval',
      ).alpha,
    ).toBeNull();
  });
});
