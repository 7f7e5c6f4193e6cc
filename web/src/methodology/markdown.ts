/**
 * A deliberately small markdown reader for the methodology text: headings, paragraphs, bullet
 * and numbered lists, bold, italics, inline code and links. It produces plain data that React
 * renders as elements, so no HTML from the text is ever interpreted.
 */

/** A run of inline text. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

/** A block of the document. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; text: string };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const FENCE = /^\s*```/;

/** Only links that stay on the web or on this site; anything else ("javascript:") becomes text. */
export function safeHref(href: string): string | null {
  const h = href.trim();
  if (/^https?:\/\//i.test(h) || (h.startsWith('/') && !h.startsWith('//')) || h.startsWith('#')) return h;
  return null;
}

/** Read the inline marks of one line or paragraph. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const code = /^`([^`]+)`/.exec(rest);
    const strong = /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/.exec(rest);
    const em = /^([*_])(?=\S)([\s\S]*?\S)\1/.exec(rest);
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (code?.[1] !== undefined) {
      flush();
      out.push({ kind: 'code', text: code[1] });
      i += code[0].length;
    } else if (strong?.[2] !== undefined) {
      flush();
      out.push({ kind: 'strong', children: parseInline(strong[2]) });
      i += strong[0].length;
    } else if (em?.[2] !== undefined && !(em[1] === '_' && /\w/.test(text[i - 1] ?? ''))) {
      flush();
      out.push({ kind: 'em', children: parseInline(em[2]) });
      i += em[0].length;
    } else if (link?.[1] !== undefined && link[2] !== undefined) {
      flush();
      const href = safeHref(link[2]);
      if (href) out.push({ kind: 'link', href, children: parseInline(link[1]) });
      else out.push({ kind: 'text', text: link[1] });
      i += link[0].length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  flush();
  return out;
}

/** Read a markdown document into blocks. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replaceAll('\r\n', '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };

  for (let n = 0; n < lines.length; n += 1) {
    const line = lines[n] ?? '';
    if (FENCE.test(line)) {
      endParagraph();
      endList();
      const body: string[] = [];
      n += 1;
      while (n < lines.length && !FENCE.test(lines[n] ?? '')) {
        body.push(lines[n] ?? '');
        n += 1;
      }
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      endList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      endParagraph();
      endList();
      const level = heading[1].length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ kind: 'heading', level, children: parseInline(heading[2]) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet?.[1] ?? numbered?.[1];
    if (item !== undefined) {
      endParagraph();
      const ordered = numbered !== null;
      if (list && list.ordered !== ordered) endList();
      if (!list) list = { ordered, items: [] };
      list.items.push(item);
      continue;
    }
    // An indented line under a list item continues it; otherwise it is paragraph text.
    const current = list as { ordered: boolean; items: string[] } | null;
    if (current && /^\s+\S/.test(line) && current.items.length > 0) {
      current.items[current.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    endList();
    paragraph.push(line.trim());
  }
  endParagraph();
  endList();
  return blocks;
}
