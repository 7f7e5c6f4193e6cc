/**
 * Test support for the loop composer's tests (not used by production code): a builder for the
 * few question fields the composer reads, and a fast-check arbitrary for whole generated banks.
 */
import fc from 'fast-check';
import { CATEGORIES, DIMENSIONS, LEVELS, TOPICS } from '../../shared/schemas/vocabulary.js';
import type { TQuestionLike } from './types.js';

/** A question with sensible defaults (technical, every level, 3 signals); override any field. */
export function question(id: string, overrides: Partial<TQuestionLike> = {}): TQuestionLike {
  return {
    id,
    category: 'technical',
    levels: [...LEVELS],
    topics: ['http'],
    dimensions: ['fundamentals'],
    minutes: 10,
    lookFor: ['signal-a', 'signal-b', 'signal-c'],
    ...overrides,
  };
}

/** Any question the draft schema could hold: 2–60 minutes, 0–5 signals, shared or not or unset. */
export const arbQuestion = (id: string): fc.Arbitrary<TQuestionLike> =>
  fc
    .record({
      category: fc.constantFrom(...CATEGORIES),
      levels: fc.subarray([...LEVELS], { minLength: 1 }),
      topics: fc.subarray([...TOPICS], { minLength: 1, maxLength: 4 }),
      dimensions: fc.shuffledSubarray([...DIMENSIONS], { minLength: 1, maxLength: 3 }),
      minutes: fc.integer({ min: 2, max: 60 }),
      shareInAdvance: fc.option(fc.boolean(), { nil: undefined }),
      signals: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ signals, ...rest }) => ({ id, ...rest, lookFor: Array.from({ length: signals }, (_, i) => `s${i}`) }));

/** A bank of 0–80 generated questions with unique ids. */
export const arbBank: fc.Arbitrary<TQuestionLike[]> = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{3,8}-[a-z0-9]{1,6}$/), { maxLength: 80 })
  .chain((ids) => (ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(arbQuestion))));
