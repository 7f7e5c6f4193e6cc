import type { Db, Tx } from '../../db/client.js';
import { allVisibleCurrentQuestions, findQuestionVersions, type QuestionRow } from '../../db/repos/question-repo.js';
import type { TQuestionDraft } from '../../shared/schemas/question.js';

/** A stored question version with its content typed. */
export interface PinnedQuestion {
  slug: string;
  version: number;
  content: TQuestionDraft;
}

const pinned = (r: QuestionRow): PinnedQuestion => ({
  slug: r.slug,
  version: r.version,
  content: r.content as unknown as TQuestionDraft,
});

/** The bank a loop for this organisation draws from: built-in plus its own current questions. */
export async function composerBank(db: Db | Tx, orgId: string): Promise<PinnedQuestion[]> {
  return (await allVisibleCurrentQuestions(db, orgId)).map(pinned);
}

/** Look up pinned (slug, version) pairs; the key is `slug@version`. */
export async function pinnedQuestions(
  db: Db | Tx,
  orgId: string,
  refs: { id: string; version: number }[],
): Promise<Map<string, PinnedQuestion>> {
  const rows = await findQuestionVersions(db, orgId, [...new Set(refs.map((r) => r.id))]);
  const wanted = new Set(refs.map((r) => `${r.id}@${r.version}`));
  return new Map(
    rows.filter((r) => wanted.has(`${r.slug}@${r.version}`)).map((r) => [`${r.slug}@${r.version}`, pinned(r)]),
  );
}
