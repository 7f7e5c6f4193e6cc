import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './schema.js';

/** A timestamp with time zone, read as a Date. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The owning organisation: every organisation-scoped row has one, and goes with it. */
export const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
