import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../slug.js';
import { detectFormat, exportQuestions, importQuestions } from './formats.js';

const VALID = {
  id: 'explain-cap',
  text: 'Explain the CAP theorem with an example from a system you know.',
  category: 'technical',
  levels: ['mid'],
  topics: ['consistency'],
  dimensions: ['fundamentals'],
};

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}

describe('detectFormat', () => {
  it.each([
    ['bank.json', 'json'],
    ['bank.YAML', 'yaml'],
    ['dir.v2/bank.yml', 'yaml'],
    ['README.md', 'md'],
    ['questions.markdown', 'md'],
    ['notes.txt', undefined],
    ['json', undefined],
    ['archive.json.gz', undefined],
  ])('%s -> %s', (name, format) => {
    expect(detectFormat(name)).toBe(format);
  });
});

describe('whole-file errors', () => {
  it('reports a JSON syntax error on one line with its line number', () => {
    const text = '[\n  {\n    "id": "explain-cap",\n    "text": "x",,\n  }\n]';
    const error = errorOf(() => importQuestions(text, 'json'));
    expect(error.message).toMatch(/^line 4: /);
    expect(error.message).not.toContain('\n');
  });

  it('reports truncated JSON at its last line', () => {
    expect(errorOf(() => importQuestions('[\n  {\n    "id": "a"', 'json')).message).toMatch(/^line 3: /);
    expect(errorOf(() => importQuestions('[\n', 'json')).message).toBe('line 2: Unexpected end of JSON input');
  });

  it('reports a YAML syntax error on one line with its line number', () => {
    const text = '- id: explain-cap\n  text: ok\n- id: other\n  text: [unclosed\n  category: technical\n';
    const error = errorOf(() => importQuestions(text, 'yaml'));
    expect(error.message).toMatch(/^line \d+: \S/);
    expect(error.message).not.toContain('\n');
    const nested = errorOf(() => importQuestions('- id: a: b\n', 'yaml'));
    expect(nested.message).toBe('line 1: Nested mappings are not allowed in compact mappings');
  });

  it('rejects a top level that is not a list, and an empty file', () => {
    expect(errorOf(() => importQuestions('{"id": "x"}', 'json')).message).toBe(
      'expected a list of questions at the top level, found an object',
    );
    expect(errorOf(() => importQuestions('just a string', 'yaml')).message).toBe(
      'expected a list of questions at the top level, found a string',
    );
    expect(errorOf(() => importQuestions('  \n', 'json')).message).toBe('the file is empty');
    expect(errorOf(() => importQuestions('', 'yaml')).message).toBe('the file is empty');
  });
});

