import { funnelRows } from '../../db/repos/report-repo.js';
import type { TFunnelReport, TReportQuery } from '../../shared/schemas/reports.js';
import type { Actor, Deps } from '../context.js';
import { PROCESS_REPORT_ROLES, resolveScope } from './report-scope.js';

/**
 * Pass-through per stage: how many applications reached each stage, and how they were decided
 * there. For admins, recruiters and hiring managers.
 */
export async function funnelReport(deps: Deps, actor: Actor, query?: TReportQuery): Promise<TFunnelReport> {
  const { query: q, scope } = await resolveScope(deps, actor, query, PROCESS_REPORT_ROLES);
  const rows = await funnelRows(deps.db, scope);
  return {
    roleId: q.roleId ?? null,
    stages: rows.map((r) => ({
      stage: r.key,
      name: r.name,
      entered: r.entered,
      passed: r.passed,
      rejected: r.failed,
      withdrawn: r.withdrawn,
      active: r.active,
      rate: r.passed + r.failed === 0 ? null : r.passed / (r.passed + r.failed),
    })),
  };
}
