import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { users } from '../schema.js';
import {
  applications,
  candidates,
  interviewInterviewers,
  interviews,
  loopVersions,
  roles,
  type StoredLoop,
} from '../schema-panel.js';

/**
 * Everything about an interview that can change after it was scheduled, read in one round
 * trip: the interview, the names it shows, the accommodations, the panel (which is also the
 * access check for interviewers) and a hash of the loop version's content (a loop can be
 * re-composed until a candidate has been interviewed on it). What the hash stands for — the
 * stage's questions at their pinned versions — never changes, so callers may cache it by hash.
 */
export interface InterviewState {
  id: string;
  applicationId: string;
  loopVersionId: string;
  loopHash: string;
  stageKey: string;
  scheduledAt: Date;
  status: 'scheduled' | 'completed' | 'cancelled';
  candidateId: string;
  candidateName: string;
  roleId: string;
  roleTitle: string;
  roleLevel: 'junior' | 'mid' | 'senior' | 'staff';
  accommodations: string | null;
  /** Interviewers ordered by name. */
  panel: { id: string; name: string }[];
}

/** One interview of an organisation with its changeable state, or nothing. */
export async function findInterviewState(db: Db | Tx, orgId: string, id: string): Promise<InterviewState | undefined> {
  const panel = sql<{ id: string; name: string }[]>`coalesce((
      select json_agg(json_build_object('id', ${users.id}, 'name', ${users.name}) order by ${users.name}, ${users.id})
      from ${interviewInterviewers} join ${users} on ${users.id} = ${interviewInterviewers.userId}
      where ${interviewInterviewers.interviewId} = ${interviews.id}
    ), '[]'::json)`;
  const [row] = await db
    .select({
      id: interviews.id,
      applicationId: interviews.applicationId,
      loopVersionId: interviews.loopVersionId,
      loopHash: sql<string>`md5(${loopVersions.content}::text)`,
      stageKey: interviews.stageKey,
      scheduledAt: interviews.scheduledAt,
      status: interviews.status,
      candidateId: candidates.id,
      candidateName: candidates.name,
      roleId: roles.id,
      roleTitle: roles.title,
      roleLevel: roles.level,
      accommodations: applications.accommodations,
      panel,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(loopVersions, eq(loopVersions.id, interviews.loopVersionId))
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, id)))
    // Read on every first request about an interview; planning this join cost more than running it.
    .prepare('find_interview_state')
    .execute();
  if (!row) return undefined;
  // node-postgres parses json; PGlite may hand back text.
  const parsedPanel = typeof row.panel === 'string' ? (JSON.parse(row.panel) as InterviewState['panel']) : row.panel;
  return { ...row, panel: parsedPanel };
}

/** A loop version's content with the same hash `findInterviewState` reports for it. */
export async function loopContentWithHash(
  db: Db | Tx,
  id: string,
): Promise<{ content: StoredLoop; hash: string } | undefined> {
  const [row] = await db
    .select({ content: loopVersions.content, hash: sql<string>`md5(${loopVersions.content}::text)` })
    .from(loopVersions)
    .where(eq(loopVersions.id, id));
  return row;
}
