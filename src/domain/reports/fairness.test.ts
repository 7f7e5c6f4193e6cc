import { describe, expect, it } from 'vitest';
import { compareGroups, demographicGroup, explainFlag, formatP } from './fairness.js';

describe('compareGroups', () => {
  it('suppresses groups below the minimum size: no numbers, and they take no part in the comparison', () => {
    const r = compareGroups(
      [
        { group: 'man', applicants: 10, selected: 5 },
        { group: 'woman', applicants: 10, selected: 6 },
        { group: 'non-binary', applicants: 4, selected: 4 },
      ],
      5,
    );
    const nb = r.groups.find((g) => g.group === 'non-binary');
    expect(nb).toEqual({
      group: 'non-binary',
      applicants: null,
      selected: null,
      rate: null,
      impactRatio: null,
      adverseImpact: false,
      fisherP: null,
      suppressed: true,
    });
    // The suppressed group had the highest rate; it is not the reference.
    expect(r.referenceGroup).toBe('woman');
    expect(r.explanation).toMatch(/No group is below four-fifths/);
    expect(r.explanation).toMatch(/1 group with fewer than 5 people is not shown/);
  });

  it('explains a flag that is not significant at a small sample size', () => {
    const r = compareGroups(
      [
        { group: 'A', applicants: 10, selected: 8 },
        { group: 'B', applicants: 10, selected: 5 },
      ],
      5,
    );
    expect(r.flagged).toBe(true);
    expect(r.explanation).toMatch(
      /B: below four-fifths \(impact ratio 0\.63\) but not statistically significant at this sample size/,
    );
  });

  it('explains a significant flag with its Fisher p', () => {
    const r = compareGroups(
      [
        { group: 'A', applicants: 40, selected: 32 },
        { group: 'B', applicants: 40, selected: 12 },
      ],
      5,
    );
    expect(r.flagged).toBe(true);
    expect(r.explanation).toMatch(
      /B: below four-fifths \(impact ratio 0\.3[78]\) and significant \(Fisher p < 0\.001\)/,
    );
  });

  it('says when fewer than two groups are large enough to compare', () => {
    const r = compareGroups(
      [
        { group: 'A', applicants: 9, selected: 3 },
        { group: 'B', applicants: 2, selected: 0 },
      ],
      5,
    );
    expect(r.flagged).toBe(false);
    expect(r.referenceGroup).toBeNull();
    expect(r.explanation).toMatch(/Only one group/);
  });
});

describe('words', () => {
  it('formats p-values and flags', () => {
    expect(formatP(0.0123)).toBe('= 0.012');
    expect(formatP(0.0004)).toBe('< 0.001');
    expect(explainFlag('X', 0.5, 0.01)).toBe(
      'X: below four-fifths (impact ratio 0.50) and significant (Fisher p = 0.01)',
    );
  });

  it('puts "prefer not to say" and blanks in no group', () => {
    expect(demographicGroup('prefer not to say')).toBeNull();
    expect(demographicGroup('Prefer-Not-To-Say')).toBeNull();
    expect(demographicGroup('  ')).toBeNull();
    expect(demographicGroup(undefined)).toBeNull();
    expect(demographicGroup(' woman ')).toBe('woman');
  });
});
