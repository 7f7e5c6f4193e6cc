import { describe, expect, it } from 'vitest';
import { builtInVectors } from './built-in-vectors.js';
import { decodeWordVectors, encodeWordVectors } from './word-vectors.js';

describe('word vectors', () => {
  it('round-trips through the binary form, keeping cosines', () => {
    const bytes = encodeWordVectors(
      ['a', 'b', 'c'],
      [
        [1, 0],
        [0.9, 0.1],
        [0, 1],
      ],
      2,
    );
    const v = decodeWordVectors(bytes);
    expect(v.size).toBe(3);
    expect(v.cosine(v.indexOf('a'), v.indexOf('b'))).toBeGreaterThan(0.98);
    expect(v.cosine(v.indexOf('a'), v.indexOf('c'))).toBeCloseTo(0, 2);
    expect(v.indexOf('missing')).toBe(-1);
  });

  it('refuses a file of another format', () => {
    expect(() => decodeWordVectors(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]))).toThrow(
      /not a word-vector file/,
    );
  });

  it('ships vectors in which related words of the field sit closer than unrelated ones', () => {
    const v = builtInVectors();
    const cos = (a: string, b: string) => v.cosine(v.indexOf(a), v.indexOf(b));
    expect(cos('customer', 'client')).toBeGreaterThan(cos('customer', 'queue'));
    expect(cos('charge', 'payment')).toBeGreaterThan(cos('charge', 'team'));
  });
});
