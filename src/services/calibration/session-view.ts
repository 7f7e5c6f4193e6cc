import type { CalibrationParticipantRow, CalibrationSessionRow } from '../../db/repos/calibration-repo.js';
import { loadRubric } from '../../domain/rubric/rubric.js';
import type { TCalibrationSession, TCalibrationSessionSummary } from '../../shared/schemas/calibration.js';
import type { Dimension } from '../../shared/schemas/vocabulary.js';
import type { Actor } from '../context.js';
import { isRevealed } from './access.js';

/** A dimension as the rubric names it ("Debugging under ambiguity"). */
export function dimensionName(id: string): string {
  return loadRubric().dimensions.find((d) => d.id === id)?.name ?? id;
}

const dimensionRefs = (ids: string[]) => ids.map((id) => ({ id: id as Dimension, name: dimensionName(id) }));

/** The list line of a session, given the counts and the caller's own row. */
export function sessionSummary(
  s: CalibrationSessionRow,
  counts: { participantCount: number; submittedCount: number },
  own: { scores: Record<string, number> | null; submittedAt: Date | null } | undefined,
): TCalibrationSessionSummary {
  return {
    id: s.id,
    title: s.title,
    status: s.status,
    source: s.material.referenceAnswer === undefined ? 'interview' : 'written',
    dimensions: dimensionRefs(s.dimensions),
    participantCount: counts.participantCount,
    submittedCount: counts.submittedCount,
    createdAt: s.createdAt.toISOString(),
    me: {
      invited: own !== undefined,
      submitted: Boolean(own?.submittedAt),
      scores: own?.submittedAt ? own.scores : null,
    },
  };
}

/**
 * A session as the caller may see it. The material is always shown; the reference and the
 * others' scores only when revealed (see isRevealed). The source interview's id is never shown:
 * the material stands on its own.
 */
export function sessionView(
  actor: Actor,
  s: CalibrationSessionRow,
  participants: CalibrationParticipantRow[],
): TCalibrationSession {
  const me = participants.find((p) => p.userId === actor.userId);
  const revealed = isRevealed(actor, me);
  const submitted = participants.filter((p) => p.submittedAt !== null && p.scores);
  return {
    ...sessionSummary(s, { participantCount: participants.length, submittedCount: submitted.length }, me),
    closedAt: s.closedAt?.toISOString() ?? null,
    material: {
      questions: s.material.questions,
      evidence: s.material.evidence.map((e) => ({ dimension: e.dimension as Dimension, text: e.text })),
      referenceAnswer: s.material.referenceAnswer ?? null,
    },
    participants: participants.map((p) => ({ id: p.userId, name: p.name, submitted: p.submittedAt !== null })),
    revealed,
    reference: revealed ? (s.referenceScores ?? {}) : null,
    scores: revealed ? submitted.map((p) => ({ userId: p.userId, name: p.name, scores: p.scores ?? {} })) : null,
  };
}
