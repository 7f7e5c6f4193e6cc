import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TQuestionDraft, ZQuestion, ZQuestionDraft } from '../../../shared/schemas/question.js';
import { CATEGORIES, DIMENSIONS, FOLLOW_UP_KINDS, LEVELS, TOPICS } from '../../../shared/schemas/vocabulary.js';
import { type BankFormat, exportQuestions, importQuestions } from './formats.js';

const FORMATS: readonly BankFormat[] = ['json', 'yaml', 'md'];

const STRONG = [
  'First I would pin down what "done" means: every retry must see the same answer.',
  '',
  'Then the schema:',
  '',
  '```sql',
  '# not a heading, a comment in a fence',
  'CREATE UNIQUE INDEX ON payments (account_id, key);',
  '```',
  '',
  '#### Weak',
  '- category: values',
  '\\ a line that starts with a backslash',
  '"A quoted line", she said.   ',
  '',
  '',
  'Two blank lines above, trailing spaces on the line before them. Ünïcödé: 日本語, עברית, 🙂.',
].join('\n');

/** A complete question that exercises every field. */
const complete = ZQuestion.parse({
  id: 'cache-stampede-hot-key',
  text: 'A hot key expires and 4,000 requests miss at once.\n\nWhat happens to the database — and what do you change?',
  category: 'technical',
  levels: ['mid', 'senior'],
  topics: ['caching', 'performance'],
  dimensions: ['fundamentals', 'system_design'],
  difficulty: 4,
  minutes: 25,
  shareInAdvance: true,
  source: 'original, adapted from "Caching at scale" (2021)',
  license: 'CC BY-SA 4.0',
  lookFor: [
    {
      id: 'names-stampede',
      text: 'Names the stampede (thundering herd) and why every miss hits the database at once.',
      dimension: 'fundamentals',
      cues: ['stampede', 'thundering herd', 'all miss'],
    },
    {
      id: 'tricky-separator',
      text: 'Explains the trade-off — cues: this text contains the separator -- cues: twice',
      dimension: 'tradeoff_reasoning',
      cues: ['a, b', '[bracket', '"quoted"', 'plain'],
    },
    {
      id: 'leading-quote',
      text: '"Single flight" or a lock per key, so one request recomputes and the rest wait.',
      dimension: 'system_design',
      cues: ['single flight', 'lock per key'],
    },
  ],
  followUps: [
    {
      id: 'lock-holder-dies',
      text: 'The request holding the lock dies (a deploy). What do the waiting requests do?',
      kind: 'failure',
      targets: ['leading-quote', 'names-stampede'],
    },
    {
      id: 'no-targets',
      text: '- starts like a list item; (has parens) and ends with space ',
      kind: 'depth',
      targets: [],
    },
  ],
  commonMistakes: ['- a mistake that looks like a list item', '1. numbered-looking mistake', '#hashtag mistake'],
  redFlags: ['\\ backslash first', '  leading spaces and a\nnewline'],
  outline: ['Clarify the load.', '2) Pick a strategy.', 'Measure: p99 and hit ratio\u2028(line separator).'],
  exampleAnswers: {
    strong: STRONG,
    weak: '   Indented weak answer: just add more Redis nodes and it will be fine, probably.\n',
  },
});

/** A draft as an organisation might hold it: only identity and classification. */
const bareDraft = ZQuestionDraft.parse({
  id: 'tell-me-about-a-conflict',
  text: 'Tell me about a time you disagreed with a teammate about a design.',
  category: 'behavioural',
  levels: ['mid'],
  topics: ['conflict'],
  dimensions: ['tradeoff_reasoning'],
});

/** A draft with part of a rubric and awkward text. */
const partialDraft = ZQuestionDraft.parse({
  id: 'draft-with-two-signals',
  text: '## Looks like a heading\n### Look for\n- category: technical\n\\backslash\n"quote\r\nwindows line end',
  category: 'values',
  levels: ['staff', 'junior'],
  topics: ['ethics', 'customer-focus'],
  dimensions: ['operational_judgment'],
  shareInAdvance: false,
  source: '"quoted source"',
  license: ' padded ',
  lookFor: [
    // ' \n' once came back from YAML as '\n' (a block scalar starting with an indented blank line).
    { id: 'sig-one', text: 'Ten chars and more.', dimension: 'debugging', cues: ['ok', 'fine', ' \n'] },
    { id: 'sig-two', text: 'Emoji 🙂 and 中文 text here', dimension: 'fundamentals', cues: ['🙂🙂', '中文'] },
  ],
  outline: ['One step only'],
  exampleAnswers: { strong: 'x', weak: '"' },
});

const FIXTURES: TQuestionDraft[] = [complete, bareDraft, partialDraft];

