/**
 * What every writer of the report running totals shares (report-summary-repo,
 * fairness-totals-repo): the sign of a contribution, and the lock taken before moving one.
 */
import { type SQL, sql } from 'drizzle-orm';

/** Add (1) or subtract (-1): the prefix put before each summed column of a contribution. */
export function signOf(sign: 1 | -1): SQL {
  return sql.raw(sign === 1 ? '' : '-');
}

/**
 * Lock the applications `a` matching `where`, in id order, until the transaction ends. Every
 * writer of the running totals takes it first, so two writers touching the same application
 * (two panellists submitting, a decision, a demographics change) run one after the other and
 * each one's "subtract" sees exactly what the previous one added. FOR NO KEY UPDATE does not
 * block the foreign-key checks of rows that merely reference the application.
 */
export function lockApplications(where: SQL): SQL {
  return sql`select a.id from applications a where ${where} order by a.id for no key update of a`;
}
