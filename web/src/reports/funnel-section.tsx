import { type FunnelReport, getFunnel, type ReportQuery, reportCsvHref } from '../api/reports.js';
import { useLoad } from '../hooks/use-load.js';
import { FunnelChart } from './funnel-chart.js';
import { ReportBlock } from './report-block.js';
import { percent } from './report-format.js';

/** The pass-through funnel: how many reach each stage and how many of those decided go on. */
export function FunnelSection({ query }: { query: ReportQuery }) {
  const funnel = useLoad(`funnel/${query.roleId ?? ''}`, (signal) => getFunnel(query, signal));
  return (
    <ReportBlock
      id="funnel"
      title="Pass-through by stage"
      lead="How many applications reached each stage, and the share of those decided there that went on."
      state={funnel.state}
      onRetry={funnel.retry}
      csvHref={reportCsvHref('funnel', { roleId: query.roleId })}
    >
      {(data) => <FunnelBody data={data} />}
    </ReportBlock>
  );
}

function FunnelBody({ data }: { data: FunnelReport }) {
  if (data.stages.length === 0) return <p className="card">No applications yet.</p>;
  return (
    <div className="report-pair">
      <FunnelChart stages={data.stages} />
      <div className="table-wrap">
        <table className="data-table">
          <caption>Applications per stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Reached</th>
              <th scope="col">Went on</th>
              <th scope="col">Rejected</th>
              <th scope="col">Withdrew</th>
              <th scope="col">Undecided</th>
              <th scope="col">Pass-through</th>
            </tr>
          </thead>
          <tbody>
            {data.stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{s.name}</th>
                <td>{s.entered}</td>
                <td>{s.passed}</td>
                <td>{s.rejected}</td>
                <td>{s.withdrawn}</td>
                <td>{s.active}</td>
                <td>{percent(s.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
