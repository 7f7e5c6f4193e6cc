import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../shared/schemas/vocabulary.js';
import { BAND_ANCHORS_USD, checkBand, GAUNTLET_MIN_QUESTIONS, levelsForBand } from './band-check.js';

const light = [['http'], ['databases'], ['testing']];
const heavy = (n: number) => Array.from({ length: n }, () => ['distributed-systems', 'queues']);

describe('checkBand', () => {
  it.each(LEVELS)('accepts the %s anchor itself', (level) => {
    const a = BAND_ANCHORS_USD[level];
    expect(checkBand(level, { min: a.min, max: a.max ?? 320_000 }, light)).toEqual([]);
  });

  it('flags a staff loop on a junior band as below the staff anchor', () => {
    const [warning] = checkBand('staff', { min: 90_000, max: 120_000 }, light);
    expect(warning?.code).toBe('band-level-mismatch');
    expect(warning?.message).toMatch(/reads as junior/);
    expect(warning?.message).toMatch(/below the staff anchor of \$220–320K\+/);
  });

  it('flags a junior loop on a senior band as above the junior anchor', () => {
    const [warning] = checkBand('junior', { min: 170_000, max: 230_000 }, light);
    expect(warning?.message).toMatch(/above the junior anchor/);
  });

  it(`flags a junior band with ${GAUNTLET_MIN_QUESTIONS}+ distributed-systems questions, and not fewer`, () => {
    const band = { min: 95_000, max: 115_000 };
    expect(checkBand('junior', band, [...light, ...heavy(GAUNTLET_MIN_QUESTIONS)])[0]?.message).toMatch(/gauntlet/);
    expect(checkBand('junior', band, [...light, ...heavy(GAUNTLET_MIN_QUESTIONS - 1)])).toEqual([]);
  });

  it('expects distributed systems on a senior band', () => {
    expect(checkBand('senior', { min: 180_000, max: 220_000 }, heavy(6))).toEqual([]);
  });

  it('reports one warning, not two, for a wrong level that is also a gauntlet', () => {
    expect(checkBand('staff', { min: 90_000, max: 120_000 }, heavy(6))).toHaveLength(1);
  });

  it('does not compare a band in another currency with the US anchors', () => {
    expect(checkBand('staff', { min: 90_000, max: 120_000, currency: 'EUR' }, light)).toEqual([]);
    expect(checkBand('staff', { min: 90_000, max: 120_000, currency: 'usd' }, light)).toHaveLength(1);
  });

  it.each([
    { min: 0, max: 100_000 },
    { min: 150_000, max: 100_000 },
    { min: Number.NaN, max: 100_000 },
  ])('rejects the band %j', (band) => {
    expect(() => checkBand('mid', band, light)).toThrow(RangeError);
  });

  it('never warns for a band inside the loop level anchor (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.double({ min: 0, max: 1, noNaN: true }), (level, t) => {
        const a = BAND_ANCHORS_USD[level];
        const top = a.max ?? 320_000;
        const mid = a.min + (top - a.min) * t;
        return checkBand(level, { min: mid - 1000, max: mid + 1000 }, light).length === 0;
      }),
    );
  });
});

describe('levelsForBand', () => {
  it('reads an overlapping band as both levels', () => {
    expect(levelsForBand({ min: 160_000, max: 175_000 })).toEqual(['mid', 'senior']);
  });

  it('reads a band between anchors as the nearest one', () => {
    expect(levelsForBand({ min: 120_000, max: 124_000 })).toEqual(['junior']);
    expect(levelsForBand({ min: 122_000, max: 128_000 })).toEqual(['mid']);
  });

  it('reads anything above staff as staff and anything below junior as junior', () => {
    expect(levelsForBand({ min: 400_000, max: 600_000 })).toEqual(['staff']);
    expect(levelsForBand({ min: 40_000, max: 60_000 })).toEqual(['junior']);
  });
});
