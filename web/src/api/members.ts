import type { TIssuedPasswordReset, TMember } from '../../../src/shared/schemas/auth.js';
import type { Page } from '../../../src/shared/schemas/page.js';
import { apiGet, apiPost } from './client.js';

let cached: Promise<TMember[]> | undefined;

/** The organisation's members (the first 100) by name, fetched once per page load; a failure is retried next time. */
export function listMembers(): Promise<TMember[]> {
  if (!cached) {
    cached = apiGet<Page<TMember>>('/api/v1/members', { limit: 100 }).then((page) =>
      [...page.items].sort((a, b) => a.name.localeCompare(b.name)),
    );
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}

/** A one-time password reset link for a member, shown once (admins only). */
export function issuePasswordReset(memberId: string): Promise<TIssuedPasswordReset> {
  return apiPost<TIssuedPasswordReset>(`/api/v1/members/${encodeURIComponent(memberId)}/password-reset`);
}
