import type { z } from 'zod';
import { listInterviews as listRows } from '../../db/repos/interview-repo.js';
import type { ZInterviewSummary } from '../../shared/schemas/panel.js';
import type { Actor, Deps } from '../context.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { interviewSummaries } from './interview-view.js';

/** Interviews the caller may see: their own (interviewers always), or the organisation's (hiring team). */
export async function listInterviews(
  deps: Deps,
  actor: Actor,
  q: { mine?: boolean; roleId?: string },
): Promise<{ items: z.infer<typeof ZInterviewSummary>[] }> {
  const team = (HIRING_EDITORS as readonly string[]).includes(actor.role);
  const rows = await listRows(deps.db, actor.orgId, {
    ...(q.roleId && { roleId: q.roleId }),
    ...((q.mine || !team) && { interviewerId: actor.userId }),
  });
  return { items: await interviewSummaries(deps.db, rows) };
}
