import type { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import { type InterviewView, interviewersOf } from '../../db/repos/interview-repo.js';
import { findLoopVersion } from '../../db/repos/role-repo.js';
import type { ZInterviewSummary } from '../../shared/schemas/panel.js';

type Summary = z.infer<typeof ZInterviewSummary>;

/** API views of interviews, with interviewer names and stage names. */
export async function interviewSummaries(db: Db | Tx, rows: InterviewView[]): Promise<Summary[]> {
  const people = await interviewersOf(
    db,
    rows.map((r) => r.id),
  );
  const stageNames = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.loopVersionId))) {
    for (const s of (await findLoopVersion(db, id))?.content.stages ?? []) stageNames.set(`${id}:${s.key}`, s.name);
  }
  return rows.map((r) => ({
    id: r.id,
    applicationId: r.applicationId,
    candidate: { id: r.candidateId, name: r.candidateName },
    role: { id: r.roleId, title: r.roleTitle, level: r.roleLevel },
    stage: { key: r.stageKey, name: stageNames.get(`${r.loopVersionId}:${r.stageKey}`) ?? r.stageKey },
    scheduledAt: r.scheduledAt.toISOString(),
    status: r.status,
    interviewers: people.filter((p) => p.interviewId === r.id).map(({ id, name }) => ({ id, name })),
  }));
}
