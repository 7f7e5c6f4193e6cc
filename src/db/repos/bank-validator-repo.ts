import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { questions } from '../schema.js';

/** Built-in questions are stored under this organisation key in the scope index. */
const BUILT_IN_SCOPE = '00000000-0000-0000-0000-000000000000';

/**
 * A short fingerprint of every question version in one scope (an organisation's own, or the
 * built-in bank when `orgId` is null). Versions are only ever added or retired, never edited
 * or deleted, so the count of versions, the count retired and the latest of each timestamp
 * change whenever what a list could show changes. Uses the scope/slug/version index.
 */
export async function bankFingerprint(db: Db | Tx, orgId: string | null): Promise<string> {
  const scope = orgId ?? BUILT_IN_SCOPE;
  const [row] = await db
    .select({
      v: sql<string>`concat_ws('/', count(*), count(${questions.retiredAt}), max(${questions.createdAt}), max(${questions.retiredAt}))`,
    })
    .from(questions)
    .where(sql`coalesce(${questions.orgId}, ${BUILT_IN_SCOPE}::uuid) = ${scope}::uuid`);
  return String(row?.v ?? '');
}
