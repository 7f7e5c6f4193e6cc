import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleissKappa, fleissKappaFromCounts } from './fleiss-kappa.js';

describe("Fleiss' kappa on published examples", () => {
  it("reproduces Wikipedia's worked example", () => {
    // Wikipedia, "Fleiss' kappa", section "Worked example": 10 subjects, 14 raters, 5
    // categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const r = fleissKappaFromCounts(counts);
    expect(r.observedAgreement).toBeCloseTo(0.378, 3);
    expect(r.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(r.kappa).toBeCloseTo(0.21, 3);
  });

  it('reproduces Fleiss (1971): 30 patients, 6 psychiatrists, 5 diagnoses, κ = 0.430', () => {
    // Fleiss (1971) Table 1, as the `diagnoses` data of R's irr package; irr::kappam.fleiss
    // prints Kappa = 0.43 (RExRepos md/interRaterICC.md, https://github.com/dwoll/RExRepos).
    const raters = [
      [4, 2, 2, 5, 2, 1, 3, 1, 1, 5, 1, 1, 2, 1, 2, 3, 1, 1, 2, 1, 5, 2, 2, 1, 1, 2, 1, 2, 1, 5],
      [4, 2, 3, 5, 2, 1, 3, 1, 1, 5, 4, 2, 2, 4, 2, 3, 1, 1, 2, 3, 5, 4, 2, 1, 4, 2, 1, 2, 3, 5],
      [4, 2, 3, 5, 2, 3, 3, 3, 4, 5, 4, 4, 2, 4, 4, 3, 1, 1, 4, 3, 5, 4, 4, 4, 4, 2, 1, 4, 3, 5],
      [4, 5, 3, 5, 4, 3, 3, 3, 4, 5, 4, 4, 3, 4, 4, 3, 4, 1, 4, 5, 5, 4, 5, 4, 4, 2, 1, 4, 3, 5],
      [4, 5, 3, 5, 4, 3, 5, 3, 4, 5, 4, 4, 3, 4, 4, 3, 5, 1, 4, 5, 5, 4, 5, 4, 4, 2, 5, 4, 3, 5],
      [4, 5, 5, 5, 4, 3, 5, 4, 4, 5, 4, 4, 3, 4, 5, 5, 5, 2, 4, 5, 5, 4, 5, 4, 5, 4, 5, 4, 3, 5],
    ];
    const subjects = (raters[0] as number[]).map((_, i) => raters.map((r) => r[i] as number));
    const r = fleissKappa(subjects);
    expect(r.subjects).toBe(30);
    expect(r.raters).toBe(6);
    expect(r.kappa).toBeCloseTo(0.43, 3);
  });
});

describe("Fleiss' kappa properties", () => {
  const ratings = fc.tuple(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 6 })).chain(([n, k]) =>
    fc.array(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: k, maxLength: k }), {
      minLength: n,
      maxLength: n,
    }),
  );

  it('is 1 for perfect agreement over at least two categories', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(1, 2, 3, 4, 5), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 2, max: 8 }),
        (cats, k) => {
          fc.pre(new Set(cats).size > 1);
          expect(fleissKappa(cats.map((c) => Array(k).fill(c))).kappa).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('is invariant to the order of raters and subjects, and at most 1', () => {
    fc.assert(
      fc.property(ratings, (rows) => {
        const a = fleissKappa(rows).kappa;
        const b = fleissKappa(rows.map((r) => [...r].reverse()).reverse()).kappa;
        if (a === null) expect(b).toBeNull();
        else {
          expect(b).toBeCloseTo(a, 12);
          expect(a).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('refuses subjects with different numbers of ratings', () => {
    expect(() =>
      fleissKappaFromCounts([
        [2, 0],
        [1, 2],
      ]),
    ).toThrow(/same number/);
  });
});
