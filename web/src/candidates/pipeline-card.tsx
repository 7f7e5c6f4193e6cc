import { useId, useState } from 'react';
import type { TPipeline, TPipelineApplication } from '../api/panel-types.js';
import { dateTimeLabel, statusLabel } from '../panel-format.js';
import { Link } from '../router.js';

/** Props of PipelineCard. */
export interface PipelineCardProps {
  application: TPipelineApplication;
  stages: TPipeline['stages'];
  /** The stage this card sits in. */
  stageIndex: number;
  editable: boolean;
  busy: boolean;
  onMove: (stageKey: string) => void;
}

/** One candidate on the board: name, status, next interview, and the moves an editor can make. */
export function PipelineCard({ application, stages, stageIndex, editable, busy, onMove }: PipelineCardProps) {
  const selectId = useId();
  const current = stages[stageIndex];
  const next = stages[stageIndex + 1];
  const [target, setTarget] = useState(next?.key ?? current?.key ?? '');
  const name = application.candidate.name;
  return (
    <article className="pipeline-card" aria-label={name}>
      <h3 className="pipeline-card__name">
        <Link to={`/candidates/${application.candidate.id}`}>{name}</Link>
      </h3>
      <p className="pipeline-card__meta">
        <span className={`status-pill status-pill--${application.status}`}>{statusLabel(application.status)}</span>
        <span>Loop v{application.loopVersion}</span>
      </p>
      <p className="pipeline-card__next">
        {application.nextInterviewAt ? (
          <>
            Next interview:{' '}
            <time dateTime={application.nextInterviewAt}>{dateTimeLabel(application.nextInterviewAt)}</time>
          </>
        ) : (
          'No interview scheduled'
        )}
      </p>
      {editable && application.status === 'active' ? (
        <div className="pipeline-card__actions">
          {next ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => onMove(next.key)}
              aria-label={`Move ${name} to next stage (${next.name})`}
            >
              Move to next stage
            </button>
          ) : null}
          <details className="pipeline-card__other">
            <summary>Move to another stage</summary>
            <div className="pipeline-card__move">
              <label htmlFor={selectId} className="visually-hidden">
                Stage for {name}
              </label>
              <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
                {stages.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--small"
                disabled={busy || target === current?.key}
                onClick={() => onMove(target)}
                aria-label={`Move ${name} to the chosen stage`}
              >
                Move
              </button>
            </div>
          </details>
        </div>
      ) : null}
    </article>
  );
}
