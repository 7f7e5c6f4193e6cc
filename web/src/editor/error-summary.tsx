import type { Ref } from 'react';
import type { FieldProblem } from './humanise.js';

/** Props of ErrorSummary. */
export interface ErrorSummaryProps {
  title: string;
  /** The server's reason, shown prominently. */
  reason?: string;
  problems: FieldProblem[];
  ref?: Ref<HTMLDivElement>;
}

/** Why saving failed, at the top of the form, with links to the fields concerned. Takes focus when shown. */
export function ErrorSummary({ title, reason, problems, ref }: ErrorSummaryProps) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      {reason ? <p className="error-summary__reason">{reason}</p> : null}
      {problems.length > 0 ? (
        <ul className="error-summary__list">
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their place
            <li key={i}>{p.field ? <a href={`#${p.field}`}>{p.message}</a> : p.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
