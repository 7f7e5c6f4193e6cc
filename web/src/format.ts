import type { Role } from '../../src/shared/schemas/vocabulary.js';

/** A vocabulary slug as words: "system_design" -> "System design", "api-design" -> "Api design". */
export function labelOf(slug: string): string {
  const words = slug.replaceAll(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
};

/** How a member's role reads on the page. */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** "1 question", "3 questions". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A wait in seconds as people say it: "30 seconds", "about 15 minutes". */
export function humanWait(seconds: number): string {
  if (seconds < 60) return plural(Math.ceil(seconds), 'second');
  return `about ${plural(Math.ceil(seconds / 60), 'minute')}`;
}
