import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { organisations } from '../schema.js';

type Conn = Db | Tx;

/** The settings an organisation's admins control. */
export interface OrgSettingsRow {
  recruitersSeeFairness: boolean;
  minGroupSize: number;
  retentionDays: number | null;
}

const settingsColumns = {
  recruitersSeeFairness: organisations.recruitersSeeFairness,
  minGroupSize: organisations.minGroupSize,
  retentionDays: organisations.retentionDays,
};

/** One organisation's settings. */
export async function findOrgSettings(db: Conn, orgId: string): Promise<OrgSettingsRow | undefined> {
  const [row] = await db.select(settingsColumns).from(organisations).where(eq(organisations.id, orgId));
  return row;
}

/** Change some settings; returns the result. */
export async function updateOrgSettings(
  db: Conn,
  orgId: string,
  v: Partial<OrgSettingsRow>,
): Promise<OrgSettingsRow | undefined> {
  const [row] = await db.update(organisations).set(v).where(eq(organisations.id, orgId)).returning(settingsColumns);
  return row;
}
