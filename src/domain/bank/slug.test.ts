import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug.js';

describe('question ids from text', () => {
  it('makes readable kebab-case ids cut at a word boundary', () => {
    expect(slugify('How would you design a Rate Limiter?')).toBe('how-would-you-design-a-rate-limiter');
    expect(slugify('alpha beta gamma delta', 12)).toBe('alpha-beta');
  });

  it('always yields an id the question schema accepts, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(uniqueSlug(slugify(s), new Set())).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });
});
