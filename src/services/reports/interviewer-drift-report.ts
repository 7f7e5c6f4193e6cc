import { type DriftRow, driftRows } from '../../db/repos/report-score-repo.js';
import { meanInterval } from '../../domain/reports/mean-interval.js';
import type { TInterviewerDriftReport, TReportQuery } from '../../shared/schemas/reports.js';
import type { Actor, Deps } from '../context.js';
import { resolveScope, SCORE_REPORT_ROLES } from './report-scope.js';

/** Below this many interviews an offset is shown but not given an interval or trusted. */
export const MIN_DRIFT_INTERVIEWS = 5;

const offset = (r: Pick<DriftRow, 'n' | 'sum' | 'sumSq'>) => {
  const m = meanInterval(r);
  const enough = r.n >= MIN_DRIFT_INTERVIEWS;
  return { n: r.n, meanOffset: m.mean, sd: m.sd, ci95: enough ? m.ci95 : null, enough };
};

/**
 * Each interviewer's mean offset from their co-panellists on the same interviews (own score −
 * the mean of the others' scores for that interview and dimension), per dimension and overall,
 * with 95% intervals once there are enough interviews, and a monthly trend. For admins and hiring
 * managers; only interviews whose scores the deciders may see count.
 */
export async function interviewerDriftReport(
  deps: Deps,
  actor: Actor,
  query?: TReportQuery,
): Promise<TInterviewerDriftReport> {
  const { scope } = await resolveScope(deps, actor, query, SCORE_REPORT_ROLES);
  const rows = await driftRows(deps.db, scope);
  const byInterviewer = new Map<string, DriftRow[]>();
  for (const r of rows) byInterviewer.set(r.interviewerId, [...(byInterviewer.get(r.interviewerId) ?? []), r]);
  return {
    minInterviews: MIN_DRIFT_INTERVIEWS,
    interviewers: [...byInterviewer.entries()].map(([interviewerId, list]) => {
      const overall = list.find((r) => r.kind === 'overall') ?? { n: 0, sum: 0, sumSq: 0 };
      const { sd: _sd, ...overallOffset } = offset(overall);
      return {
        interviewerId,
        name: list[0]?.name ?? 'Former member',
        overall: overallOffset,
        dimensions: list
          .filter((r) => r.kind === 'dimension')
          .map((r) => ({ dimension: r.key ?? '', ...offset(r) }))
          .sort((a, b) => a.dimension.localeCompare(b.dimension)),
        trend: list
          .filter((r) => r.kind === 'month')
          .map((r) => ({ month: r.key ?? '', n: r.n, meanOffset: r.sum / r.n }))
          .sort((a, b) => a.month.localeCompare(b.month)),
      };
    }),
  };
}
