import { describe, expect, it } from 'vitest';
import { analyse } from './nlp.js';
import { polarityOf } from './polarity.js';

/** The words of `text` the speaker denies, in order. */
function denied(text: string): string[] {
  const a = analyse(text);
  const p = polarityOf(a);
  return a.tokens.filter((t, i) => t.kind === 'word' && p.sign[i] === -1).map((t) => t.norm);
}

describe('polarity', () => {
  it('denies what follows a negator, to the end of its clause', () => {
    expect(denied('We would not add a cache, we measure first.')).toEqual(['add', 'a', 'cache']);
  });

  it('denies the whole clause around a dismissive word', () => {
    expect(denied('A unique constraint is overkill here.')).toEqual(['a', 'unique', 'constraint', 'is', 'here']);
    expect(denied("I don't think a ticket is necessary")).toContain('ticket');
  });

  it('treats what follows "instead of" and "rather than" as rejected', () => {
    const words = denied('Partition by account instead of a global queue.');
    expect(words).toEqual(expect.arrayContaining(['global', 'queue']));
    expect(words).not.toContain('partition');
    expect(denied('I chose a lease rather than a lock.')).toEqual(expect.arrayContaining(['lock']));
  });

  it('ends a negation at the connectors people speak in, so unpunctuated speech is not all denied', () => {
    const words = denied("um we didn't have tests so we added characterization tests around the billing code");
    expect(words).toEqual(['have', 'tests']);
  });

  it('does not deny after "not only" or "no matter"', () => {
    expect(denied('It is not only fast but correct, no matter the load.')).toEqual([]);
  });
});
