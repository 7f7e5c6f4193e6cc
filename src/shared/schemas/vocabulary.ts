/**
 * The fixed vocabularies the bank, the rubric and every face of the product share.
 * Kept as data (readonly tuples) so Zod enums, the lint and the web app all read one list.
 */

/** What kind of evidence a question draws out. */
export const CATEGORIES = ['behavioural', 'technical', 'situational', 'values'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The four levels: the same role is four different conversations. */
export const LEVELS = ['junior', 'mid', 'senior', 'staff'] as const;
export type Level = (typeof LEVELS)[number];

/** Scoring dimensions; default weights live in the rubric data file. */
export const DIMENSIONS = [
  'fundamentals',
  'system_design',
  'debugging',
  'operational_judgment',
  'tradeoff_reasoning',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Roles a member of an organisation can hold. */
export const ROLES = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The topic vocabulary (kebab-case slugs). Documented in docs/bank.md; the bank lint
 * flags any topic not listed here.
 */
export const TOPICS = [
  'api-design',
  'api-versioning',
  'idempotency',
  'rate-limiting',
  'pagination',
  'authentication',
  'authorization',
  'security',
  'http',
  'networking',
  'webhooks',
  'databases',
  'sql-vs-nosql',
  'data-modeling',
  'indexing',
  'transactions',
  'migrations',
  'caching',
  'queues',
  'consistency',
  'distributed-systems',
  'scaling',
  'load-balancing',
  'resilience',
  'concurrency',
  'performance',
  'observability',
  'debugging',
  'incidents',
  'on-call',
  'production-ownership',
  'testing',
  'legacy-code',
  'code-review',
  'architecture',
  'decision-making',
  'ownership',
  'leadership',
  'mentoring',
  'collaboration',
  'communication',
  'conflict',
  'customer-focus',
  'ai-assistants',
  'learning',
  'ethics',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Kinds of follow-up probe; `failure` is the "and what happens when that fails?" kind. */
export const FOLLOW_UP_KINDS = ['failure', 'scale', 'depth', 'tradeoff', 'evidence', 'result', 'reflection'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
