import { describe, expect, it } from 'vitest';
import { DIMENSIONS, LEVELS } from '../../shared/schemas/vocabulary.js';
import { anchorFor, loadRubric, type Score, weightedComposite, weightsFor } from './rubric.js';

const SCORES: readonly Score[] = [1, 2, 3, 4, 5];
const rubric = loadRubric();

describe('loadRubric', () => {
  it('parses the shipped file once and returns the cached value afterwards', () => {
    expect(loadRubric()).toBe(rubric);
    expect(rubric.source).toBe('original');
    expect(rubric.license).toBe('MIT');
    expect(rubric.version).toBe(1);
  });

  it('describes every dimension of the vocabulary exactly once', () => {
    expect(rubric.dimensions.map((d) => d.id).sort()).toEqual([...DIMENSIONS].sort());
  });

  it('explains that not assessed is not a zero', () => {
    expect(rubric.notAssessed.toLowerCase()).toContain('not a zero');
  });
});

describe('weightsFor', () => {
  it.each(LEVELS)('weights for %s sum to 1', (level) => {
    const sum = Object.values(weightsFor(rubric, level)).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
  });

  it('ships the design defaults: junior = mid, staff = senior', () => {
    expect(weightsFor(rubric, 'junior')).toEqual(weightsFor(rubric, 'mid'));
    expect(weightsFor(rubric, 'staff')).toEqual(weightsFor(rubric, 'senior'));
    expect(weightsFor(rubric, 'mid').fundamentals).toBe(0.3);
    expect(weightsFor(rubric, 'senior').system_design).toBe(0.35);
  });
});

describe('anchorFor', () => {
  it('has a substantive anchor for every level, dimension and score', () => {
    for (const level of LEVELS)
      for (const dimension of DIMENSIONS)
        for (const score of SCORES) expect(anchorFor(rubric, level, dimension, score).length).toBeGreaterThan(40);
  });

  it('writes a different anchor for each level (a 4 for a mid is not a 4 for staff)', () => {
    for (const dimension of DIMENSIONS)
      for (const score of SCORES) {
        const texts = LEVELS.map((level) => anchorFor(rubric, level, dimension, score));
        expect(new Set(texts).size).toBe(LEVELS.length);
      }
  });

  it('rejects a score off the scale', () => {
    expect(() => anchorFor(rubric, 'mid', 'debugging', 0)).toThrow(RangeError);
    expect(() => anchorFor(rubric, 'mid', 'debugging', 2.5)).toThrow(RangeError);
  });
});

describe('weightedComposite', () => {
  it('is the plain weighted mean when every dimension is assessed', () => {
    const all = { fundamentals: 4, system_design: 3, debugging: 5, operational_judgment: 2, tradeoff_reasoning: 4 };
    // mid: 0.3*4 + 0.25*3 + 0.25*5 + 0.1*2 + 0.1*4 = 3.8
    expect(weightedComposite(rubric, 'mid', all)).toBeCloseTo(3.8, 12);
  });

  it('renormalises the weights over the assessed dimensions', () => {
    // mid: fundamentals 0.3 and debugging 0.25 -> (0.3*4 + 0.25*2) / 0.55
    const got = weightedComposite(rubric, 'mid', { fundamentals: 4, debugging: 2 });
    expect(got).toBeCloseTo((0.3 * 4 + 0.25 * 2) / 0.55, 12);
  });

  it('treats not assessed (null or missing) as absent, never as zero', () => {
    const assessedOnce = weightedComposite(rubric, 'senior', { system_design: 4 });
    expect(assessedOnce).toBe(4);
    const withNulls = weightedComposite(rubric, 'senior', {
      fundamentals: null,
      system_design: 4,
      debugging: null,
      operational_judgment: undefined,
      tradeoff_reasoning: null,
    });
    expect(withNulls).toBe(4);
    // If null were a zero the composite would be dragged far below every real score.
    expect(withNulls).toBeGreaterThan(1);
  });

  it('returns null when nothing was assessed', () => {
    expect(weightedComposite(rubric, 'mid', {})).toBeNull();
    expect(weightedComposite(rubric, 'staff', { fundamentals: null })).toBeNull();
  });

  it('leans on system design more for a senior than for a mid', () => {
    const strongDesign = {
      fundamentals: 2,
      system_design: 5,
      debugging: 3,
      operational_judgment: 3,
      tradeoff_reasoning: 3,
    };
    const senior = weightedComposite(rubric, 'senior', strongDesign);
    const mid = weightedComposite(rubric, 'mid', strongDesign);
    expect(senior).not.toBeNull();
    expect(mid).not.toBeNull();
    expect(senior as number).toBeGreaterThan(mid as number);
    // and the mid composite rewards fundamentals more than the senior one does
    const strongFundamentals = { ...strongDesign, fundamentals: 5, system_design: 2 };
    expect(weightedComposite(rubric, 'mid', strongFundamentals) as number).toBeGreaterThan(
      weightedComposite(rubric, 'senior', strongFundamentals) as number,
    );
  });

  it('rejects a score off the scale rather than silently averaging it', () => {
    expect(() => weightedComposite(rubric, 'mid', { fundamentals: 7 })).toThrow(RangeError);
    expect(() => weightedComposite(rubric, 'mid', { fundamentals: 0 })).toThrow(RangeError);
    expect(() => weightedComposite(rubric, 'mid', { fundamentals: Number.NaN })).toThrow(RangeError);
  });
});
