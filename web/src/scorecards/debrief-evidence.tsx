import type { Debrief } from '../api/scorecards.js';
import { dimensionLabel } from '../format.js';

/** Props of DebriefEvidence. */
export interface DebriefEvidenceProps {
  evidence: Debrief['evidence'];
}

/** What the candidate said and did, by dimension, with who heard it and at which stage: read first. */
export function DebriefEvidence({ evidence }: DebriefEvidenceProps) {
  const withQuotes = evidence.filter((e) => e.quotes.length > 0);
  return (
    <section className="db-section db-evidence" aria-labelledby="db-evidence-title" data-section="evidence">
      <h2 id="db-evidence-title">Evidence</h2>
      <p className="muted">
        Read what the panel heard before looking at any number. Each quote is one interviewer’s evidence for one
        dimension.
      </p>
      {withQuotes.length === 0 ? (
        <p className="card">No evidence you may see yet: no visible scorecard has been submitted.</p>
      ) : (
        withQuotes.map((e) => (
          <section key={e.dimension} className="db-dimension" aria-labelledby={`db-ev-${e.dimension}`}>
            <h3 id={`db-ev-${e.dimension}`}>{dimensionLabel(e.dimension)}</h3>
            <ul className="db-quotes">
              {e.quotes.map((q, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: quotes have no id and never reorder
                <li key={i}>
                  <figure className="db-quote">
                    <blockquote>{q.quote}</blockquote>
                    <figcaption>
                      {q.interviewer} · {q.stage}
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
