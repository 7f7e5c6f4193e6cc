import { describe, expect, it } from 'vitest';
import { type TQuestionDraft, ZQuestionDraft } from '../../../shared/schemas/question.js';
import { exportQuestions, importQuestions } from './formats.js';
import { decodeBlock, decodeInline, encodeBlock, encodeInline } from './markdown-escape.js';

function draft(extra: Partial<TQuestionDraft> = {}): TQuestionDraft {
  return ZQuestionDraft.parse({
    id: 'retry-storm',
    text: 'A slow dependency triggers a retry storm. What do you change first?',
    category: 'situational',
    levels: ['senior'],
    topics: ['resilience'],
    dimensions: ['operational_judgment'],
    ...extra,
  });
}

function roundTrip(questions: TQuestionDraft[]): TQuestionDraft[] {
  const result = importQuestions(exportQuestions(questions, 'md'), 'md');
  expect(result.problems).toEqual([]);
  return result.questions;
}

describe('structured Markdown export', () => {
  it('writes a readable document', () => {
    const q = draft({
      shareInAdvance: false,
      lookFor: [
        {
          id: 'caps-retries',
          text: 'Caps retries with a budget and backs off with jitter.',
          dimension: 'fundamentals',
          cues: ['retry budget', 'jitter', 'backoff'],
        },
      ],
      followUps: [
        {
          id: 'still-down',
          text: 'The dependency stays down for an hour.',
          kind: 'failure',
          targets: ['caps-retries'],
        },
      ],
      outline: ['Stop the bleeding.', 'Find the trigger.'],
      exampleAnswers: { strong: 'First paragraph.\n\nSecond paragraph.', weak: 'Add more servers.' },
    });
    expect(exportQuestions([q], 'md')).toBe(
      [
        '<!-- caliper-questions v1 -->',
        '# Interview questions',
        '',
        '## retry-storm',
        '',
        'A slow dependency triggers a retry storm. What do you change first?',
        '',
        '- category: situational',
        '- levels: senior',
        '- topics: resilience',
        '- dimensions: operational_judgment',
        '- difficulty: 3',
        '- minutes: 10',
        '- shareInAdvance: false',
        '- source: original',
        '- license: proprietary',
        '',
        '### Look for',
        '',
        '- [caps-retries] (fundamentals) Caps retries with a budget and backs off with jitter. — cues: retry budget, jitter, backoff',
        '',
        '### Follow-ups',
        '',
        '- [still-down] (failure; targets: caps-retries) The dependency stays down for an hour.',
        '',
        '### Outline',
        '',
        '1. Stop the bleeding.',
        '2. Find the trigger.',
        '',
        '### Example answers',
        '',
        '#### Strong',
        '',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
        '#### Weak',
        '',
        'Add more servers.',
        '',
      ].join('\n'),
    );
  });

  it('omits shareInAdvance when it is left to the category, and keeps it absent on import', () => {
    const [back] = roundTrip([draft()]);
    expect(exportQuestions([draft()], 'md')).not.toContain('shareInAdvance');
    expect(back).not.toHaveProperty('shareInAdvance');
  });
});

