import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { closeCalibrationSession } from '../../../services/calibration/close-calibration-session.js';
import { createCalibrationSession } from '../../../services/calibration/create-calibration-session.js';
import { getCalibrationReport } from '../../../services/calibration/get-calibration-report.js';
import { getCalibrationSession } from '../../../services/calibration/get-calibration-session.js';
import { listCalibrationSessions } from '../../../services/calibration/list-calibration-sessions.js';
import { submitCalibrationScores } from '../../../services/calibration/submit-calibration-scores.js';
import type { Deps } from '../../../services/context.js';
import {
  ZCalibrationReport,
  ZCalibrationSession,
  ZCalibrationSessionList,
  ZCreateCalibrationSession,
  ZSubmitCalibrationScores,
} from '../../../shared/schemas/calibration.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

/** Calibration sessions: blind re-scoring of anonymised evidence, and the divergence report. */
export async function calibrationRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calibration'];
  r.post(
    '/api/v1/calibration-sessions',
    {
      schema: {
        tags,
        summary: 'Create a session from a past interview (anonymised) or a written answer (admins)',
        body: ZCreateCalibrationSession,
        response: { 201: ZCalibrationSession, ...errors(400, 401, 403, 404, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await createCalibrationSession(deps, requireActor(req), req.body)),
  );
  r.get(
    '/api/v1/calibration-sessions',
    {
      schema: {
        tags,
        summary: 'Sessions you may see (admins: all; others: those they are invited to)',
        response: { 200: ZCalibrationSessionList, ...errors(401) },
      },
    },
    async (req) => listCalibrationSessions(deps, requireActor(req)),
  );
  r.get(
    '/api/v1/calibration-sessions/:id',
    {
      schema: {
        tags,
        summary: 'The material; the reference and the scores only after you submit yours',
        params: ZIdParam,
        response: { 200: ZCalibrationSession, ...errors(400, 401, 404) },
      },
    },
    async (req) => getCalibrationSession(deps, requireActor(req), req.params.id),
  );
  r.put(
    '/api/v1/calibration-sessions/:id/scores',
    {
      schema: {
        tags,
        summary: 'Submit your blind scores, one per dimension, once (invited panellists, while open)',
        params: ZIdParam,
        body: ZSubmitCalibrationScores,
        response: { 200: ZCalibrationSession, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => submitCalibrationScores(deps, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/calibration-sessions/:id/report',
    {
      schema: {
        tags,
        summary: 'Each panellist’s divergence from the panel and the reference (admins; participants after scoring)',
        params: ZIdParam,
        response: { 200: ZCalibrationReport, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => getCalibrationReport(deps, requireActor(req), req.params.id),
  );
  r.post(
    '/api/v1/calibration-sessions/:id/close',
    {
      schema: {
        tags,
        summary: 'Close the session: no more scores (admins)',
        params: ZIdParam,
        response: { 200: ZCalibrationSession, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => closeCalibrationSession(deps, requireActor(req), req.params.id),
  );
}
