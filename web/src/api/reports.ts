import type {
  ReportAttribute,
  TAdverseImpactReport,
  TFunnelReport,
  TInterviewerDriftReport,
  TPanelReliabilityReport,
  TQuestionQualityReport,
  TReportGroup,
} from '../../../src/shared/schemas/reports.js';
import { apiGet } from './client.js';

/**
 * The analytics reports: pass-through funnel, adverse impact, interviewer drift, panel
 * reliability and question quality. Each can also be downloaded as CSV (see reportCsvHref).
 */

/** The self-identification answers a fairness report can group by. */
export type FairnessAttribute = ReportAttribute;

/** Every attribute, in the order the picker lists them (as the server's REPORT_ATTRIBUTES). */
export const FAIRNESS_ATTRIBUTES: readonly FairnessAttribute[] = [
  'gender',
  'ethnicity',
  'ageBand',
  'disability',
  'veteran',
];

/** What a report is filtered on: one role (or all), the attribute, and per stage or per interviewer. */
export interface ReportQuery {
  roleId?: string;
  attribute?: FairnessAttribute;
  by?: 'stage' | 'interviewer';
}

/** One group at one decision; every number is null when the group is too small to show. */
export type ImpactGroup = TReportGroup;

/** What every comparison of groups carries: the groups, the reference, and the flag in words. */
export interface ImpactComparison {
  referenceGroup: string | null;
  flagged: boolean;
  explanation: string;
  groups: ImpactGroup[];
}

export type {
  TAdverseImpactReport as AdverseImpactReport,
  TFunnelReport as FunnelReport,
  TInterviewerDriftReport as DriftReport,
  TPanelReliabilityReport as ReliabilityReport,
  TQuestionQualityReport as QuestionQualityReport,
};

/** One stage of the funnel. */
export type FunnelStage = TFunnelReport['stages'][number];
/** One interviewer's drift. */
export type DriftInterviewer = TInterviewerDriftReport['interviewers'][number];
/** One interviewer's offset on one dimension. */
export type DriftDimension = DriftInterviewer['dimensions'][number];

/** The report endpoints by name. */
export const REPORT_PATHS = {
  funnel: '/api/v1/reports/funnel',
  adverseImpact: '/api/v1/reports/adverse-impact',
  drift: '/api/v1/reports/interviewer-drift',
  reliability: '/api/v1/reports/panel-reliability',
  questions: '/api/v1/reports/question-quality',
} as const;

/** The name of one report endpoint. */
export type ReportName = keyof typeof REPORT_PATHS;

function params(query: ReportQuery): Record<string, string | undefined> {
  return { roleId: query.roleId, attribute: query.attribute, by: query.by };
}

/** The address of a report's CSV download (a plain link: the browser saves it). */
export function reportCsvHref(report: ReportName, query: ReportQuery = {}): string {
  const search = new URLSearchParams({ format: 'csv' });
  for (const [key, value] of Object.entries(params(query))) if (value) search.set(key, value);
  return `${REPORT_PATHS[report]}?${search.toString()}`;
}

/** The pass-through funnel. */
export function getFunnel(query: ReportQuery, signal?: AbortSignal): Promise<TFunnelReport> {
  return apiGet<TFunnelReport>(REPORT_PATHS.funnel, { roleId: query.roleId }, { signal });
}

/** Adverse impact per stage (or per interviewer) and group. */
export function getAdverseImpact(query: ReportQuery, signal?: AbortSignal): Promise<TAdverseImpactReport> {
  return apiGet<TAdverseImpactReport>(REPORT_PATHS.adverseImpact, params(query), { signal });
}

/** Each interviewer's offset from their co-panellists. */
export function getInterviewerDrift(query: ReportQuery, signal?: AbortSignal): Promise<TInterviewerDriftReport> {
  return apiGet<TInterviewerDriftReport>(REPORT_PATHS.drift, { roleId: query.roleId }, { signal });
}

/** Panel agreement per stage and dimension. */
export function getPanelReliability(query: ReportQuery, signal?: AbortSignal): Promise<TPanelReliabilityReport> {
  return apiGet<TPanelReliabilityReport>(REPORT_PATHS.reliability, { roleId: query.roleId }, { signal });
}

/** How each question scores and separates. */
export function getQuestionQuality(query: ReportQuery, signal?: AbortSignal): Promise<TQuestionQualityReport> {
  return apiGet<TQuestionQualityReport>(REPORT_PATHS.questions, { roleId: query.roleId }, { signal });
}
