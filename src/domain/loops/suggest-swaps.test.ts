import { describe, expect, it } from 'vitest';
import { buildQuestion } from '../../test/factories.js';
import { suggestSwaps } from './suggest-swaps.js';

const q = (id: string, extra: Partial<ReturnType<typeof buildQuestion>> = {}) => buildQuestion({ id, ...extra });

describe('suggestSwaps', () => {
  const target = q('target', { dimensions: ['debugging'], minutes: 15 });
  const bank = [
    target,
    q('same-cat-close', { dimensions: ['debugging', 'fundamentals'], minutes: 14 }),
    q('same-cat-far', { dimensions: ['debugging'], minutes: 40 }),
    q('other-cat', { dimensions: ['debugging'], category: 'situational', minutes: 15 }),
    q('wrong-dimension', { dimensions: ['system_design'], minutes: 15 }),
    q('wrong-level', { dimensions: ['debugging'], levels: ['staff'], minutes: 15 }),
    q('already-used', { dimensions: ['debugging'], minutes: 15 }),
  ];

  it('offers questions on the same dimension and level, same category and length first', () => {
    const ids = suggestSwaps(target, 'debugging', bank, new Set(['already-used']), 'mid').map((s) => s.question.id);
    expect(ids).toEqual(['same-cat-close', 'same-cat-far', 'other-cat']);
  });

  it('says why, and warns when the category differs', () => {
    const [first, , third] = suggestSwaps(target, 'debugging', bank, new Set(['already-used']), 'mid');
    expect(first?.reason).toContain('same category');
    expect(third?.reason).toContain('check the kit balance');
  });
});