describe.each(FORMATS)('%s round trip', (format) => {
  it('preserves every field of complete questions and drafts', () => {
    const text = exportQuestions(FIXTURES, format);
    const result = importQuestions(text, format);
    expect(result.problems).toEqual([]);
    expect(result.questions).toStrictEqual(FIXTURES);
  });

  it('round-trips an empty bank', () => {
    expect(importQuestions(exportQuestions([], format), format)).toEqual({ questions: [], problems: [] });
  });

  it('is stable: exporting what was imported gives the same text', () => {
    const once = exportQuestions(FIXTURES, format);
    expect(exportQuestions(importQuestions(once, format).questions, format)).toBe(once);
  });

  it('round-trips the built-in bank', () => {
    const dir = join(import.meta.dirname, '../../../content/questions');
    const bank = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => ZQuestionDraft.array().parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
    expect(bank.length).toBeGreaterThan(0);
    const result = importQuestions(exportQuestions(bank, format), format);
    expect(result.problems).toEqual([]);
    expect(result.questions).toStrictEqual(bank);
  });
});

// ---- property-based round trip ----

/** Pieces that collide with the Markdown layout, mixed with arbitrary text. */
const NASTY = [
  '- ',
  '# ',
  '## ',
  '### ',
  '#### Strong',
  '\\',
  '"',
  ' — cues: ',
  '-- cues:',
  '[',
  ']',
  '(',
  ')',
  ',',
  ';',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '\r\n',
  '\u2028',
  '\uFEFF',
  'é',
  '🙂',
  '中文',
  '- category: ',
  '1. ',
  '```',
  '<!-- caliper-questions v1 -->',
  '; targets: ',
  'word',
  ': ',
  '---',
  '&',
  '*',
];

function textOf(min: number, max: number): fc.Arbitrary<string> {
  const pieces = fc
    .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ minLength: 1, maxLength: 10 })), { maxLength: 40 })
    .map((parts) => parts.join(''));
  const anyUnicode = fc.string({ unit: 'binary', maxLength: Math.min(max, 300) });
  // The schema counts code points, not UTF-16 units.
  return fc.oneof(pieces, anyUnicode).map((s) => {
    const points = [...s];
    return points.length < min ? s + 'x'.repeat(min - points.length) : points.slice(0, max).join('');
  });
}

const slugArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('-'))
  .filter((s) => s.length >= 3);

const signalArb = fc.record({
  id: slugArb,
  text: textOf(10, 400),
  dimension: fc.constantFrom(...DIMENSIONS),
  cues: fc.array(textOf(2, 60), { minLength: 2, maxLength: 5 }),
});

const followUpArb = fc.record({
  id: slugArb,
  text: textOf(10, 400),
  kind: fc.constantFrom(...FOLLOW_UP_KINDS),
  targets: fc.array(slugArb, { maxLength: 3 }),
});

const questionArb = fc
  .record(
    {
      id: slugArb,
      text: textOf(15, 1200),
      category: fc.constantFrom(...CATEGORIES),
      levels: fc.array(fc.constantFrom(...LEVELS), { minLength: 1, maxLength: 3 }),
      topics: fc.array(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 3 }),
      dimensions: fc.array(fc.constantFrom(...DIMENSIONS), { minLength: 1, maxLength: 3 }),
      difficulty: fc.integer({ min: 1, max: 5 }),
      minutes: fc.integer({ min: 2, max: 120 }),
      shareInAdvance: fc.boolean(),
      source: textOf(2, 300),
      license: textOf(2, 100),
      lookFor: fc.array(signalArb, { maxLength: 4 }),
      followUps: fc.array(followUpArb, { maxLength: 3 }),
      commonMistakes: fc.array(textOf(5, 400), { maxLength: 3 }),
      redFlags: fc.array(textOf(5, 300), { maxLength: 2 }),
      outline: fc.array(textOf(3, 300), { maxLength: 4 }),
      exampleAnswers: fc.record({ strong: textOf(1, 6000), weak: textOf(1, 3000) }),
    },
    { requiredKeys: ['id', 'text', 'category', 'levels', 'topics', 'dimensions', 'difficulty', 'minutes'] },
  )
  .map((q) => ZQuestionDraft.parse(q));

describe('property: any valid questions survive export and import', () => {
  it.each(FORMATS)('%s', (format) => {
    fc.assert(
      fc.property(fc.uniqueArray(questionArb, { maxLength: 3, selector: (q) => q.id }), (questions) => {
        const result = importQuestions(exportQuestions(questions, format), format);
        expect(result.problems).toEqual([]);
        expect(result.questions).toStrictEqual(questions);
      }),
      // FC_RUNS=5000 for a deeper search locally; 300 keeps the unit suite fast.
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
