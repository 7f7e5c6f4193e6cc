import type { ReactNode } from 'react';
import type { LoadState } from '../hooks/use-load.js';

/** Props of ReportBlock. */
export interface ReportBlockProps<T> {
  id: string;
  title: string;
  lead: string;
  state: LoadState<T>;
  onRetry: () => void;
  /** A CSV download of the same report. */
  csvHref?: string;
  children: (data: T) => ReactNode;
}

/** One report on the reports page: heading, what it shows, a CSV link, and its body once loaded. */
export function ReportBlock<T>({ id, title, lead, state, onRetry, csvHref, children }: ReportBlockProps<T>) {
  const headingId = `${id}-heading`;
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <div className="page-header--with-actions">
        <h2 id={headingId}>{title}</h2>
        {csvHref ? (
          <a className="button button--small" href={csvHref} download>
            Download CSV<span className="visually-hidden"> of {title.toLowerCase()}</span>
          </a>
        ) : null}
      </div>
      <p className="muted">{lead}</p>
      {state.status === 'ready' ? (
        children(state.data)
      ) : state.status === 'loading' ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : state.status === 'forbidden' ? (
        <p className="card">{state.message}</p>
      ) : state.status === 'not-found' ? (
        <p className="card">This report is not available.</p>
      ) : (
        <div className="banner banner--error" role="alert">
          <span>Could not load the report: {state.message}</span>
          <button type="button" className="button button--quiet" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </section>
  );
}
