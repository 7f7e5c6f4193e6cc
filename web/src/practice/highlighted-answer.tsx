import { useMemo } from 'react';
import type { PracticeGrade } from '../api/practice.js';
import { type Evidence, evidenceOf, type Segment, segmentAnswer, shortLabel } from './highlight.js';

/** Props of HighlightedAnswer. */
export interface HighlightedAnswerProps {
  answer: string;
  grade: PracticeGrade;
}

function tone(evidence: readonly Evidence[]): string {
  const signal = evidence.some((e) => e.kind === 'signal');
  const anti = evidence.some((e) => e.kind === 'anti-pattern');
  if (signal && anti) return 'evidence evidence--both';
  return anti ? 'evidence evidence--anti' : 'evidence evidence--signal';
}

function kindName(e: Evidence): string {
  return e.kind === 'signal' ? 'Signal shown' : 'Anti-pattern';
}

function Run({ segment, numberOf }: { segment: Segment; numberOf: (e: Evidence) => number }) {
  if (segment.evidence.length === 0) return <>{segment.text}</>;
  const title = segment.evidence.map((e) => `${kindName(e)}: ${shortLabel(e.label)}`).join('\n');
  return (
    <>
      <mark className={tone(segment.evidence)} title={title}>
        {segment.text}
      </mark>
      {segment.ends.map((e) => (
        <span key={numberOf(e)} className={`evidence-ref evidence-ref--${e.kind}`}>
          <span aria-hidden="true">{numberOf(e)}</span>
          <span className="visually-hidden">
            {' '}
            ({kindName(e)} {numberOf(e)}: {shortLabel(e.label)})
          </span>
        </span>
      ))}
    </>
  );
}

/** The answer as written, each quoted signal (green) and anti-pattern (amber) marked, numbered and named. */
export function HighlightedAnswer({ answer, grade }: HighlightedAnswerProps) {
  const evidence = useMemo(() => evidenceOf(grade), [grade]);
  const segments = useMemo(() => segmentAnswer(answer, evidence), [answer, evidence]);
  const numberOf = (e: Evidence) => evidence.indexOf(e) + 1;
  return (
    <section className="feedback-block" aria-labelledby="answer-evidence-heading">
      <h4 id="answer-evidence-heading">Your answer, with the evidence marked</h4>
      <blockquote className="highlighted-answer" data-testid="highlighted-answer">
        {segments.map((segment, i) => (
          // Runs never reorder: the index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Run key={i} segment={segment} numberOf={numberOf} />
        ))}
      </blockquote>
      <div className="evidence-legend">
        <p className="evidence-legend__key">
          <span>
            <span className="evidence-swatch evidence--signal" aria-hidden="true" /> Signal the rubric looks for
          </span>
          <span>
            <span className="evidence-swatch evidence--anti" aria-hidden="true" /> Anti-pattern that costs points
          </span>
        </p>
        {evidence.length > 0 ? (
          <ol className="evidence-legend__list" aria-label="Marked evidence">
            {evidence.map((e, i) => (
              <li key={`${e.kind}-${e.label}`} className={`evidence-legend__item evidence-legend__item--${e.kind}`}>
                <span className={`evidence-ref evidence-ref--${e.kind}`} aria-hidden="true">
                  {i + 1}
                </span>
                <span>
                  <span className="visually-hidden">{kindName(e)}: </span>
                  {shortLabel(e.label)}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">Nothing in this answer matched a signal yet: the outline below shows what to cover.</p>
        )}
      </div>
    </section>
  );
}
