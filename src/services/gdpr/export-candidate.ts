import { findOrg } from '../../db/repos/org-repo.js';
import { canSeeOthers } from '../../domain/scorecards/visibility.js';
import type { TCandidateExport } from '../../shared/schemas/gdpr.js';
import type { Deps } from '../context.js';
import { type PrivacyCaller, requireLiveCandidate, requirePrivacyRole } from './caller.js';
import { type Footprint, loadFootprint } from './footprint.js';

/** Only admins answer a subject-access request: the export holds everything, demographics included. */
export const EXPORT_ROLES = ['admin'] as const;

const WITHHELD_NOTE =
  'Some scorecards are withheld for now: under the independent-scoring rule they are included once every interviewer on that interview has submitted (or the debrief is opened). Export again then.';

/** Which scorecards the caller may see, by the same independence rule as everywhere else. */
function visibleScorecards(fp: Footprint, caller: PrivacyCaller): { visible: Set<string>; withheld: number } {
  const visible = new Set<string>();
  let withheld = 0;
  for (const interview of fp.interviews) {
    const panel = fp.panels.filter((p) => p.interviewId === interview.id);
    const cards = fp.scorecards.filter((c) => c.interviewId === interview.id);
    const submitted = new Set(cards.filter((c) => c.status === 'submitted').map((c) => c.interviewerId));
    const own = cards.find((c) => c.interviewerId === caller.userId);
    const othersVisible = canSeeOthers({
      role: caller.role,
      onPanel: panel.some((p) => p.id === caller.userId),
      ownSubmitted: own?.status === 'submitted',
      allSubmitted: panel.length > 0 && panel.every((p) => submitted.has(p.id)),
      debriefOpen: fp.debriefs.some((d) => d.applicationId === interview.applicationId),
    });
    for (const c of cards) {
      if (c === own || (othersVisible && c.status === 'submitted')) visible.add(c.id);
      else withheld += 1;
    }
  }
  return { visible, withheld };
}

/** The identifying keys of a payload, without anything a withheld scorecard said. */
function idsOnly(payload: Record<string, unknown>): Record<string, unknown> {
  const keep = ['applicationId', 'interviewId', 'version'];
  return Object.fromEntries(Object.entries(payload).filter(([k]) => keep.includes(k)));
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/**
 * Subject-access export (GDPR Art. 15): everything held about a candidate as one JSON document.
 * Scorecards the caller may not see yet under the independence rule are withheld and counted.
 */
export async function exportCandidate(
  deps: Deps,
  caller: PrivacyCaller,
  candidateId: string,
): Promise<TCandidateExport> {
  requirePrivacyRole(caller, EXPORT_ROLES);
  const candidate = await requireLiveCandidate(deps.db, caller.orgId, candidateId);
  const [fp, org] = await Promise.all([loadFootprint(deps.db, candidate), findOrg(deps.db, caller.orgId)]);
  const { visible, withheld } = visibleScorecards(fp, caller);
  const scorecardsOf = (interviewId: string) =>
    fp.scorecards
      .filter((c) => c.interviewId === interviewId && visible.has(c.id))
      .map((c) => ({
        id: c.id,
        interviewer: { id: c.interviewerId, name: c.interviewerName },
        status: c.status,
        version: c.version,
        submittedAt: iso(c.submittedAt),
        updatedAt: c.updatedAt.toISOString(),
        content: c.content,
        versions: fp.versions
          .filter((v) => v.scorecardId === c.id)
          .map((v) => ({
            version: v.version,
            content: v.content,
            amendmentReason: v.amendmentReason,
            createdBy: v.createdBy,
            createdAt: v.createdAt.toISOString(),
          })),
      }));
  return {
    exportedAt: deps.now().toISOString(),
    organisation: { id: caller.orgId, name: org?.name ?? '' },
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      phone: candidate.phone,
      createdAt: candidate.createdAt.toISOString(),
    },
    demographics: fp.demographics
      ? {
          data: fp.demographics.data,
          consentedAt: fp.demographics.consentedAt.toISOString(),
          updatedAt: fp.demographics.updatedAt.toISOString(),
        }
      : null,
    consents: fp.consents.map((c) => ({ purpose: c.purpose, granted: c.granted, at: c.at.toISOString() })),
    applications: fp.applications.map((a) => {
      const debrief = fp.debriefs.find((d) => d.applicationId === a.id);
      return {
        id: a.id,
        roleId: a.roleId,
        roleTitle: a.roleTitle,
        stage: a.stageKey,
        status: a.status,
        accommodations: a.accommodations,
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
        interviews: fp.interviews
          .filter((i) => i.applicationId === a.id)
          .map((i) => ({
            id: i.id,
            stage: i.stageKey,
            status: i.status,
            scheduledAt: i.scheduledAt.toISOString(),
            completedAt: iso(i.completedAt),
            panel: fp.panels.filter((p) => p.interviewId === i.id).map(({ id, name }) => ({ id, name })),
            scorecards: scorecardsOf(i.id),
          })),
        debrief: debrief
          ? { openedBy: { id: debrief.openedBy, name: debrief.openedByName }, openedAt: debrief.openedAt.toISOString() }
          : null,
        decisions: fp.decisions
          .filter((d) => d.applicationId === a.id)
          .map((d) => ({
            id: d.id,
            outcome: d.outcome,
            rationale: d.rationale,
            dissent: d.dissent,
            decidedBy: { id: d.decidedBy, name: d.decidedByName },
            decidedAt: d.decidedAt.toISOString(),
            scorecardIds: d.scorecardIds,
          })),
      };
    }),
    auditEntries: fp.audit.map((e) => ({
      id: e.id,
      action: e.action,
      actorUserId: e.actorUserId,
      targetType: e.targetType,
      targetId: e.targetId,
      // An amendment's entry carries scores; for a withheld scorecard only its ids and version show.
      payload: e.targetType === 'scorecard' && !visible.has(e.targetId ?? '') ? idsOnly(e.payload) : e.payload,
      at: e.at.toISOString(),
    })),
    webhookEvents: fp.events
      .filter((e) => typeof e.payload.scorecardId !== 'string' || visible.has(e.payload.scorecardId))
      .map((e) => ({ id: e.id, type: e.type, payload: e.payload, createdAt: e.createdAt.toISOString() })),
    withheldScorecards: withheld,
    withheldNote: withheld > 0 ? WITHHELD_NOTE : null,
  };
}
