import type {
  TConsentRecord,
  TOrgSettings,
  TRectifyCandidate,
  TUpdateOrgSettings,
} from '../../../src/shared/schemas/gdpr.js';
import type { TCandidate } from '../../../src/shared/schemas/panel.js';
import { apiDelete, apiGet, apiRequest } from './client.js';

/**
 * A candidate's privacy rights (access, rectification, erasure, consent) and the
 * organisation's privacy settings, plus the public methodology text.
 */

function candidatePath(id: string, rest = ''): string {
  return `/api/v1/candidates/${encodeURIComponent(id)}${rest}`;
}

/** The address of the subject-access export (a JSON download; admins only). */
export function candidateExportHref(id: string): string {
  return candidatePath(id, '/export');
}

/** Correct a candidate's name, email or phone (recorded in the audit log). */
export function rectifyCandidate(id: string, input: TRectifyCandidate): Promise<TCandidate> {
  return apiRequest<TCandidate>('PATCH', candidatePath(id), { body: input });
}

/** Erase a candidate: their identity and free text go; anonymous counts stay. */
export function eraseCandidate(id: string): Promise<void> {
  return apiDelete(candidatePath(id));
}

/** Withdraw consent to self-identification: the answers are deleted. */
export function withdrawDemographics(id: string): Promise<void> {
  return apiDelete(candidatePath(id, '/demographics'));
}

/** The candidate's consent history, newest first as the server sends it. */
export async function getConsents(id: string, signal?: AbortSignal): Promise<TConsentRecord[]> {
  const body = await apiGet<{ items: TConsentRecord[] }>(candidatePath(id, '/consents'), {}, { signal });
  return body.items;
}

/** The organisation's privacy and fairness settings (admins). */
export function getOrgSettings(signal?: AbortSignal): Promise<TOrgSettings> {
  return apiGet<TOrgSettings>('/api/v1/org/settings', {}, { signal });
}

/** Change some of the organisation's settings (admins). */
export function updateOrgSettings(input: TUpdateOrgSettings): Promise<TOrgSettings> {
  return apiRequest<TOrgSettings>('PATCH', '/api/v1/org/settings', { body: input });
}

/** How Caliper produces and combines scores, as markdown (public). */
export async function getMethodology(signal?: AbortSignal): Promise<string> {
  const body = await apiGet<{ markdown: string }>('/api/v1/methodology', {}, { signal });
  return body.markdown;
}
