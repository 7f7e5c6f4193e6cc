import { z } from 'zod';

/** Query parameters of every list: a page size and an opaque cursor from the previous page. */
export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(500).optional(),
});
export type PageQuery = z.infer<typeof ZPageQuery>;

/** A page of results; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Zod shape of a page of `item`. */
export function zPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
