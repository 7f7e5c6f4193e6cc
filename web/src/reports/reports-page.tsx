import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import type { ReportQuery } from '../api/reports.js';
import { canSeeReports, canSeeScoreReports, mayTryFairness } from '../permissions.js';
import { Link, navigate, useLocation } from '../router.js';
import { DriftSection } from './drift-section.js';
import { FunnelSection } from './funnel-section.js';
import { queryFromSearch, ReportFilters, searchFromQuery } from './report-filters.js';
import { QuestionQualitySection, ReliabilitySection } from './score-quality-sections.js';
import '../panel.css';
import './reports.css';

/** Props of ReportsPage. */
export interface ReportsPageProps {
  session: TSessionInfo;
}

/**
 * The reports a role may read: the funnel for the hiring team; drift, reliability and question
 * quality for admins and hiring managers; a way into the fairness report for admins and recruiters.
 */
export function ReportsPage({ session }: ReportsPageProps) {
  const { pathname, search } = useLocation();
  const query: ReportQuery = { roleId: queryFromSearch(search).roleId };
  const change = (next: ReportQuery) =>
    navigate(`${pathname}${searchFromQuery({ roleId: next.roleId })}`, { replace: true });

  if (!canSeeReports(session.role)) {
    return (
      <div className="page-narrow">
        <header className="page-header">
          <h1>Reports</h1>
        </header>
        <p className="card">
          Reports are for the hiring team. How your scores are produced and combined is on the{' '}
          <Link to="/methodology">methodology page</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="reports">
      <header className="page-header">
        <h1>Reports</h1>
        <p className="lead">
          Whether your panels agree with each other, and whether your process treats every group fairly. Every number
          here is an aggregate; no individual’s self-identification is ever shown.
        </p>
      </header>
      <ul className="report-links">
        {mayTryFairness(session.role) ? (
          <li className="card">
            <h2>
              <Link to={`/reports/fairness${searchFromQuery(query)}`}>Fairness</Link>
            </h2>
            <p className="muted">
              Selection rates per group at every stage, the four-fifths check and Fisher’s exact test.
            </p>
          </li>
        ) : null}
        <li className="card">
          <h2>
            <Link to="/methodology">Methodology</Link>
          </h2>
          <p className="muted">How scores are produced and combined, and who decides.</p>
        </li>
      </ul>
      <ReportFilters query={query} onChange={change} />
      <FunnelSection query={query} />
      {canSeeScoreReports(session.role) ? (
        <>
          <DriftSection query={query} />
          <ReliabilitySection query={query} />
          <QuestionQualitySection query={query} />
        </>
      ) : null}
    </div>
  );
}
