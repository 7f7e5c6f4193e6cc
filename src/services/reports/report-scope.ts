import { findOrg } from '../../db/repos/org-repo.js';
import type { ReportScope } from '../../db/repos/report-repo.js';
import { refreshQueuedSummaries } from '../../db/repos/summary-queue-repo.js';
import { AppError } from '../../shared/errors.js';
import { type TReportQuery, type TReportQueryParsed, ZReportQuery } from '../../shared/schemas/reports.js';
import type { Role } from '../../shared/schemas/vocabulary.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { requireRoleRow } from '../roles/editors.js';

/** Reports about the hiring process itself (no scores, no demographics). */
export const PROCESS_REPORT_ROLES = ['admin', 'recruiter', 'hiring_manager'] as const satisfies readonly Role[];
/**
 * Reports built from scores: only the people who see scores and decide (recruiters run the
 * process but do not see scores; docs/product-rules.md, Visibility).
 */
export const SCORE_REPORT_ROLES = ['admin', 'hiring_manager'] as const satisfies readonly Role[];

/** The checked query and the database scope it selects. */
export interface ResolvedScope {
  query: TReportQueryParsed;
  scope: ReportScope;
}

const DAY_MS = 86_400_000;
const isBareDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Parse the query (services may be called without the HTTP layer), 400 on bad input. */
export function parseReportQuery(query: TReportQuery | undefined): TReportQueryParsed {
  const parsed = ZReportQuery.safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'query', message: i.message }));
  const first = details[0] as { path: string; message: string };
  throw new AppError('validation_failed', `${first.path}: ${first.message}`, { details });
}

/**
 * Check the caller's role, the query, and that the role (if any) is the caller's organisation's
 * (another organisation's role is simply not found).
 */
export async function resolveScope(
  deps: Deps,
  actor: Actor,
  query: TReportQuery | undefined,
  roles: readonly Role[],
): Promise<ResolvedScope> {
  requireRole(actor, roles);
  const q = parseReportQuery(query);
  if (q.roleId) await requireRoleRow(deps.db, actor.orgId, q.roleId);
  // Submissions queue their summaries; rewrite what is still queued so the report includes them.
  await refreshQueuedSummaries(deps.db, actor.orgId);
  const before = q.to
    ? isBareDate(q.to)
      ? new Date(Date.parse(`${q.to}T00:00:00Z`) + DAY_MS).toISOString()
      : new Date(Date.parse(q.to) + 1).toISOString()
    : undefined;
  const from = q.from ? new Date(isBareDate(q.from) ? `${q.from}T00:00:00Z` : q.from).toISOString() : undefined;
  return { query: q, scope: { orgId: actor.orgId, roleId: q.roleId, from, before } };
}

/** The organisation's report settings. */
export async function reportSettings(
  deps: Deps,
  orgId: string,
): Promise<{ minGroupSize: number; recruitersSeeFairness: boolean }> {
  const org = await findOrg(deps.db, orgId);
  if (!org) throw new AppError('not_found', 'no such organisation');
  return { minGroupSize: Math.max(1, org.minGroupSize), recruitersSeeFairness: org.recruitersSeeFairness };
}
