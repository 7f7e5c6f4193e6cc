import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { type AdverseImpactReport, getAdverseImpact, type ReportQuery, reportCsvHref } from '../api/reports.js';
import { LoadProblem } from '../components/load-problem.js';
import { useLoad } from '../hooks/use-load.js';
import { Link, navigate, useLocation } from '../router.js';
import { ImpactSection } from './impact-section.js';
import { queryFromSearch, ReportFilters, searchFromQuery } from './report-filters.js';
import { attributeLabel } from './report-format.js';
import '../panel.css';
import './reports.css';

/** Props of FairnessPage. */
export interface FairnessPageProps {
  session: TSessionInfo;
}

/**
 * Adverse impact: each stage's (or interviewer's) selection rate per self-identified group,
 * checked against four-fifths of the highest group's rate and Fisher's exact test, with small
 * groups hidden. Admins see it, and recruiters when the organisation allows.
 */
export function FairnessPage({ session }: FairnessPageProps) {
  const { pathname, search } = useLocation();
  const parsed = queryFromSearch(search);
  const query: ReportQuery = { ...parsed, attribute: parsed.attribute ?? 'gender', by: parsed.by ?? 'stage' };
  const key = `fairness${searchFromQuery(query)}`;
  const report = useLoad(key, (signal) => getAdverseImpact(query, signal));
  const change = (next: ReportQuery) => navigate(`${pathname}${searchFromQuery(next)}`, { replace: true });

  return (
    <div className="reports">
      <p className="back-link">
        <Link to="/reports">← Reports</Link>
      </p>
      <header className="page-header page-header--with-actions">
        <div>
          <h1>Fairness</h1>
          <p className="lead">
            Whether every group passes each decision at a fair rate. A group is flagged when its selection rate is below
            four-fifths of the highest group’s; Fisher’s exact test says whether the gap could be chance at this sample
            size.
          </p>
        </div>
        <a className="button" href={reportCsvHref('adverseImpact', query)} download>
          Download CSV
        </a>
      </header>
      <ReportFilters query={query} onChange={change} fairness />
      {session.role === 'interviewer' ? (
        <p className="card">Fairness reports are for admins, and for recruiters when your organisation allows it.</p>
      ) : report.state.status !== 'ready' ? (
        <LoadProblem
          state={report.state}
          what="fairness report"
          back={{ to: '/reports', label: 'Go to reports' }}
          onRetry={report.retry}
        />
      ) : (
        <FairnessResults report={report.state.data} attribute={attributeLabel(query.attribute ?? 'gender')} />
      )}
    </div>
  );
}

function FairnessResults({ report, attribute }: { report: AdverseImpactReport; attribute: string }) {
  const stages = report.by === 'stage' ? report.stages : [];
  const interviewers = report.by === 'interviewer' ? report.interviewers : [];
  const flagged = stages.filter((s) => s.flagged).length + interviewers.filter((i) => i.flagged).length;
  const total = stages.length + interviewers.length;
  return (
    <>
      <p className="report-summary" role="status">
        {attribute}: {total === 0 ? 'no decisions yet.' : `${flagged} of ${total} flagged.`} Groups with fewer than{' '}
        {report.minGroupSize} people are hidden, and people who preferred not to say are in no group.
      </p>
      {stages.map((s) => (
        <ImpactSection
          key={s.stage}
          id={`stage-${s.stage}`}
          title={s.name}
          decision="passed"
          comparison={s}
          minGroupSize={report.minGroupSize}
        />
      ))}
      {interviewers.map((i) => (
        <ImpactSection
          key={i.interviewerId}
          id={`interviewer-${i.interviewerId}`}
          title={i.name}
          decision="recommended to advance"
          comparison={i}
          minGroupSize={report.minGroupSize}
        />
      ))}
    </>
  );
}
