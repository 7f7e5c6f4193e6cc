import { Fragment, type ReactNode } from 'react';
import { Link } from '../router.js';
import { type Block, type Inline, parseMarkdown } from './markdown.js';

/** Render a static sequence in order; its position is each element's identity (nothing reorders). */
function renderAll<T>(items: readonly T[], prefix: string, render: (item: T, key: string) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let n = 0;
  for (const item of items) {
    out.push(render(item, `${prefix}${n}`));
    n += 1;
  }
  return out;
}

function inline(node: Inline, key: string): ReactNode {
  switch (node.kind) {
    case 'text':
      return <Fragment key={key}>{node.text}</Fragment>;
    case 'strong':
      return <strong key={key}>{inlines(node.children, key)}</strong>;
    case 'em':
      return <em key={key}>{inlines(node.children, key)}</em>;
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'link':
      return node.href.startsWith('/') ? (
        <Link key={key} to={node.href}>
          {inlines(node.children, key)}
        </Link>
      ) : (
        <a key={key} href={node.href} rel="noreferrer noopener">
          {inlines(node.children, key)}
        </a>
      );
  }
}

function inlines(nodes: Inline[], prefix: string): ReactNode[] {
  return renderAll(nodes, `${prefix}.`, inline);
}

function block(b: Block, key: string, shift: number): ReactNode {
  switch (b.kind) {
    case 'heading': {
      // The page has its own h1, so the document's levels start one below it.
      const level = Math.min(6, b.level + shift);
      const Tag = `h${level}` as 'h2';
      return <Tag key={key}>{inlines(b.children, key)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{inlines(b.children, key)}</p>;
    case 'list': {
      const items = renderAll(b.items, `${key}.`, (item, k) => <li key={k}>{inlines(item, k)}</li>);
      return b.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'code':
      return (
        <pre key={key}>
          <code>{b.text}</code>
        </pre>
      );
  }
}

/** Props of MarkdownView. */
export interface MarkdownViewProps {
  markdown: string;
  /** Leave out a leading level-1 heading (the page shows its own). */
  dropTitle?: boolean;
}

/** Markdown as React elements: text stays text, so nothing in it can run as HTML. */
export function MarkdownView({ markdown, dropTitle = false }: MarkdownViewProps) {
  const blocks = parseMarkdown(markdown);
  const [first, ...rest] = blocks;
  const body = dropTitle && first?.kind === 'heading' && first.level === 1 ? rest : blocks;
  const top = Math.min(6, ...body.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.level : 6)));
  // Headings are shifted so the document's highest level becomes h2 under the page's h1.
  const shift = 2 - top;
  return <div className="prose">{renderAll(body, 'b', (b, key) => block(b, key, shift))}</div>;
}
