import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb } from '../../test/db.js';
import type { DbHandle } from '../client.js';
import { upsertDraft } from './scorecard-repo.js';

describe('upsertDraft', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openDemoDb();
  });
  afterAll(async () => handle?.close());

  // The service refuses a draft on a submitted card, but a save can race the submission.
  it('leaves a submitted scorecard untouched and returns nothing', async () => {
    const result = await handle.db.execute(
      sql`select org_id, interview_id, interviewer_id, content::text as content from scorecards
          where status = 'submitted' limit 1`,
    );
    const card = (result as unknown as { rows: Record<string, string>[] }).rows[0];
    if (!card) throw new Error('the demo has no submitted scorecard');
    const saved = await upsertDraft(handle.db, {
      orgId: card.org_id as string,
      interviewId: card.interview_id as string,
      interviewerId: card.interviewer_id as string,
      content: { ratings: [], questionNotes: [], notes: 'overwritten', redFlags: [], recommendation: null },
      at: new Date(),
    });
    expect(saved).toBeUndefined();
    const after = await handle.db.execute(
      sql`select status, content::text as content from scorecards
          where interview_id = ${card.interview_id} and interviewer_id = ${card.interviewer_id}`,
    );
    expect((after as unknown as { rows: Record<string, string>[] }).rows[0]).toEqual({
      status: 'submitted',
      content: card.content,
    });
  });
});
