import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './markdown.js';

describe('methodology markdown reader', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    const blocks = parseMarkdown('# Title\n\nA line\nwrapped.\n\n- one\n- two\n\n1. first\n2. second\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'A line wrapped.' }] });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true });
  });

  it('keeps markup as text: HTML in the source is never an element', () => {
    const [block] = parseMarkdown('<img src=x onerror="alert(1)"> **bold**');
    expect(block).toEqual({
      kind: 'paragraph',
      children: [
        { kind: 'text', text: '<img src=x onerror="alert(1)"> ' },
        { kind: 'strong', children: [{ kind: 'text', text: 'bold' }] },
      ],
    });
  });

  it('turns a javascript: link into plain text and keeps web and on-site links', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('/methodology')).toBe('/methodology');
    expect(parseInline('[x](javascript:alert(1))').some((i) => i.kind === 'link')).toBe(false);
  });
});
