import { loadBuiltInBank } from '../../content/load-bank.js';
import type { Db } from '../../db/client.js';
import { currentBuiltIns, insertQuestionVersion, retireQuestion } from '../../db/repos/question-repo.js';
import { contentHashOf, searchTextOf } from '../../domain/bank/question-index.js';
import type { TQuestion } from '../../shared/schemas/question.js';
import { forgetBuiltInBank } from './question-list-cache.js';

/** What a sync changed. */
export interface SyncReport {
  added: number;
  updated: number;
  retired: number;
  unchanged: number;
}

/**
 * Bring the database's built-in questions in line with the shipped bank: a changed
 * question gets a new version (past scorecards keep the version they used), a removed
 * one is retired, never deleted. Idempotent; runs at every start.
 */
export async function syncBuiltInBank(db: Db, now: Date, bank: TQuestion[] = loadBuiltInBank()): Promise<SyncReport> {
  const report = await db.transaction(async (tx) => {
    const current = await currentBuiltIns(tx);
    const report: SyncReport = { added: 0, updated: 0, retired: 0, unchanged: 0 };
    for (const q of bank) {
      const hash = contentHashOf(q);
      const existing = current.get(q.id);
      current.delete(q.id);
      if (existing && existing.contentHash === hash && !existing.retiredAt) {
        report.unchanged++;
        continue;
      }
      await insertQuestionVersion(
        tx,
        {
          slug: q.id,
          version: (existing?.version ?? 0) + 1,
          orgId: null,
          category: q.category,
          levels: q.levels,
          topics: q.topics,
          text: q.text,
          content: q as unknown as Record<string, unknown>,
          contentHash: hash,
          searchText: searchTextOf(q),
          createdBy: null,
        },
        existing?.uid,
      );
      if (existing) report.updated++;
      else report.added++;
    }
    for (const gone of current.values()) {
      if (gone.retiredAt) continue;
      await retireQuestion(tx, gone.uid, now);
      report.retired++;
    }
    return report;
  });
  // This process's cached list pages may now be stale; other nodes re-check within seconds.
  forgetBuiltInBank(db);
  return report;
}
