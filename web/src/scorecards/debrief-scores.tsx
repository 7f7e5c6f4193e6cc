import type { Debrief } from '../api/scorecards.js';
import { dimensionLabel } from '../format.js';
import { RED_FLAG_LABELS } from './scorecard-draft.js';

/** Props of DebriefScores. */
export interface DebriefScoresProps {
  debrief: Debrief;
}

const fixed = (n: number | null) => (n === null ? '—' : n.toFixed(1));

function flagLabel(flag: string): string {
  return (RED_FLAG_LABELS as Record<string, string>)[flag] ?? flag;
}

/** The numbers, after the evidence: spread per dimension with splits marked, each scorecard, composite and red flags. */
export function DebriefScores({ debrief }: DebriefScoresProps) {
  const dims = debrief.perDimension;
  return (
    <section className="db-section db-scores" aria-labelledby="db-scores-title" data-section="scores">
      <h2 id="db-scores-title">Scores</h2>
      <details className="db-disclosure">
        <summary>Show scores</summary>
        {debrief.splitGuidance ? (
          <p className="db-split-guidance" role="note">
            <strong>Split panel.</strong> {debrief.splitGuidance}
          </p>
        ) : null}
        <div className="table-wrap">
          <table className="db-table">
            <caption>Spread per dimension</caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Mean</th>
                <th scope="col">Lowest</th>
                <th scope="col">Highest</th>
                <th scope="col">Panel</th>
              </tr>
            </thead>
            <tbody>
              {dims.map((d) => (
                <tr key={d.dimension} className={d.split ? 'db-row--split' : undefined}>
                  <th scope="row">{dimensionLabel(d.dimension)}</th>
                  <td>{fixed(d.mean)}</td>
                  <td>{d.min ?? '—'}</td>
                  <td>{d.max ?? '—'}</td>
                  <td>
                    {d.split ? <strong className="db-split">Split</strong> : d.mean === null ? 'No scores' : 'Agrees'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="db-composite">
          Composite (weighted by the rubric): <strong>{fixed(debrief.composite)}</strong> of 5
        </p>
        {debrief.scores.length > 0 ? (
          <div className="table-wrap">
            <table className="db-table">
              <caption>Each scorecard</caption>
              <thead>
                <tr>
                  <th scope="col">Interviewer</th>
                  <th scope="col">Stage</th>
                  {dims.map((d) => (
                    <th scope="col" key={d.dimension}>
                      {dimensionLabel(d.dimension)}
                    </th>
                  ))}
                  <th scope="col">Recommendation</th>
                </tr>
              </thead>
              <tbody>
                {debrief.scores.map((s) => (
                  <tr key={`${s.interviewer}/${s.stage}`}>
                    <th scope="row">{s.interviewer}</th>
                    <td>{s.stage}</td>
                    {dims.map((d) => {
                      const score = s.ratings[d.dimension];
                      return <td key={d.dimension}>{score === undefined ? '' : score === null ? 'n/a' : score}</td>;
                    })}
                    <td>{s.recommendation ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <h3>Red flags</h3>
        {debrief.redFlags.length === 0 ? (
          <p className="muted">No interviewer raised a red flag.</p>
        ) : (
          <ul className="db-flags">
            {debrief.redFlags.map((f) => (
              <li key={f.flag}>
                {flagLabel(f.flag)} <span className="muted">— raised by {f.raisedBy.join(', ')}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
