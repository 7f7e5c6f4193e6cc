import type { Db, Tx } from '../../db/client.js';
import { type InterviewView, interviewersOf } from '../../db/repos/interview-repo.js';
import { findLoopVersion } from '../../db/repos/role-repo.js';
import { debriefOpen, type ScorecardRow, scorecardsOfInterviews } from '../../db/repos/scorecard-repo.js';
import type { VisibilityFacts } from '../../domain/scorecards/visibility.js';
import { DIMENSIONS, type Dimension } from '../../shared/schemas/vocabulary.js';
import type { Actor } from '../context.js';
import { pinnedQuestions } from '../loops/question-lookup.js';

/** Everything scorecard rules need about one interview, from the caller's point of view. */
export interface InterviewContext {
  interview: InterviewView;
  panel: { id: string; name: string }[];
  stageName: string;
  /** The dimensions the stage's questions give evidence for: what each scorecard rates. */
  dimensions: Dimension[];
  cards: ScorecardRow[];
  own: ScorecardRow | undefined;
  facts: VisibilityFacts;
}

/** Load the context of an interview the caller may already see (checked by the caller). */
export async function interviewContext(db: Db | Tx, actor: Actor, interview: InterviewView): Promise<InterviewContext> {
  const [panel, cards, open, loop] = await Promise.all([
    interviewersOf(db, [interview.id]),
    scorecardsOfInterviews(db, actor.orgId, [interview.id]),
    debriefOpen(db, interview.applicationId),
    findLoopVersion(db, interview.loopVersionId),
  ]);
  const stage = loop?.content.stages.find((s) => s.key === interview.stageKey);
  const found = await pinnedQuestions(db, actor.orgId, stage?.questions ?? []);
  const asked = new Set([...found.values()].flatMap((q) => q.content.dimensions));
  const own = cards.find((c) => c.interviewerId === actor.userId);
  const submitted = new Set(cards.filter((c) => c.status === 'submitted').map((c) => c.interviewerId));
  return {
    interview,
    panel: panel.map(({ id, name }) => ({ id, name })),
    stageName: stage?.name ?? interview.stageKey,
    dimensions: DIMENSIONS.filter((d) => asked.has(d)),
    cards,
    own,
    facts: {
      role: actor.role,
      onPanel: panel.some((p) => p.id === actor.userId),
      ownSubmitted: own?.status === 'submitted',
      allSubmitted: panel.length > 0 && panel.every((p) => submitted.has(p.id)),
      debriefOpen: open,
    },
  };
}
