import { type DriftInterviewer, getInterviewerDrift, type ReportQuery, reportCsvHref } from '../api/reports.js';
import { useLoad } from '../hooks/use-load.js';
import { DriftChart } from './drift-chart.js';
import { ReportBlock } from './report-block.js';
import { dimensionName, signed } from './report-format.js';

/** Each interviewer's mean offset from their co-panellists on the same candidates, per dimension. */
export function DriftSection({ query }: { query: ReportQuery }) {
  const drift = useLoad(`drift/${query.roleId ?? ''}`, (signal) => getInterviewerDrift(query, signal));
  return (
    <ReportBlock
      id="drift"
      title="Interviewer drift"
      lead="How far each interviewer scores above (+) or below (−) the others on the same panels, with a 95% interval. Hollow points have too few interviews to trust."
      state={drift.state}
      onRetry={drift.retry}
      csvHref={reportCsvHref('drift', { roleId: query.roleId })}
    >
      {(data) =>
        data.interviewers.length === 0 ? (
          <p className="card">
            No shared panels yet: drift needs at least two interviewers scoring the same candidate.
          </p>
        ) : (
          data.interviewers.map((i) => <InterviewerDrift key={i.interviewerId} drift={i} min={data.minInterviews} />)
        )
      }
    </ReportBlock>
  );
}

function interval(ci: [number, number] | null): string {
  return ci ? `${signed(ci[0])} to ${signed(ci[1])}` : '—';
}

function InterviewerDrift({ drift, min }: { drift: DriftInterviewer; min: number }) {
  const headingId = `drift-${drift.interviewerId}`;
  return (
    <article className="card impact" aria-labelledby={headingId}>
      <h3 id={headingId}>{drift.name}</h3>
      <p className="muted">
        Overall {signed(drift.overall.meanOffset)} over {drift.overall.n} interview{drift.overall.n === 1 ? '' : 's'}
        {drift.overall.enough
          ? ` (95% interval ${interval(drift.overall.ci95)})`
          : ` — fewer than ${min}, not enough to judge`}
        .
      </p>
      <div className="report-pair">
        <DriftChart dimensions={drift.dimensions} name={drift.name} />
        <div className="table-wrap">
          <table className="data-table">
            <caption>{drift.name}: offset from co-panellists by dimension</caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Interviews</th>
                <th scope="col">Offset</th>
                <th scope="col">95% interval</th>
              </tr>
            </thead>
            <tbody>
              {drift.dimensions.map((d) => (
                <tr key={d.dimension}>
                  <th scope="row">{dimensionName(d.dimension)}</th>
                  <td>{d.n}</td>
                  <td>{signed(d.meanOffset)}</td>
                  <td>{d.enough ? interval(d.ci95) : `too few (under ${min})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {drift.trend.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{drift.name}: offset by month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Interviews</th>
                <th scope="col">Offset</th>
              </tr>
            </thead>
            <tbody>
              {drift.trend.map((t) => (
                <tr key={t.month}>
                  <th scope="row">{t.month}</th>
                  <td>{t.n}</td>
                  <td>{signed(t.meanOffset)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </article>
  );
}
