import type { TPipeline } from '../api/panel-types.js';
import { plural } from '../format.js';
import { PipelineCard } from './pipeline-card.js';

/** Props of PipelineBoard. */
export interface PipelineBoardProps {
  pipeline: TPipeline;
  editable: boolean;
  /** The application being moved, if any. */
  moving: string | null;
  onMove: (applicationId: string, stageKey: string) => void;
}

/** The pipeline by stage: one column per loop stage, one card per application. */
export function PipelineBoard({ pipeline, editable, moving, onMove }: PipelineBoardProps) {
  return (
    <ol className="board" aria-label="Pipeline by stage">
      {pipeline.stages.map((stage, index) => (
        <li key={stage.key} className="board__column">
          <section aria-labelledby={`column-${stage.key}`}>
            <h2 id={`column-${stage.key}`} className="board__title">
              <span>{stage.name}</span>{' '}
              <span className="board__count">{plural(stage.applications.length, 'candidate')}</span>
            </h2>
            {stage.applications.length === 0 ? (
              <p className="board__empty">Nobody at this stage.</p>
            ) : (
              <ul className="board__cards">
                {stage.applications.map((application) => (
                  <li key={application.id}>
                    <PipelineCard
                      application={application}
                      stages={pipeline.stages}
                      stageIndex={index}
                      editable={editable}
                      busy={moving === application.id}
                      onMove={(key) => onMove(application.id, key)}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </li>
      ))}
    </ol>
  );
}
