import { interviewerGroupRows, stageGroupRows } from '../../db/repos/report-fairness-repo.js';
import { stageNames } from '../../db/repos/report-repo.js';
import { compareGroups, demographicGroup } from '../../domain/reports/fairness.js';
import type { GroupCounts } from '../../domain/stats/adverse-impact.js';
import { AppError } from '../../shared/errors.js';
import type { TAdverseImpactReport, TReportQuery } from '../../shared/schemas/reports.js';
import type { Actor, Deps } from '../context.js';
import { reportSettings, resolveScope } from './report-scope.js';

/**
 * On the 1–5 recommendation scale (1 strong no … 3 undecided … 5 strong yes) a 4 or 5 is a
 * recommendation to advance; a 3 is not, because it does not argue for the candidate.
 */
export const ADVANCE_AT_RECOMMENDATION = 4;

/**
 * Demographic reports are for admins, and for recruiters only where the organisation allows it;
 * hiring managers and interviewers never see them (they decide or score individual candidates).
 */
async function requireFairnessReader(deps: Deps, actor: Actor): Promise<number> {
  const settings = await reportSettings(deps, actor.orgId);
  const allowed = actor.role === 'admin' || (actor.role === 'recruiter' && settings.recruitersSeeFairness);
  if (!allowed)
    throw new AppError(
      'forbidden',
      actor.role === 'recruiter'
        ? 'fairness reports are for admins; this organisation does not share them with recruiters'
        : 'fairness reports are for admins (and recruiters where the organisation allows)',
    );
  return settings.minGroupSize;
}

/** Group the rows by a key, keeping only real groups (no answer or "prefer not to say" is none). */
function byKey<R extends { group: string; applicants: number; selected: number }>(
  rows: readonly R[],
  key: (r: R) => string,
): Map<string, GroupCounts[]> {
  const out = new Map<string, GroupCounts[]>();
  for (const r of rows) {
    const group = demographicGroup(r.group);
    if (group === null) continue;
    const list = out.get(key(r)) ?? [];
    list.push({ group, applicants: r.applicants, selected: r.selected });
    out.set(key(r), list);
  }
  return out;
}

/**
 * Adverse impact per stage (or, with `by=interviewer`, per interviewer's recommendations) and
 * self-identified group: selection rates, impact ratios against the highest group, the
 * four-fifths flag with Fisher's exact test, small groups suppressed, each flag in words.
 */
export async function adverseImpactReport(
  deps: Deps,
  actor: Actor,
  query?: TReportQuery,
): Promise<TAdverseImpactReport> {
  const { query: q, scope } = await resolveScope(deps, actor, query, ['admin', 'recruiter']);
  const minGroupSize = await requireFairnessReader(deps, actor);
  if (q.by === 'interviewer') {
    const rows = await interviewerGroupRows(deps.db, scope, q.attribute, ADVANCE_AT_RECOMMENDATION);
    const names = new Map(rows.map((r) => [r.interviewerId, r.name]));
    const groups = byKey(rows, (r) => r.interviewerId);
    return {
      by: 'interviewer',
      attribute: q.attribute,
      minGroupSize,
      advanceAtRecommendation: ADVANCE_AT_RECOMMENDATION,
      interviewers: [...groups.entries()]
        .map(([interviewerId, counts]) => ({
          interviewerId,
          name: names.get(interviewerId) ?? 'Former member',
          ...compareGroups(counts, minGroupSize),
        }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.interviewerId.localeCompare(b.interviewerId)),
    };
  }
  const [stages, rows] = await Promise.all([stageNames(deps.db, scope), stageGroupRows(deps.db, scope, q.attribute)]);
  const groups = byKey(rows, (r) => r.key);
  return {
    by: 'stage',
    attribute: q.attribute,
    minGroupSize,
    stages: stages.map((s) => {
      const c = compareGroups(groups.get(s.key) ?? [], minGroupSize);
      const nothing = c.groups.length === 0;
      return {
        stage: s.key,
        name: s.name,
        ...c,
        explanation: nothing ? 'No one who self-identified has been decided at this stage yet.' : c.explanation,
      };
    }),
  };
}
