import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  adverseImpactCsv,
  driftCsv,
  funnelCsv,
  questionQualityCsv,
  reliabilityCsv,
} from '../../../domain/reports/report-csv.js';
import type { Actor, Deps } from '../../../services/context.js';
import { adverseImpactReport } from '../../../services/reports/adverse-impact-report.js';
import { funnelReport } from '../../../services/reports/funnel-report.js';
import { interviewerDriftReport } from '../../../services/reports/interviewer-drift-report.js';
import { panelReliabilityReport } from '../../../services/reports/panel-reliability-report.js';
import { questionQualityReport } from '../../../services/reports/question-quality-report.js';
import {
  type TReportQueryParsed,
  ZAdverseImpactReport,
  ZFunnelReport,
  ZInterviewerDriftReport,
  ZPanelReliabilityReport,
  ZQuestionQualityReport,
  ZReportQuery,
} from '../../../shared/schemas/reports.js';
import { requireActor } from '../../plugins/auth.js';
import { errors } from '../common.js';

/** One report: its path, summary, response schema, use case and CSV flattening. */
interface ReportDef<T> {
  path: string;
  file: string;
  summary: string;
  schema: z.ZodType<T>;
  run: (deps: Deps, actor: Actor, query: TReportQueryParsed) => Promise<T>;
  csv: (report: T) => string;
}

const def = <T>(d: ReportDef<T>): ReportDef<T> => d;

const REPORTS = [
  def({
    path: 'funnel',
    file: 'funnel',
    summary: 'Pass-through per stage (admins, recruiters, hiring managers)',
    schema: ZFunnelReport,
    run: funnelReport,
    csv: funnelCsv,
  }),
  def({
    path: 'adverse-impact',
    file: 'adverse-impact',
    summary:
      'Selection rates by self-identified group per stage or interviewer, with the four-fifths rule and Fisher’s exact test; small groups suppressed (admins; recruiters if allowed)',
    schema: ZAdverseImpactReport,
    run: adverseImpactReport,
    csv: adverseImpactCsv,
  }),
  def({
    path: 'interviewer-drift',
    file: 'interviewer-drift',
    summary: 'Each interviewer’s mean offset from co-panellists, with intervals and a monthly trend (deciders)',
    schema: ZInterviewerDriftReport,
    run: interviewerDriftReport,
    csv: driftCsv,
  }),
  def({
    path: 'panel-reliability',
    file: 'panel-reliability',
    summary: 'ICC(1,1) and Krippendorff’s interval alpha per stage and dimension (deciders)',
    schema: ZPanelReliabilityReport,
    run: panelReliabilityReport,
    csv: reliabilityCsv,
  }),
  def({
    path: 'question-quality',
    file: 'question-quality',
    summary: 'Per question: times asked, score spread, “not assessed” rate and separation of outcomes (deciders)',
    schema: ZQuestionQualityReport,
    run: questionQualityReport,
    csv: questionQualityCsv,
  }),
];

function sendCsv(reply: FastifyReply, name: string, body: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(body);
}

/** Analytics reports, as JSON or (with `format=csv`) as a CSV download. */
export async function reportRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  for (const report of REPORTS as ReportDef<unknown>[]) {
    r.get(
      `/api/v1/reports/${report.path}`,
      {
        schema: {
          tags,
          summary: report.summary,
          querystring: ZReportQuery,
          response: {
            200: report.schema.describe('JSON, or text/csv with format=csv'),
            ...errors(400, 401, 403, 404),
          },
        },
      },
      async (req, reply) => {
        const result = await report.run(deps, requireActor(req), req.query);
        if (req.query.format === 'csv') return sendCsv(reply, `caliper-${report.file}`, report.csv(result));
        return result;
      },
    );
  }
}
