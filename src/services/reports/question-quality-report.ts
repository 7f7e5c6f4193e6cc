import { questionRows } from '../../db/repos/report-score-repo.js';
import { cohensD, sampleVariance } from '../../domain/reports/mean-interval.js';
import type { TQuestionQualityReport, TReportQuery } from '../../shared/schemas/reports.js';
import type { Actor, Deps } from '../context.js';
import { resolveScope, SCORE_REPORT_ROLES } from './report-scope.js';

/**
 * Per question of the loops in scope: how often it was asked, the mean and variance of the score
 * on its dimension, how often that dimension was left "not assessed", and how well the score
 * separates candidates who were advanced or hired from those rejected at the stage (difference of
 * per-interview mean scores and Cohen's d; null when either side has fewer than two). Admins and
 * hiring managers.
 */
export async function questionQualityReport(
  deps: Deps,
  actor: Actor,
  query?: TReportQuery,
): Promise<TQuestionQualityReport> {
  const { scope } = await resolveScope(deps, actor, query, SCORE_REPORT_ROLES);
  const rows = await questionRows(deps.db, scope);
  return {
    questions: rows.map((r) => {
      const scores = { n: r.scored, sum: r.sum ?? 0, sumSq: r.sumSq ?? 0 };
      const advanced = { n: r.advancedN, sum: r.advancedSum ?? 0, sumSq: r.advancedSumSq ?? 0 };
      const rejected = { n: r.rejectedN, sum: r.rejectedSum ?? 0, sumSq: r.rejectedSumSq ?? 0 };
      const bothSides = advanced.n >= 2 && rejected.n >= 2;
      return {
        questionId: r.questionId,
        version: r.version,
        text: r.text,
        dimension: r.dimension,
        stages: [...r.stages].sort(),
        timesAsked: r.asked,
        ratings: r.ratings,
        meanScore: scores.n > 0 ? scores.sum / scores.n : null,
        variance: sampleVariance(scores),
        notAssessedRate: r.ratings > 0 ? (r.ratings - r.scored) / r.ratings : null,
        separation: {
          advanced: advanced.n,
          rejected: rejected.n,
          meanDifference: bothSides ? advanced.sum / advanced.n - rejected.sum / rejected.n : null,
          effectSize: bothSides ? cohensD(advanced, rejected) : null,
        },
      };
    }),
  };
}
