import type { Db, Tx } from '../../db/client.js';
import { concurrently } from '../../db/concurrently.js';
import { type InterviewView, interviewersOf } from '../../db/repos/interview-repo.js';
import { findLoopVersions } from '../../db/repos/role-repo.js';
import { openDebriefs, type ScorecardRow, scorecardsOfInterviews } from '../../db/repos/scorecard-repo.js';
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
  const [ctx] = await interviewContexts(db, actor, [interview]);
  if (!ctx) throw new Error('interviewContexts returned nothing');
  return ctx;
}

/** Group rows by a key. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

/**
 * The contexts of several interviews (a debrief's, an audit's) in the same number of queries as
 * one: panels, scorecards, debriefs and loop versions together, then the pinned questions.
 * `openDebriefs`: which of their applications have an open debrief, when the caller has read it.
 */
export async function interviewContexts(
  db: Db | Tx,
  actor: Actor,
  interviews: readonly InterviewView[],
  known: { openDebriefs?: ReadonlySet<string> } = {},
): Promise<InterviewContext[]> {
  if (interviews.length === 0) return [];
  const ids = interviews.map((i) => i.id);
  const [panels, cards, open, loops] = await concurrently(db, [
    () => interviewersOf(db, ids),
    () => scorecardsOfInterviews(db, actor.orgId, ids),
    async () => known.openDebriefs ?? openDebriefs(db, [...new Set(interviews.map((i) => i.applicationId))]),
    () => findLoopVersions(db, [...new Set(interviews.map((i) => i.loopVersionId))]),
  ]);
  const stageOf = (i: InterviewView) =>
    loops.find((l) => l.id === i.loopVersionId)?.content.stages.find((s) => s.key === i.stageKey);
  const found = await pinnedQuestions(
    db,
    actor.orgId,
    interviews.flatMap((i) => stageOf(i)?.questions ?? []),
  );
  const panelOf = groupBy(panels, (p) => p.interviewId);
  const cardsOf = groupBy(cards, (c) => c.interviewId);
  return interviews.map((interview) => {
    const stage = stageOf(interview);
    const panel = panelOf.get(interview.id) ?? [];
    const its = cardsOf.get(interview.id) ?? [];
    const own = its.find((c) => c.interviewerId === actor.userId);
    const asked = new Set(
      (stage?.questions ?? []).flatMap((q) => found.get(`${q.id}@${q.version}`)?.content.dimensions ?? []),
    );
    const submitted = new Set(its.filter((c) => c.status === 'submitted').map((c) => c.interviewerId));
    return {
      interview,
      panel: panel.map(({ id, name }) => ({ id, name })),
      stageName: stage?.name ?? interview.stageKey,
      dimensions: DIMENSIONS.filter((d) => asked.has(d)),
      cards: its,
      own,
      facts: {
        role: actor.role,
        onPanel: panel.some((p) => p.id === actor.userId),
        ownSubmitted: own?.status === 'submitted',
        allSubmitted: panel.length > 0 && panel.every((p) => submitted.has(p.id)),
        debriefOpen: open.has(interview.applicationId),
      },
    };
  });
}
