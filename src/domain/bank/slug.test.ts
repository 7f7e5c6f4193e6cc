import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug.js';

describe('slugify', () => {
  it('makes readable kebab-case ids', () => {
    expect(slugify('How would you design a Rate Limiter?')).toBe('how-would-you-design-a-rate-limiter');
    expect(slugify('Café — idempotency & retries')).toBe('cafe-idempotency-retries');
  });

  it('cuts at a word boundary', () => {
    expect(slugify('alpha beta gamma delta', 12)).toBe('alpha-beta');
  });

  it('always yields a valid slug', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(slugify(s)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });
});

describe('uniqueSlug', () => {
  it('appends the first free number', () => {
    const taken = new Set(['q', 'q-2']);
    expect(uniqueSlug('q', (s) => taken.has(s))).toBe('q-3');
    expect(uniqueSlug('r', (s) => taken.has(s))).toBe('r');
  });
});
