/**
 * Each report flattened to one CSV table, one row per innermost item, so a spreadsheet can sort
 * and filter it. Suppressed groups stay suppressed: their cells are empty, never numbers.
 */
import { type CsvCell, toCsv } from '../../shared/csv-write.js';
import type {
  TAdverseImpactReport,
  TFunnelReport,
  TInterviewerDriftReport,
  TPanelReliabilityReport,
  TQuestionQualityReport,
  TReportGroup,
} from '../../shared/schemas/reports.js';

const GROUP_HEADER = [
  'group',
  'suppressed',
  'applicants',
  'selected',
  'rate',
  'impact_ratio',
  'adverse_impact',
  'fisher_p',
] as const;
const groupCells = (g: TReportGroup): CsvCell[] => [
  g.group,
  g.suppressed,
  g.applicants,
  g.selected,
  g.rate,
  g.impactRatio,
  g.adverseImpact,
  g.fisherP,
];

/** The funnel: one row per stage. */
export function funnelCsv(r: TFunnelReport): string {
  return toCsv(
    ['stage', 'name', 'entered', 'passed', 'rejected', 'withdrawn', 'active', 'rate'],
    r.stages.map((s) => [s.stage, s.name, s.entered, s.passed, s.rejected, s.withdrawn, s.active, s.rate]),
  );
}

/** Adverse impact: one row per stage (or interviewer) and group, with the stage's explanation. */
export function adverseImpactCsv(r: TAdverseImpactReport): string {
  const parts =
    r.by === 'stage'
      ? r.stages.map((s) => ({ id: s.stage, name: s.name, c: s }))
      : r.interviewers.map((i) => ({ id: i.interviewerId, name: i.name, c: i }));
  const rows: CsvCell[][] = [];
  for (const p of parts) {
    const head = [r.attribute, p.id, p.name, p.c.referenceGroup, p.c.flagged, p.c.explanation];
    if (p.c.groups.length === 0) rows.push([...head, ...GROUP_HEADER.map(() => null)]);
    for (const g of p.c.groups) rows.push([...head, ...groupCells(g)]);
  }
  return toCsv(['attribute', r.by, 'name', 'reference_group', 'flagged', 'explanation', ...GROUP_HEADER], rows);
}

/** Interviewer drift: one row per interviewer and dimension, plus an "overall" row each. */
export function driftCsv(r: TInterviewerDriftReport): string {
  const rows: CsvCell[][] = [];
  for (const i of r.interviewers) {
    const o = i.overall;
    rows.push([i.interviewerId, i.name, 'overall', o.n, o.meanOffset, o.ci95?.[0], o.ci95?.[1], o.enough]);
    for (const d of i.dimensions)
      rows.push([i.interviewerId, i.name, d.dimension, d.n, d.meanOffset, d.ci95?.[0], d.ci95?.[1], d.enough]);
  }
  return toCsv(['interviewer_id', 'name', 'dimension', 'n', 'mean_offset', 'ci95_low', 'ci95_high', 'enough'], rows);
}

/** Panel reliability: one row per stage and dimension. */
export function reliabilityCsv(r: TPanelReliabilityReport): string {
  return toCsv(
    ['stage', 'name', 'dimension', 'interviews', 'ratings', 'icc', 'icc_ci95_low', 'icc_ci95_high', 'alpha'],
    r.stages.flatMap((s) =>
      s.dimensions.map((d) => [
        s.stage,
        s.name,
        d.dimension,
        d.interviews,
        d.ratings,
        d.icc,
        d.iccCi95?.[0],
        d.iccCi95?.[1],
        d.alpha,
      ]),
    ),
  );
}

/** Question quality: one row per question. */
export function questionQualityCsv(r: TQuestionQualityReport): string {
  return toCsv(
    [
      'question_id',
      'version',
      'text',
      'dimension',
      'stages',
      'times_asked',
      'ratings',
      'mean_score',
      'variance',
      'not_assessed_rate',
      'advanced',
      'rejected',
      'mean_difference',
      'effect_size',
    ],
    r.questions.map((q) => [
      q.questionId,
      q.version,
      q.text,
      q.dimension,
      q.stages.join(' '),
      q.timesAsked,
      q.ratings,
      q.meanScore,
      q.variance,
      q.notAssessedRate,
      q.separation.advanced,
      q.separation.rejected,
      q.separation.meanDifference,
      q.separation.effectSize,
    ]),
  );
}
