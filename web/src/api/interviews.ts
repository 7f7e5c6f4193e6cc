import type { TInterviewKit, TScheduleInterview } from '../../../src/shared/schemas/panel.js';
import { apiGet, apiPost } from './client.js';
import type { TInterviewSummary } from './panel-types.js';

function interviewPath(id: string, rest = ''): string {
  return `/api/v1/interviews/${encodeURIComponent(id)}${rest}`;
}

/** Schedule an interview at a stage with at least one interviewer. */
export function scheduleInterview(input: TScheduleInterview): Promise<TInterviewSummary> {
  return apiPost<TInterviewSummary>('/api/v1/interviews', input);
}

/** Interviews the signed-in member takes part in (`mine`), or a role's interviews. */
export async function listInterviews(
  filter: { mine: true } | { roleId: string },
  opts: { signal?: AbortSignal } = {},
): Promise<TInterviewSummary[]> {
  const query = 'mine' in filter ? { mine: 'true' } : { roleId: filter.roleId };
  const page = await apiGet<{ items: TInterviewSummary[] }>('/api/v1/interviews', query, { signal: opts.signal });
  return page.items;
}

/** The interview kit: questions in order, what to listen for, follow-ups and the anchors for the level. */
export function getInterviewKit(id: string, opts: { signal?: AbortSignal } = {}): Promise<TInterviewKit> {
  return apiGet<TInterviewKit>(interviewPath(id), {}, { signal: opts.signal });
}

/** Mark the interview as held; its stage's questions and order are then fixed for this loop version. */
export function completeInterview(id: string): Promise<void> {
  return apiPost<undefined>(interviewPath(id, '/complete'));
}
