import { useEffect, useRef } from 'react';
import type { TSwapSuggestion } from '../api/panel-types.js';
import { swapSuggestions } from '../api/roles.js';
import { dimensionLabel, labelOf } from '../format.js';
import { useLoad } from '../hooks/use-load.js';
import { minutesLabel } from '../panel-format.js';

/** Props of SwapPanel. */
export interface SwapPanelProps {
  roleId: string;
  stageKey: string;
  /** The question to replace (the saved one when it was already swapped since the last save). */
  questionId: string;
  /** What the panel is about, for its heading: "question 2 of Technical". */
  label: string;
  /** Ids already in the loop: not offered again. */
  exclude: ReadonlySet<string>;
  onPick: (suggestion: TSwapSuggestion) => void;
  onClose: () => void;
}

/** Questions covering the same dimension as the one to replace, each with the server's reason. */
export function SwapPanel({ roleId, stageKey, questionId, label, exclude, onPick, onClose }: SwapPanelProps) {
  const { state, retry } = useLoad(`${roleId}/${stageKey}/${questionId}`, (signal) =>
    swapSuggestions(roleId, stageKey, questionId, { signal }),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const items = state.status === 'ready' ? state.data.filter((s) => !exclude.has(s.id)) : [];
  return (
    <section className="swap-panel" aria-label={`Swap ${label}`}>
      <h4 className="swap-panel__title" tabIndex={-1} ref={headingRef}>
        Swap {label}: questions covering the same dimension
      </h4>
      {state.status === 'loading' ? (
        <p className="muted" role="status">
          Finding questions…
        </p>
      ) : null}
      {state.status === 'error' || state.status === 'forbidden' || state.status === 'not-found' ? (
        <div className="banner banner--error" role="alert">
          <span>
            Could not load suggestions:{' '}
            {state.status === 'not-found' ? 'the question is not in the saved loop.' : state.message}
          </span>
          <button type="button" className="button button--quiet" onClick={retry}>
            Try again
          </button>
        </div>
      ) : null}
      {state.status === 'ready' && items.length === 0 ? (
        <p className="muted">No other question in the bank covers this dimension at this level.</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="swap-panel__list" aria-label="Suggestions">
          {items.map((s) => (
            <li key={s.id} className="suggestion">
              <p className="suggestion__text">{s.text}</p>
              <p className="question__meta">
                <span className={`tag tag--${s.category}`}>{labelOf(s.category)}</span>
                <span>{minutesLabel(s.minutes)}</span>
                <span>{s.dimensions.map(dimensionLabel).join(', ')}</span>
              </p>
              <p className="suggestion__reason">{s.reason}</p>
              <button
                type="button"
                className="button button--small"
                onClick={() => onPick(s)}
                aria-label={`Use this question: ${s.text}`}
              >
                Use this question
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Keep the current question
        </button>
      </p>
    </section>
  );
}