describe('per-question problems', () => {
  const file = [
    VALID,
    { ...VALID, id: 'bad-category', category: 'trivia' },
    {
      ...VALID,
      id: 'bad-signal',
      lookFor: [{ id: 'sig', text: 'Long enough text.', dimension: 'fundamentals', cues: ['one'] }],
    },
    { ...VALID, id: 'no-text', text: undefined },
    { ...VALID, id: 'typo', look_for: [] },
    {
      ...VALID,
      id: 'typo-nested',
      followUps: [{ id: 'fu-one', text: 'A follow-up text.', kind: 'depth', target: ['x'] }],
    },
    { ...VALID },
    'not an object',
  ];

  it.each(['json', 'yaml'] as const)('%s: keeps valid questions and names the failing field', (format) => {
    const text = format === 'json' ? JSON.stringify(file) : exportYamlLike(file);
    const result = importQuestions(text, format);
    expect(result.questions.map((q) => q.id)).toEqual(['explain-cap']);
    const byIndex = (i: number): string[] => result.problems.filter((p) => p.index === i).map((p) => p.message);
    expect(byIndex(1)[0]).toMatch(/^category: Invalid option/);
    expect(byIndex(2)).toEqual(['lookFor[0].cues: Too small: expected array to have >=2 items']);
    expect(byIndex(3)[0]).toMatch(/^text: Invalid input: expected string/);
    expect(byIndex(4)).toEqual(['look_for: unknown field']);
    expect(byIndex(5)).toEqual(['followUps[0].target: unknown field']);
    expect(byIndex(6)).toEqual(['id: "explain-cap" is already used by question 0']);
    expect(byIndex(7)[0]).toMatch(/^question: Invalid input: expected object/);
    expect(result.problems.find((p) => p.index === 1)?.questionId).toBe('bad-category');
    expect(result.problems.find((p) => p.index === 7)?.questionId).toBeUndefined();
  });

  it('fills defaults, and sourceName only where the file gives no source', () => {
    const text = JSON.stringify([VALID, { ...VALID, id: 'has-source', source: 'book' }]);
    const [a, b] = importQuestions(text, 'json', { sourceName: 'legacy-bank.json' }).questions;
    expect(a).toMatchObject({ difficulty: 3, minutes: 10, source: 'legacy-bank.json', license: 'proprietary' });
    expect(a?.lookFor).toEqual([]);
    expect(b?.source).toBe('book');
    expect(importQuestions(JSON.stringify([VALID]), 'json').questions[0]?.source).toBe('original');
  });

  it('ignores the fields a question detail adds, so API output can be re-imported', () => {
    const detail = { ...VALID, version: 3, builtIn: false, needsSignals: true, retired: false };
    const result = importQuestions(JSON.stringify([detail]), 'json');
    expect(result.problems).toEqual([]);
    expect(result.questions[0]).not.toHaveProperty('version');
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    expect(
      importQuestions(`\uFEFF${JSON.stringify([VALID], null, 2).replace(/\n/g, '\r\n')}`, 'json').questions,
    ).toHaveLength(1);
  });
});

describe('export', () => {
  it('writes fields in schema order whatever order the object has', () => {
    const [q] = importQuestions(JSON.stringify([VALID]), 'json').questions;
    if (!q) throw new Error('no question');
    const shuffled = Object.fromEntries(Object.entries(q).reverse()) as typeof q;
    expect(exportQuestions([shuffled], 'json')).toBe(exportQuestions([q], 'json'));
    expect(Object.keys(JSON.parse(exportQuestions([shuffled], 'json'))[0]).slice(0, 3)).toEqual([
      'id',
      'text',
      'category',
    ]);
  });
});

describe('slugify', () => {
  it('makes kebab-case ASCII slugs', () => {
    expect(slugify("What's a café's “best” cache-key strategy?")).toBe('whats-a-cafes-best-cache-key-strategy');
    expect(slugify('Q&A: TCP vs. UDP')).toBe('q-and-a-tcp-vs-udp');
    expect(slugify('???')).toBe('');
  });

  it('cuts at a word boundary within the limit', () => {
    const slug = slugify('How would you design a globally distributed rate limiter for a public API?');
    expect(slug).toBe('how-would-you-design-a-globally-distributed-rate-limiter-for');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify('a'.repeat(80))).toHaveLength(60);
  });

  it('de-duplicates with numbered suffixes, staying within the limit', () => {
    const taken = new Set<string>();
    expect(uniqueSlug('cache', taken)).toBe('cache');
    expect(uniqueSlug('cache', taken)).toBe('cache-2');
    expect(uniqueSlug('cache', taken)).toBe('cache-3');
    const long = 'x'.repeat(60);
    expect(uniqueSlug(long, taken)).toBe(long);
    expect(uniqueSlug(long, taken)).toBe(`${'x'.repeat(58)}-2`);
    expect(uniqueSlug('', taken)).toBe('question');
  });
});

/** YAML for the fixture, written by hand so the test does not depend on the exporter. */
function exportYamlLike(items: readonly unknown[]): string {
  return items.map((item) => `- ${JSON.stringify(item)}`).join('\n');
}
