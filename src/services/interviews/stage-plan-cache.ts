import type { Db } from '../../db/client.js';
import { loopContentWithHash } from '../../db/repos/kit-repo.js';
import type { StoredLoop } from '../../db/schema-panel.js';
import { type PinnedQuestion, pinnedQuestions } from '../loops/question-lookup.js';

/** A stage of a loop version with the question versions it pins. */
export interface StagePlan {
  /** Undefined when the loop version no longer has this stage. */
  stage: StoredLoop['stages'][number] | undefined;
  /** Pinned questions found in the bank, keyed `slug@version`. */
  found: Map<string, PinnedQuestion>;
}

/** Loops and stages in use at once are few; bounded all the same. */
const MAX_PLANS = 1000;
// Keyed by database handle: tests run many apps, each with its own database, in one process.
const plans = new WeakMap<Db, Map<string, StagePlan>>();

/**
 * A stage's plan, cached by the hash of the loop version's content. Question versions are
 * never edited (a change is a new version), so the same loop content always pins the same
 * questions: a cached plan is right on every API node for as long as the hash matches, and a
 * re-composed loop simply has another hash.
 */
export async function stagePlan(
  db: Db,
  key: { orgId: string; loopVersionId: string; loopHash: string; stageKey: string },
): Promise<StagePlan> {
  let cache = plans.get(db);
  if (!cache) {
    cache = new Map();
    plans.set(db, cache);
  }
  const id = `${key.orgId}|${key.loopVersionId}|${key.loopHash}|${key.stageKey}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const loop = await loopContentWithHash(db, key.loopVersionId);
  const stage = loop?.content.stages.find((s) => s.key === key.stageKey);
  const found = await pinnedQuestions(db, key.orgId, stage?.questions ?? []);
  const plan = { stage, found };
  // Cache only what was read under the hash asked for: a loop re-composed in between is read again next time.
  const complete = stage?.questions.every((q) => found.has(`${q.id}@${q.version}`)) ?? false;
  if (loop?.hash === key.loopHash && complete) {
    if (cache.size >= MAX_PLANS) cache.clear();
    cache.set(id, plan);
  }
  return plan;
}