describe('escaping', () => {
  it('backslash-escapes lines of a block that would read as markup, and only those', () => {
    const text = '## heading\n- category: values\n\\path\n"quote"\n- a normal list item\nplain';
    expect(encodeBlock(text)).toEqual([
      '\\## heading',
      '\\- category: values',
      '\\\\path',
      '\\"quote"',
      '- a normal list item',
      'plain',
    ]);
    expect(decodeBlock(encodeBlock(text))).toBe(text);
  });

  it('quotes a block that starts or ends with white space or holds control characters', () => {
    for (const text of ['  indented', 'ends with newline\n', 'has\r\ncarriage return', 'bell\u0007']) {
      expect(encodeBlock(text)).toHaveLength(1);
      expect(encodeBlock(text)[0]).toMatch(/^".*"$/);
      expect(decodeBlock(['', ...encodeBlock(text), ''])).toBe(text);
    }
  });

  it('quotes a signal text containing the cues separator', () => {
    const text = 'Says "it depends" — cues: then explains';
    const q = draft({
      lookFor: [{ id: 'sig', text, dimension: 'fundamentals', cues: ['x,y', 'zz'] }],
    });
    const md = exportQuestions([q], 'md');
    expect(md).toContain(`- [sig] (fundamentals) ${JSON.stringify(text)} — cues: ["x,y","zz"]`);
    expect(roundTrip([q])).toStrictEqual([q]);
  });

  it('round-trips list items that look like markup', () => {
    const q = draft({
      commonMistakes: ['- nested dash', '1. numbered', '### heading-like', '"quoted"', '\\slash', ' lead space'],
      redFlags: ['[link](http://example.com) shaped', 'line\nbreak'],
      outline: ['2) step', '* star', '| table |'],
    });
    expect(encodeInline('"quoted"')).toBe('\\"quoted"');
    expect(encodeInline(' lead space')).toBe('" lead space"');
    expect(decodeInline('\\"quoted"')).toBe('"quoted"');
    expect(roundTrip([q])).toStrictEqual([q]);
  });

  it('round-trips example answers containing headings of the format itself', () => {
    const q = draft({
      exampleAnswers: { strong: 'Intro\n\n#### Weak\n\n### Look for\n\n## another-id\n\nEnd', weak: '#### Strong' },
    });
    expect(roundTrip([q])).toStrictEqual([q]);
  });
});

describe('structured Markdown import', () => {
  it('accepts hand edits: -- for the dash, wrapped list items, section title variants', () => {
    const text = [
      '## hand-written',
      '',
      'Someone wrote this question by hand in an editor.',
      '',
      '- category: technical',
      '- levels: mid,senior',
      '- topics: caching',
      '- dimensions: fundamentals',
      '',
      '### Look For',
      '',
      '- [sig-one] (fundamentals) Explains invalidation on write -- cues: invalidate, on write',
      '- [sig-two] (debugging) Reads the cache hit ratio before',
      '  changing anything. — cues: hit ratio, measure',
      '',
      '### Follow ups',
      '',
      '* [why] (depth) Why that order?',
    ].join('\n');
    const result = importQuestions(text, 'md', { sourceName: 'team-wiki' });
    expect(result.problems).toEqual([]);
    const [q] = result.questions;
    expect(q?.levels).toEqual(['mid', 'senior']);
    expect(q?.source).toBe('team-wiki');
    expect(q?.lookFor[1]).toEqual({
      id: 'sig-two',
      text: 'Reads the cache hit ratio before changing anything.',
      dimension: 'debugging',
      cues: ['hit ratio', 'measure'],
    });
    expect(q?.followUps).toEqual([{ id: 'why', text: 'Why that order?', kind: 'depth', targets: [] }]);
  });

  it('reports unreadable lines and schema failures against the field, per question', () => {
    const good = exportQuestions([draft({ id: 'good-one' })], 'md');
    const bad = [
      '## bad-one',
      '',
      'A question whose rubric lines are broken.',
      '',
      '- category: technical',
      '- levels: mid',
      '- topics: caching',
      '- dimensions: fundamentals',
      '- difficulty: hard',
      '',
      '### Look for',
      '',
      '- no id or dimension here',
      '- [sig] (fundamentals) Enough text to pass. — cues: only-one',
      '',
      '### Extras',
      '',
    ].join('\n');
    const result = importQuestions(`${good}\n${bad}`, 'md');
    expect(result.questions.map((q) => q.id)).toEqual(['good-one']);
    const messages = result.problems.map((p) => p.message);
    expect(result.problems.every((p) => p.index === 1 && p.questionId === 'bad-one')).toBe(true);
    expect(messages).toContain('lookFor[0]: expected "- [signal-id] (dimension) text — cues: a, b"');
    expect(messages).toContain('unknown section "### Extras"');
    expect(messages.some((m) => m.startsWith('difficulty: '))).toBe(true);
    expect(messages.some((m) => m.startsWith('lookFor[0].cues: '))).toBe(true);
  });

  it('reports a bad quoted value as a problem, not an exception', () => {
    const text = exportQuestions([draft()], 'md').replace('- source: original', '- source: "unterminated');
    const result = importQuestions(text, 'md');
    expect(result.questions).toEqual([]);
    expect(result.problems[0]?.message).toBe('source: unterminated quoted value');
  });
});
