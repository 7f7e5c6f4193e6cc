/**
 * Calibration sessions over the API. Types come from the shared Zod contracts with type-only
 * imports, so zod never reaches the web bundle.
 */
import type {
  TCalibrationReport,
  TCalibrationSession,
  TCalibrationSessionSummary,
  TCreateCalibrationSession,
  TSubmitCalibrationScores,
} from '../../../src/shared/schemas/calibration.js';
import { apiGet, apiPost, apiPut } from './client.js';
import type { TInterviewSummary } from './panel-types.js';

const base = '/api/v1/calibration-sessions';
const sessionPath = (id: string, rest = '') => `${base}/${encodeURIComponent(id)}${rest}`;

/** Sessions the signed-in member may see: admins all, others those they are invited to. */
export async function listCalibrationSessions(
  opts: { signal?: AbortSignal } = {},
): Promise<TCalibrationSessionSummary[]> {
  return (await apiGet<{ items: TCalibrationSessionSummary[] }>(base, {}, { signal: opts.signal })).items;
}

/** Create a session from a past interview or a written answer (admins). */
export function createCalibrationSession(input: TCreateCalibrationSession): Promise<TCalibrationSession> {
  return apiPost<TCalibrationSession>(base, input);
}

/** One session: the material; the reference and scores once the caller may see them. */
export function getCalibrationSession(id: string, opts: { signal?: AbortSignal } = {}): Promise<TCalibrationSession> {
  return apiGet<TCalibrationSession>(sessionPath(id), {}, { signal: opts.signal });
}

/** Submit the caller's blind scores (once). */
export function submitCalibrationScores(id: string, input: TSubmitCalibrationScores): Promise<TCalibrationSession> {
  return apiPut<TCalibrationSession>(sessionPath(id, '/scores'), input);
}

/** The divergence report. */
export function getCalibrationReport(id: string, opts: { signal?: AbortSignal } = {}): Promise<TCalibrationReport> {
  return apiGet<TCalibrationReport>(sessionPath(id, '/report'), {}, { signal: opts.signal });
}

/** Close a session (admins). */
export function closeCalibrationSession(id: string): Promise<TCalibrationSession> {
  return apiPost<TCalibrationSession>(sessionPath(id, '/close'));
}

/** Held interviews of the organisation (the hiring team sees them all): the picker's choices. */
export async function listHeldInterviews(opts: { signal?: AbortSignal } = {}): Promise<TInterviewSummary[]> {
  const page = await apiGet<{ items: TInterviewSummary[] }>('/api/v1/interviews', {}, { signal: opts.signal });
  return page.items.filter((i) => i.status === 'completed');
}

export type { TCalibrationReport, TCalibrationSession, TCalibrationSessionSummary };
