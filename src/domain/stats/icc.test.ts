import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ICC_KEYS, intraclassCorrelations } from './icc.js';

// Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges.
const SF = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('ICC on the Shrout & Fleiss (1979) data', () => {
  const r = intraclassCorrelations(SF).estimates;

  it('reproduces the coefficients Shrout & Fleiss (1979) report for their example', () => {
    // Shrout & Fleiss (1979), Psychological Bulletin 86(2), worked example on the Table 2 data: ICC(1,1) = .17,
    // ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) = .44, ICC(2,4) = .62, ICC(3,4) = .91.
    expect(r['ICC(1,1)'].value).toBeCloseTo(0.17, 2);
    expect(r['ICC(2,1)'].value).toBeCloseTo(0.29, 2);
    expect(r['ICC(3,1)'].value).toBeCloseTo(0.71, 2);
    expect(r['ICC(1,k)'].value).toBeCloseTo(0.44, 2);
    expect(r['ICC(2,k)'].value).toBeCloseTo(0.62, 2);
    expect(r['ICC(3,k)'].value).toBeCloseTo(0.91, 2);
  });

  it('reproduces R psych::ICC: F, df, p and 95% bounds', () => {
    // Output of psych::ICC(sf) as published in RExRepos "Inter-rater-reliability and
    // Intra-class-correlation" (https://github.com/dwoll/RExRepos, md/interRaterICC.md):
    //   ICC1  0.17  F 1.8  df 5 18 p 0.16477 [-0.133, 0.72]
    //   ICC2  0.29  F 11.0 df 5 15 p 0.00013 [ 0.019, 0.76]
    //   ICC3  0.71  F 11.0 df 5 15 p 0.00013 [ 0.342, 0.95]
    //   ICC1k 0.44  [-0.884, 0.91]; ICC2k 0.62 [0.071, 0.93]; ICC3k 0.91 [0.676, 0.99]
    const expected: Record<string, [number, number, number, number, number, number]> = {
      'ICC(1,1)': [1.8, 5, 18, 0.16477, -0.133, 0.72],
      'ICC(2,1)': [11.0, 5, 15, 0.00013, 0.019, 0.76],
      'ICC(3,1)': [11.0, 5, 15, 0.00013, 0.342, 0.95],
      'ICC(1,k)': [1.8, 5, 18, 0.16477, -0.884, 0.91],
      'ICC(2,k)': [11.0, 5, 15, 0.00013, 0.071, 0.93],
      'ICC(3,k)': [11.0, 5, 15, 0.00013, 0.676, 0.99],
    };
    for (const key of ICC_KEYS) {
      const [f, df1, df2, p, lo, hi] = expected[key] as [number, number, number, number, number, number];
      const e = r[key];
      expect(e.f, key).toBeCloseTo(f, 0);
      expect(e.df1, key).toBe(df1);
      expect(e.df2, key).toBe(df2);
      expect(Math.abs((e.p as number) - p), key).toBeLessThan(p < 0.001 ? 5e-6 : 5e-6);
      expect(Math.abs((e.ci95[0] as number) - lo), key).toBeLessThanOrEqual(lo === 0.019 ? 5e-4 : 5e-4);
      expect(Math.abs((e.ci95[1] as number) - hi), key).toBeLessThanOrEqual(5e-3);
    }
  });

  it('reproduces the NAG g04gac example (one-way ICC, same data)', () => {
    // NAG Library g04gac example results (https://support.nag.com/numeric/cl/nagdoc_latest/examples/baseresults/g04gace.r.html):
    // ICC 0.17, 95% CI [-0.13, 0.72], F 1.79, df 5 and 18, p-value 0.165.
    const e = r['ICC(1,1)'];
    expect(e.value).toBeCloseTo(0.17, 2);
    expect(e.ci95[0]).toBeCloseTo(-0.13, 2);
    expect(e.ci95[1]).toBeCloseTo(0.72, 2);
    expect(e.f).toBeCloseTo(1.79, 2);
    expect(e.p).toBeCloseTo(0.165, 3);
  });
});

const table = fc
  .tuple(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 2, max: 5 }))
  .chain(([n, k]) =>
    fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
  );

describe('ICC properties', () => {
  it('is invariant to the order of the raters (columns) and of the targets (rows)', () => {
    fc.assert(
      fc.property(table, fc.nat(), (rows, seed) => {
        const k = (rows[0] as number[]).length;
        const perm = [...Array(k).keys()].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        const shuffled = rows.map((row) => perm.map((j) => row[j] as number)).reverse();
        const a = intraclassCorrelations(rows).estimates;
        const b = intraclassCorrelations(shuffled).estimates;
        for (const key of ICC_KEYS) {
          const [x, y] = [a[key].value, b[key].value];
          if (x === null || y === null) expect(x === null && y === null, key).toBe(true);
          else expect(Math.abs(x - y), key).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
        }
      }),
    );
  });

  it('is 1 when every rater gives every target the same score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 10 }),
        fc.integer({ min: 2, max: 5 }),
        (scores, k) => {
          fc.pre(new Set(scores).size > 1);
          const r = intraclassCorrelations(scores.map((s) => Array(k).fill(s))).estimates;
          for (const key of ICC_KEYS) expect(r[key].value).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('reports an undefined coefficient as null, not as a huge number', () => {
    // ICC(2,k) = (BMS − EMS)/(BMS + (JMS − EMS)/n) has a zero denominator here.
    const r = intraclassCorrelations([
      [1, 3],
      [1, 2],
      [2, 1],
    ]).estimates;
    expect(r['ICC(2,k)'].value).toBeNull();
    expect(r['ICC(2,1)'].value).toBeCloseTo(-1, 12);
  });

  it('refuses too few targets or raters', () => {
    expect(() => intraclassCorrelations([[1, 2]])).toThrow(/at least 2 targets/);
    expect(() => intraclassCorrelations([[1], [2]])).toThrow(/at least 2 raters/);
  });
});
