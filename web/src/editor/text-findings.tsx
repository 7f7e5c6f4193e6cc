import { useId } from 'react';
import type { TLintReport } from '../../../src/shared/schemas/question.js';
import { humaniseMessage } from './humanise.js';

type Finding = TLintReport['textFindings'][number];

/** Props of TextFindings. */
export interface TextFindingsProps {
  /** The text the findings were computed on. */
  text: string;
  findings: Finding[];
}

interface Segment {
  text: string;
  /** Index into the findings when this part of the text is one. */
  finding: number | null;
}

/** Split the text into plain runs and findings (overlapping findings: the first one wins). */
export function segmentsOf(text: string, findings: Finding[]): Segment[] {
  const order = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start);
  const out: Segment[] = [];
  let at = 0;
  for (const { f, i } of order) {
    if (f.start < at || f.end > text.length || f.end <= f.start) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start), finding: null });
    out.push({ text: text.slice(f.start, f.end), finding: i });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: null });
  return out;
}

/** The question's wording with each finding marked, and what is wrong with each. */
export function TextFindings({ text, findings }: TextFindingsProps) {
  const base = useId();
  if (findings.length === 0) return null;
  const messageId = (i: number) => `${base}-finding-${i}`;
  return (
    <div className="text-findings">
      <p className="text-findings__label">In your wording</p>
      <p className="text-findings__preview">
        {segmentsOf(text, findings).map((segment, n) =>
          segment.finding === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional by nature
            <span key={n}>{segment.text}</span>
          ) : (
            <mark
              // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional by nature
              key={n}
              className={`finding finding--${findings[segment.finding]?.severity ?? 'warning'}`}
              aria-describedby={messageId(segment.finding)}
            >
              {segment.text}
            </mark>
          ),
        )}
      </p>
      <ul className="text-findings__messages">
        {findings.map((f, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: findings have no identity beyond their place
            key={i}
            id={messageId(i)}
            className={`finding-message finding-message--${f.severity}`}
            role={f.severity === 'error' ? 'alert' : undefined}
          >
            <span className="finding-message__match">“{f.match}”</span> {humaniseMessage(f.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
