import type { Decision } from '../api/scorecards.js';
import { labelOf } from '../format.js';

/** Props of DecisionList. */
export interface DecisionListProps {
  decisions: Decision[];
}

/** Decisions recorded for the application: who, when, the outcome and the written reason. */
export function DecisionList({ decisions }: DecisionListProps) {
  return (
    <section className="db-section" aria-labelledby="db-decisions-title">
      <h2 id="db-decisions-title">Decisions</h2>
      {decisions.length === 0 ? (
        <p className="muted">No decision recorded yet.</p>
      ) : (
        <ol className="db-decisions" aria-label="Recorded decisions">
          {decisions.map((d) => (
            <li key={d.id} className="db-decision">
              <p className="db-decision__head">
                <strong>{labelOf(d.outcome)}</strong> by {d.decidedBy.name} ·{' '}
                <time dateTime={d.decidedAt}>{new Date(d.decidedAt).toLocaleString()}</time>
              </p>
              <p className="db-decision__why">{d.rationale}</p>
              {d.dissent ? <p className="db-decision__dissent">Dissent: {d.dissent}</p> : null}
              <p className="muted">Based on {d.scorecardIds.length} submitted scorecard(s).</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
