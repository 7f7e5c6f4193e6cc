import type { Page } from '../../../src/shared/schemas/page.js';
import type { TCreateRole, TEditLoop, TLoop, TRole, TUpdateRole } from '../../../src/shared/schemas/panel.js';
import { apiGet, apiPost, apiPut, apiRequest } from './client.js';
import type { TPipeline, TSwapSuggestion } from './panel-types.js';

function rolePath(id: string, rest = ''): string {
  return `/api/v1/roles/${encodeURIComponent(id)}${rest}`;
}

/** One page of the organisation's roles, newest first. */
export function listRoles(opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {}): Promise<Page<TRole>> {
  return apiGet<Page<TRole>>(
    '/api/v1/roles',
    { limit: opts.limit ?? 50, cursor: opts.cursor },
    { signal: opts.signal },
  );
}

/** Open a role; the server composes its loop at once. */
export function createRole(input: TCreateRole): Promise<TRole> {
  return apiPost<TRole>('/api/v1/roles', input);
}

/** One role with its loop warnings. */
export function getRole(id: string, opts: { signal?: AbortSignal } = {}): Promise<TRole> {
  return apiGet<TRole>(rolePath(id), {}, { signal: opts.signal });
}

/** Change a role's title, band, location, hiring manager or status. */
export function updateRole(id: string, input: TUpdateRole): Promise<TRole> {
  return apiRequest<TRole>('PATCH', rolePath(id), { body: input });
}

/** The role's current loop. */
export function getLoop(roleId: string, opts: { signal?: AbortSignal } = {}): Promise<TLoop> {
  return apiGet<TLoop>(rolePath(roleId, '/loop'), {}, { signal: opts.signal });
}

/** Save the whole loop; a change to a locked stage's questions comes back as a new version. */
export function saveLoop(roleId: string, edit: TEditLoop): Promise<TLoop> {
  return apiPut<TLoop>(rolePath(roleId, '/loop'), edit);
}

/** What to recompose a loop with; anything left out keeps the role's setting. */
export interface RecomposeOptions {
  minutes?: number;
  exercise?: TCreateRole['exercise'];
  takeHomeFeeUsd?: number;
}

/** Compose the loop again from the bank. */
export function recomposeLoop(roleId: string, options: RecomposeOptions): Promise<TLoop> {
  return apiPost<TLoop>(rolePath(roleId, '/loop/compose'), options);
}

/** Questions that could replace one in a stage, covering the same dimension. */
export async function swapSuggestions(
  roleId: string,
  stage: string,
  question: string,
  opts: { signal?: AbortSignal } = {},
): Promise<TSwapSuggestion[]> {
  const page = await apiGet<{ items: TSwapSuggestion[] }>(
    rolePath(roleId, '/loop/suggestions'),
    { stage, question },
    { signal: opts.signal },
  );
  return page.items;
}

/** The role's applications, by loop stage. */
export function getPipeline(roleId: string, opts: { signal?: AbortSignal } = {}): Promise<TPipeline> {
  return apiGet<TPipeline>(rolePath(roleId, '/pipeline'), {}, { signal: opts.signal });
}
