import { getCalibrationReport } from '../api/calibration.js';
import { LoadProblem } from '../components/load-problem.js';
import { useLoad } from '../hooks/use-load.js';
import { maybe, signed } from './calibration-format.js';

/** Props of ReportTable. */
export interface ReportTableProps {
  sessionId: string;
  /** Changes when scores arrive, so the report reloads. */
  version: string;
}

/** The divergence report: one summary line per panellist, then every score against the panel and the reference. */
export function ReportTable({ sessionId, version }: ReportTableProps) {
  const { state, retry } = useLoad(`${sessionId}:${version}`, (signal) => getCalibrationReport(sessionId, { signal }));
  if (state.status !== 'ready')
    return (
      <LoadProblem state={state} what="report" back={{ to: '/calibration', label: 'All sessions' }} onRetry={retry} />
    );
  const report = state.data;
  const scored = report.participants.filter((p) => p.submitted);
  return (
    <section aria-labelledby="cal-report" className="card">
      <h2 id="cal-report">Divergence report</h2>
      <p className="muted">
        Divergence is the panellist’s score minus the mean of the other panellists, and minus the reference. A gap of{' '}
        {report.flagThreshold} points or more from the reference is called out.
      </p>
      <div className="table-wrap">
        <table className="data-table" aria-label="Divergence per panellist">
          <thead>
            <tr>
              <th scope="col">Panellist</th>
              <th scope="col">Mean |divergence| from the panel</th>
              <th scope="col">Mean |divergence| from the reference</th>
              <th scope="col">Called out</th>
            </tr>
          </thead>
          <tbody>
            {report.participants.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                {p.submitted ? (
                  <>
                    <td>{maybe(p.meanAbsFromPanel)}</td>
                    <td>{maybe(p.meanAbsFromReference)}</td>
                    <td>
                      {p.flags.length === 0
                        ? 'Within the reference'
                        : p.flags.map((f) => (
                            <div key={f} className="calibration-flag">
                              {f}
                            </div>
                          ))}
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="muted">
                    Not scored yet
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="data-table" aria-label="Scores per dimension">
          <thead>
            <tr>
              <th scope="col">Panellist</th>
              <th scope="col">Dimension</th>
              <th scope="col">Score</th>
              <th scope="col">Panel mean</th>
              <th scope="col">From the panel</th>
              <th scope="col">Reference</th>
              <th scope="col">From the reference</th>
            </tr>
          </thead>
          <tbody>
            {scored.flatMap((p) =>
              p.rows.map((r) => (
                <tr key={`${p.id}-${r.dimension}`}>
                  <th scope="row">{p.name}</th>
                  <td>{report.dimensions.find((d) => d.id === r.dimension)?.name ?? r.dimension}</td>
                  <td>{r.score}</td>
                  <td>{maybe(r.panelMean)}</td>
                  <td>{signed(r.fromPanel)}</td>
                  <td>{maybe(r.reference)}</td>
                  <td className={r.flagged ? 'calibration-flag' : undefined}>{signed(r.fromReference)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
