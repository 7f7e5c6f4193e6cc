import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adverseImpact, belowFourFifths, fisherExactTwoSided, twoProportionZTest } from './adverse-impact.js';

describe("Fisher's exact test", () => {
  it('reproduces R fisher.test "Tea tasting" (Agresti 1990)', () => {
    // R documentation ?fisher.test, TeaTasting <- matrix(c(3, 1, 1, 3), nrow = 2):
    // two-sided p-value = 0.4857.
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.4857, 4);
  });

  it('reproduces the scipy.stats.fisher_exact docs example', () => {
    // SciPy docs, scipy.stats.fisher_exact (whales and sharks, [[8, 2], [1, 5]]):
    // p-value 0.0349650...
    expect(fisherExactTwoSided(8, 2, 1, 5)).toBeCloseTo(0.034965, 6);
  });

  it('is a probability and symmetric under swapping the groups (rows) or the outcomes (columns)', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40), (a, b, c, d) => {
        const p = fisherExactTwoSided(a, b, c, d);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExactTwoSided(c, d, a, b)).toBeCloseTo(p, 10);
        expect(fisherExactTwoSided(b, a, d, c)).toBeCloseTo(p, 10);
      }),
    );
  });
});

describe('pooled two-proportion z-test', () => {
  it('reproduces a textbook z statistic', () => {
    // Worked solution, homeworksource.com/p/1008622: x1 = 140, n1 = 200, x2 = 255, n2 = 340;
    // pooled p = 0.7314815, SE = 0.03949401, z = −1.266015. Its two-sided normal p is
    // 2Φ(−1.266015) = 0.2055 (standard normal table: Φ(−1.27) ≈ 0.1020, Φ(−1.26) ≈ 0.1038).
    const { z, p } = twoProportionZTest(140, 200, 255, 340);
    expect(z).toBeCloseTo(-1.266015, 6);
    expect(p).toBeCloseTo(0.2055, 4);
  });

  it('gives p = 1 when both groups are all or nothing', () => {
    expect(twoProportionZTest(0, 10, 0, 20).p).toBe(1);
    expect(twoProportionZTest(10, 10, 20, 20).p).toBe(1);
  });

  it('is a probability and symmetric under swapping the groups', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.nat(),
        fc.nat(),
        (n1, n2, s1, s2) => {
          const a = twoProportionZTest(s1 % (n1 + 1), n1, s2 % (n2 + 1), n2).p;
          const b = twoProportionZTest(s2 % (n2 + 1), n2, s1 % (n1 + 1), n1).p;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
          expect(b).toBeCloseTo(a, 12);
        },
      ),
    );
  });
});

describe('the four-fifths rule', () => {
  it('flags a rate strictly below 4/5 of the highest, exactly at the boundary never', () => {
    // 29 CFR 1607.4(D) (UGESP): "less than four-fifths (4/5) … of the rate for the group with
    // the highest rate". 12/20 = 0.6 against 60/80 = 0.75 is exactly 4/5 — but in floating
    // point (12/20)/(60/80) = 0.7999999999999999, which a float comparison would flag.
    expect(12 / 20 / (60 / 80) < 0.8).toBe(true);
    const r = adverseImpact([
      { group: 'men', applicants: 80, selected: 60 },
      { group: 'women', applicants: 40, selected: 12 },
      { group: 'boundary', applicants: 20, selected: 12 },
    ]);
    expect(r.referenceGroup).toBe('men');
    const [men, women, boundary] = r.groups;
    expect(men).toMatchObject({ impactRatio: 1, adverseImpact: false, fisherP: null, zP: null });
    expect(women).toMatchObject({ rate: 0.3, adverseImpact: true });
    expect(women?.impactRatio).toBeCloseTo(0.4, 12);
    expect(boundary?.adverseImpact).toBe(false);
    // Cross-checked with scipy.stats.fisher_exact([[12, 28], [60, 20]]) = 3.4072e-6 and
    // fisher_exact([[12, 8], [60, 20]]) = 0.26420.
    expect(women?.fisherP).toBeCloseTo(3.4072379970301025e-6, 10);
    expect(boundary?.fisherP).toBeCloseTo(0.2642015759436489, 8);
  });

  it('agrees with the exact rational comparison for random counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat(),
        fc.nat(),
        (nA, nR, a, r) => {
          const sA = a % (nA + 1);
          const sR = r % (nR + 1);
          // Independent check: reduce both fractions and compare 5·sA/nA with 4·sR/nR by
          // long division in BigInt-free Number arithmetic where the products stay below 2^53.
          const lhs = 5 * sA * nR;
          const rhs = 4 * sR * nA;
          fc.pre(Number.isSafeInteger(lhs) && Number.isSafeInteger(rhs));
          expect(
            belowFourFifths({ group: 'a', applicants: nA, selected: sA }, { group: 'r', applicants: nR, selected: sR }),
          ).toBe(lhs < rhs);
        },
      ),
    );
  });

  it('stays exact when the cross products pass 2^53', () => {
    // 5 · 4e12 · (1e12 + 7) and 4 · (1e12 + 7) · 5e12 exceed 2^53; BigInt keeps them exact.
    const ref = { group: 'r', applicants: 1_000_000_000_007, selected: 1_000_000_000_007 };
    const at = { group: 'a', applicants: 5_000_000_000_000, selected: 4_000_000_000_000 };
    expect(belowFourFifths(at, ref)).toBe(false);
    expect(belowFourFifths({ ...at, selected: at.selected - 1 }, ref)).toBe(true);
  });

  it('picks the highest rate as reference and never flags it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.nat()), { minLength: 2, maxLength: 6 }),
        (rows) => {
          const groups = rows.map(([n, s], i) => ({ group: `g${i}`, applicants: n, selected: s % (n + 1) }));
          const r = adverseImpact(groups);
          const ref = groups.find((g) => g.group === r.referenceGroup);
          if (!ref) throw new Error('no reference');
          for (const g of groups) expect(g.selected * ref.applicants).toBeLessThanOrEqual(ref.selected * g.applicants);
          for (const g of r.groups) {
            if (g.fisherP !== null) expect(g.fisherP).toBeLessThanOrEqual(1);
            if (g.group === r.referenceGroup) expect(g.adverseImpact).toBe(false);
          }
        },
      ),
    );
  });

  it('refuses bad counts', () => {
    expect(() =>
      adverseImpact([
        { group: 'a', applicants: 3, selected: 4 },
        { group: 'b', applicants: 1, selected: 0 },
      ]),
    ).toThrow(/exceeds applicants/);
    expect(() =>
      adverseImpact([
        { group: 'a', applicants: 0, selected: 0 },
        { group: 'b', applicants: 1, selected: 0 },
      ]),
    ).toThrow(/at least 1/);
    expect(() => adverseImpact([{ group: 'a', applicants: 1, selected: 0 }])).toThrow(/at least 2 groups/);
  });
});
