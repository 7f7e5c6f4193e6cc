import { describe, expect, it } from 'vitest';
import { compileCue, findCue, indexCues } from './cues.js';
import { magnitudes } from './features.js';
import { analyse, sentenceText, tokeniseOnly } from './nlp.js';

function matches(answer: string, cue: string): Array<{ text: string; negated: boolean }> {
  const analysis = analyse(answer);
  return findCue(indexCues(analysis), compileCue(cue)).map((m) => ({
    text: answer.slice(analysis.tokens[m.tokenStart]?.start, analysis.tokens[m.tokenEnd - 1]?.end),
    negated: m.negated,
  }));
}

describe('analyse', () => {
  it('gives every token offsets into the original text', () => {
    const text = 'We can’t retry 1,500 requests; it’s “fine”.\n- next line';
    const a = analyse(text);
    for (const t of a.tokens) expect(text.slice(t.start, t.end).length).toBe(t.value.length);
    expect(a.tokens.find((t) => t.norm === '1500')).toBeDefined();
  });

  it('ends a sentence at a line break and keeps dotted identifiers whole', () => {
    const text = 'We read res.headers.age in the client\n- bullet one\nThe p99 was 250ms. Then it fell.';
    const a = analyse(text);
    expect(a.sentences.map((s) => sentenceText(a, s.index))).toEqual([
      'We read res.headers.age in the client',
      '- bullet one',
      'The p99 was 250ms.',
      'Then it fell.',
    ]);
  });

  it('marks negation, stopping at a scope breaker', () => {
    const a = analyse('I would not add Redis before measuring. Nobody should add a cache.');
    const negated = (word: string) => a.tokens.find((t) => t.norm === word)?.negated;
    expect(negated('redis')).toBe(true);
    expect(negated('measuring')).toBe(false);
    expect(negated('cache')).toBe(true);
  });

  it('never throws and returns nothing for an empty answer', () => {
    expect(analyse('').sentences).toEqual([]);
    expect(analyse('   \n\n ').words).toBe(0);
  });

  it('tokenises plainly for the benchmark baseline', () => {
    expect(tokeniseOnly('It is 1,500 rps.')).toEqual(['It', 'is', '1,500', 'rps', '.']);
  });
});

describe('cue matching', () => {
  it('matches lemmas as a contiguous run', () => {
    expect(matches('We stored responses and replayed them.', 'stored response')).toEqual([
      { text: 'stored responses', negated: false },
    ]);
    expect(matches('The key is unique. Constraint checks follow.', 'unique constraint')).toEqual([]);
  });

  it('reads snake_case, dotted identifiers and hyphens as words', () => {
    expect(matches('We drop date_of_birth from the export.', 'date of birth')).toHaveLength(1);
    expect(matches('It reads res.headers.age first.', 'headers age')).toHaveLength(1);
    expect(matches('Send Retry-After: 30 with the 429.', 'retry after')).toHaveLength(1);
  });

  it('normalises digit grouping and times', () => {
    expect(matches('We see 1,500 writes per second.', '1500')).toHaveLength(1);
    expect(matches('The deploy went out at 14:10.', '14 10')).toHaveLength(1);
  });

  it('understands contractions in answers and in cues', () => {
    expect(matches("I don't know, but I'd check with dig.", 'i don t know')).toHaveLength(1);
    expect(matches("I should've checked the old clients.", 'i should have')).toHaveLength(1);
  });

  it('matches inflections and British spellings', () => {
    expect(matches('We deduped events before denormalising them.', 'dedupe')).toHaveLength(1);
    expect(matches('We denormalise the total into orders.', 'denormalize')).toHaveLength(1);
  });

  it('flags a negated match unless the cue itself is negative', () => {
    expect(matches('We did not add a unique constraint.', 'unique constraint')).toEqual([
      { text: 'unique constraint', negated: true },
    ]);
    expect(matches('I would not run the query for them.', 'not run the query')[0]?.negated).toBe(false);
  });

  it('does not cross a comma or a line break', () => {
    expect(matches('Idempotency, key rotation.', 'idempotency key')).toEqual([]);
    expect(matches('idempotency\nkey', 'idempotency key')).toEqual([]);
  });
});

describe('magnitudes', () => {
  it('finds numbers with units, percentages, money and multipliers', () => {
    const text = 'p99 went from 120 ms to 400 ms, 3% of 2,300 requests, $300, 5x, two weeks.';
    expect(magnitudes(analyse(text)).length).toBeGreaterThanOrEqual(6);
  });

  it('ignores bare years and lone numbers', () => {
    expect(magnitudes(analyse('In 2019 we moved, and one of them stayed.'))).toEqual([]);
  });
});
