import { z } from 'zod';
import { ROLES } from './vocabulary.js';

/** An email address, trimmed and lower-cased so lookups are case-insensitive. */
export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }))
  .transform((e) => e.toLowerCase());

export const ZLogin = z.object({
  email: ZEmail,
  password: z.string().min(1, 'is required').max(1024),
  organisationId: z.uuid().optional(),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZPassword = z.string().min(10, 'must be at least 10 characters').max(1024);

/** Setting a new password with a one-time reset link's token. */
export const ZPasswordReset = z.object({
  token: z.string().trim().min(1, 'is required').max(200),
  password: ZPassword,
});
export type TPasswordReset = z.infer<typeof ZPasswordReset>;

/** A reset link for a member, shown once to the admin who issued it. */
export const ZIssuedPasswordReset = z.object({ url: z.string(), expiresAt: z.iso.datetime() });
export type TIssuedPasswordReset = z.infer<typeof ZIssuedPasswordReset>;

export const ZCreateMember = z.object({
  email: ZEmail,
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: ZPassword,
});
export type TCreateMember = z.infer<typeof ZCreateMember>;

export const ZCreateToken = z.object({ name: z.string().trim().min(1).max(100) });
export type TCreateToken = z.infer<typeof ZCreateToken>;

export const ZMember = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.iso.datetime(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZSessionInfo = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  role: z.enum(ROLES),
  /** Send back as `X-CSRF-Token` on every cookie-authenticated write. */
  csrfToken: z.string().nullable(),
});
export type TSessionInfo = z.infer<typeof ZSessionInfo>;

export const ZApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export const ZCreatedApiToken = ZApiToken.extend({ token: z.string() });
