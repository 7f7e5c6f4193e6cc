import type { Page } from '../../../src/shared/schemas/page.js';
import type {
  TCandidate,
  TCreateCandidate,
  TDemographics,
  TDemographicsStatus,
} from '../../../src/shared/schemas/panel.js';
import { apiGet, apiPost, apiPut, apiRequest } from './client.js';
import type { TApplicationSummary, TCandidatePacket } from './panel-types.js';

function candidatePath(id: string, rest = ''): string {
  return `/api/v1/candidates/${encodeURIComponent(id)}${rest}`;
}

function applicationPath(id: string, rest = ''): string {
  return `/api/v1/applications/${encodeURIComponent(id)}${rest}`;
}

/** Add a candidate, applying them to a role at once when `roleId` is given. */
export function createCandidate(input: TCreateCandidate): Promise<TCandidate> {
  return apiPost<TCandidate>('/api/v1/candidates', input);
}

/** One page of candidates. */
export function listCandidates(
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<Page<TCandidate>> {
  return apiGet<Page<TCandidate>>(
    '/api/v1/candidates',
    { limit: opts.limit ?? 50, cursor: opts.cursor },
    { signal: opts.signal },
  );
}

/** One candidate with their applications. */
export function getCandidate(id: string, opts: { signal?: AbortSignal } = {}): Promise<TCandidate> {
  return apiGet<TCandidate>(candidatePath(id), {}, { signal: opts.signal });
}

/** Move an application to a stage of its loop. */
export function moveApplication(id: string, stage: string): Promise<TApplicationSummary> {
  return apiPost<TApplicationSummary>(applicationPath(id, '/move'), { stage });
}

/** Change an application's accommodations or withdraw it. */
export function updateApplication(
  id: string,
  input: { accommodations?: string | null; status?: 'active' | 'withdrawn' },
): Promise<TApplicationSummary> {
  return apiRequest<TApplicationSummary>('PATCH', applicationPath(id), { body: input });
}

/** What the candidate is sent before the loop. */
export function getPacket(applicationId: string, opts: { signal?: AbortSignal } = {}): Promise<TCandidatePacket> {
  return apiGet<TCandidatePacket>(applicationPath(applicationId, '/packet'), {}, { signal: opts.signal });
}

/** The candidate's voluntary self-identification (admins and recruiters only). */
export function getDemographics(
  candidateId: string,
  opts: { signal?: AbortSignal } = {},
): Promise<TDemographicsStatus> {
  return apiGet<TDemographicsStatus>(candidatePath(candidateId, '/demographics'), {}, { signal: opts.signal });
}

/** Record the candidate's voluntary self-identification (admins and recruiters only; needs consent). */
export function saveDemographics(candidateId: string, input: TDemographics): Promise<TDemographicsStatus> {
  return apiPut<TDemographicsStatus>(candidatePath(candidateId, '/demographics'), input);
}
