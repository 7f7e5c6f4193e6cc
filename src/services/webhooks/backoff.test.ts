import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, nextAttemptAt } from './backoff.js';

const top = () => 0.999_999_999;

describe('backoffDelay', () => {
  it('grows exponentially from 5 s by a factor of 2 up to an hour', () => {
    const ceilings = Array.from({ length: 12 }, (_, i) => backoffDelay(i + 1, () => 1));
    expect(ceilings.slice(0, 5)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
    expect(ceilings[9]).toBe(2_560_000);
    expect(ceilings[10]).toBe(3_600_000);
    expect(ceilings[11]).toBe(3_600_000);
  });

  it('uses full jitter: a uniform share of the ceiling chosen by the injected random source', () => {
    expect(backoffDelay(1, () => 0)).toBe(0);
    expect(backoffDelay(1, () => 0.5)).toBe(2_500);
    expect(backoffDelay(3, () => 0.25)).toBe(5_000);
    expect(backoffDelay(3, top)).toBeLessThan(20_000);
    expect(backoffDelay(40, () => 0.5)).toBe(1_800_000);
  });

  it('keeps a misbehaving random source inside [0, ceiling]', () => {
    expect(backoffDelay(2, () => -1)).toBe(0);
    expect(backoffDelay(2, () => 7)).toBe(10_000);
  });

  it('rejects a failure count that is not a positive integer', () => {
    expect(() => backoffDelay(0, top)).toThrow(RangeError);
    expect(() => backoffDelay(1.5, top)).toThrow(RangeError);
  });

  it('is deterministic for a given random sequence', () => {
    const seq = (values: number[]) => {
      let i = 0;
      return () => values[i++ % values.length] ?? 0;
    };
    const a = seq([0.1, 0.7, 0.3]);
    const b = seq([0.1, 0.7, 0.3]);
    const run = (r: () => number) => [1, 2, 3, 4].map((n) => backoffDelay(n, r));
    expect(run(a)).toEqual(run(b));
  });
});

describe('nextAttemptAt', () => {
  const now = new Date('2025-01-01T00:00:00Z');

  it('schedules the next try after each failure until the attempts are used up', () => {
    expect(nextAttemptAt(now, 1, () => 0.5)?.getTime()).toBe(now.getTime() + 2_500);
    expect(nextAttemptAt(now, DEFAULT_BACKOFF.maxAttempts - 1, () => 0.5)?.getTime()).toBe(now.getTime() + 1_800_000);
    expect(nextAttemptAt(now, DEFAULT_BACKOFF.maxAttempts, () => 0.5)).toBeNull();
  });

  it('honours another policy', () => {
    const policy = { baseMs: 100, factor: 3, capMs: 1_000, maxAttempts: 3 };
    expect(nextAttemptAt(now, 2, () => 1, policy)?.getTime()).toBe(now.getTime() + 300);
    expect(nextAttemptAt(now, 3, () => 1, policy)).toBeNull();
  });
});
