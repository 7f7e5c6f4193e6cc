import { reliabilityRows } from '../../db/repos/report-score-repo.js';
import { iccOneWayFromSums, intervalAlphaFromSums } from '../../domain/reports/aggregate-reliability.js';
import type { TPanelReliabilityReport, TReportQuery } from '../../shared/schemas/reports.js';
import type { Actor, Deps } from '../context.js';
import { resolveScope, SCORE_REPORT_ROLES } from './report-scope.js';

type StageOut = TPanelReliabilityReport['stages'][number];

/**
 * How far panellists agree, per stage and dimension: ICC(1,1) with its 95% interval (panels may
 * differ in size) and Krippendorff's interval alpha, over interviews with at least two scores of
 * the dimension. Null where there is too little data or no variation. Admins and hiring managers.
 */
export async function panelReliabilityReport(
  deps: Deps,
  actor: Actor,
  query?: TReportQuery,
): Promise<TPanelReliabilityReport> {
  const { scope } = await resolveScope(deps, actor, query, SCORE_REPORT_ROLES);
  const rows = await reliabilityRows(deps.db, scope);
  const stages: StageOut[] = [];
  for (const r of rows) {
    let stage = stages.find((s) => s.stage === r.key);
    if (!stage) {
      stage = { stage: r.key, name: r.name, dimensions: [] };
      stages.push(stage);
    }
    const icc = iccOneWayFromSums(r);
    stage.dimensions.push({
      dimension: r.dimension,
      interviews: r.units,
      ratings: r.ratings,
      icc: icc?.value ?? null,
      iccCi95: icc && icc.value !== null ? icc.ci95 : null,
      alpha: intervalAlphaFromSums(r),
    });
  }
  return { stages };
}
