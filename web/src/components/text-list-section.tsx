import { useId } from 'react';

/** Props of TextListSection. */
export interface TextListSectionProps {
  title: string;
  items: string[];
  /** A numbered list (an outline) instead of bullets. */
  ordered?: boolean;
  /** A class for the list, to give it a tone (mistakes, red flags). */
  tone?: 'mistakes' | 'red-flags' | 'outline';
}

/** A titled list of sentences; renders nothing when there are none. */
export function TextListSection({ title, items, ordered = false, tone }: TextListSectionProps) {
  const headingId = useId();
  if (items.length === 0) return null;
  const className = tone ? `text-list text-list--${tone}` : 'text-list';
  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders
  const list = items.map((item, i) => <li key={i}>{item}</li>);
  return (
    <section className="question-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {ordered ? <ol className={className}>{list}</ol> : <ul className={className}>{list}</ul>}
    </section>
  );
}
