import type { Dimension, FollowUpKind, Role } from '../../src/shared/schemas/vocabulary.js';

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

const DIMENSION_LABELS: Record<Dimension, string> = {
  fundamentals: 'Fundamentals',
  system_design: 'System design',
  debugging: 'Debugging under ambiguity',
  operational_judgment: 'Operational judgement',
  tradeoff_reasoning: 'Trade-off reasoning',
};

/** A scoring dimension as the rubric names it. */
export function dimensionLabel(dimension: Dimension): string {
  return DIMENSION_LABELS[dimension];
}

const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = {
  failure: 'When it fails',
  scale: 'At scale',
  depth: 'Depth',
  tradeoff: 'Trade-off',
  evidence: 'Evidence',
  result: 'Result',
  reflection: 'Reflection',
};

/** A follow-up probe's kind as a short label ("failure" -> "When it fails"). */
export function followUpKindLabel(kind: FollowUpKind): string {
  return FOLLOW_UP_KIND_LABELS[kind];
}

/** At most `max` characters, cut at a word and ended with an ellipsis when shortened. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
