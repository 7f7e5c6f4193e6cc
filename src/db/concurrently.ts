import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client.js';

type Task = () => Promise<unknown>;
type Results<T extends readonly Task[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Run independent reads at once on the pool, or one after another inside a transaction. A
 * transaction holds one connection, which cannot take a query while another is running:
 * node-postgres queues them for now with a deprecation warning, and version 9 will refuse.
 * Results come back in the order of the tasks either way.
 */
export async function concurrently<const T extends readonly Task[]>(db: Db | Tx, tasks: T): Promise<Results<T>> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(tasks.map((task) => task()))) as Results<T>;
  const out: unknown[] = [];
  for (const task of tasks) out.push(await task());
  return out as Results<T>;
}
