import { z } from 'zod';

/** The error body, for OpenAPI: every route may answer with it. */
export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** Error responses to document on a route, by status. */
export function errors(...statuses: number[]): Record<number, typeof ZErrorBody> {
  return Object.fromEntries(statuses.map((s) => [s, ZErrorBody]));
}

/** A path parameter that must be a UUID (a malformed one is a 400, not a database error). */
export const ZIdParam = z.object({ id: z.uuid({ message: 'must be a UUID' }) });
