import {
  getPanelReliability,
  getQuestionQuality,
  type QuestionQualityReport,
  type ReliabilityReport,
  type ReportQuery,
  reportCsvHref,
} from '../api/reports.js';
import { truncate } from '../format.js';
import { useLoad } from '../hooks/use-load.js';
import { ReportBlock } from './report-block.js';
import { dimensionName, percent, ratio, signed } from './report-format.js';

/** How well each stage's panels agree, per dimension: ICC(1,1) and Krippendorff's alpha. */
export function ReliabilitySection({ query }: { query: ReportQuery }) {
  const report = useLoad(`reliability/${query.roleId ?? ''}`, (signal) => getPanelReliability(query, signal));
  return (
    <ReportBlock
      id="reliability"
      title="Panel reliability"
      lead="Agreement between panellists scoring the same interview: 1 is perfect agreement, 0 no better than chance. Below about 0.6, recalibrate the panel."
      state={report.state}
      onRetry={report.retry}
      csvHref={reportCsvHref('reliability', { roleId: query.roleId })}
    >
      {(data) => <ReliabilityTable data={data} />}
    </ReportBlock>
  );
}

function ReliabilityTable({ data }: { data: ReliabilityReport }) {
  const rows = data.stages.flatMap((s) => s.dimensions.map((d) => ({ stage: s, d })));
  if (rows.length === 0) return <p className="card">No interview has two scores of the same dimension yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Agreement per stage and dimension</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Dimension</th>
            <th scope="col">Interviews</th>
            <th scope="col">ICC(1,1)</th>
            <th scope="col">95% interval</th>
            <th scope="col">Alpha</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ stage, d }) => (
            <tr key={`${stage.stage}-${d.dimension}`}>
              <th scope="row">{stage.name}</th>
              <td>{dimensionName(d.dimension)}</td>
              <td>{d.interviews}</td>
              <td>{ratio(d.icc)}</td>
              <td>{d.iccCi95 ? `${ratio(d.iccCi95[0])} to ${ratio(d.iccCi95[1])}` : '—'}</td>
              <td>{ratio(d.alpha)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How each question scores: spread, how often it goes unassessed, and whether it separates. */
export function QuestionQualitySection({ query }: { query: ReportQuery }) {
  const report = useLoad(`questions/${query.roleId ?? ''}`, (signal) => getQuestionQuality(query, signal));
  return (
    <ReportBlock
      id="question-quality"
      title="Question quality"
      lead="A useful question spreads its scores, is rarely left “not assessed”, and scores candidates who went on higher than those who were rejected."
      state={report.state}
      onRetry={report.retry}
      csvHref={reportCsvHref('questions', { roleId: query.roleId })}
    >
      {(data) => <QuestionTable data={data} />}
    </ReportBlock>
  );
}

function QuestionTable({ data }: { data: QuestionQualityReport }) {
  if (data.questions.length === 0) return <p className="card">No question has been scored yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Questions asked, by how they score</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Asked</th>
            <th scope="col">Mean</th>
            <th scope="col">Variance</th>
            <th scope="col">Not assessed</th>
            <th scope="col">Went on − rejected</th>
            <th scope="col">Effect size (d)</th>
          </tr>
        </thead>
        <tbody>
          {data.questions.map((q) => (
            <tr key={`${q.questionId}-${q.version}`}>
              <th scope="row">
                {q.text ? truncate(q.text, 110) : q.questionId}
                {q.dimension ? <span className="data-table__sub">{dimensionName(q.dimension)}</span> : null}
              </th>
              <td>{q.timesAsked}</td>
              <td>{ratio(q.meanScore)}</td>
              <td>{ratio(q.variance)}</td>
              <td>{percent(q.notAssessedRate)}</td>
              <td>{signed(q.separation.meanDifference)}</td>
              <td>{ratio(q.separation.effectSize)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
