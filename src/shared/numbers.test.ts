import { describe, expect, it } from 'vitest';
import { mean, round1 } from './numbers.js';

describe('numbers', () => {
  it('rounds scores to one decimal', () => {
    expect(round1(3.449)).toBe(3.4);
    expect(round1(3.45)).toBe(3.5);
    expect(round1(-0.26)).toBe(-0.3);
  });

  it('means nothing for no values rather than zero', () => {
    expect(mean([])).toBeNull();
    expect(mean([2, 4, 5])).toBeCloseTo(11 / 3);
  });
});
