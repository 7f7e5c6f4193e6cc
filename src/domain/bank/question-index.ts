import { createHash } from 'node:crypto';
import type { TQuestion } from '../../shared/schemas/question.js';

type Indexable = Pick<TQuestion, 'topics'> & Partial<Pick<TQuestion, 'lookFor' | 'followUps'>>;

/**
 * Text that full-text search weighs below the question itself: topics (with hyphens as
 * spaces, so "rate-limiting" matches "rate limiting"), signals and follow-ups.
 */
export function searchTextOf(q: Indexable): string {
  return [
    ...q.topics.map((t) => `${t} ${t.replaceAll('-', ' ')}`),
    ...(q.lookFor ?? []).map((s) => s.text),
    ...(q.followUps ?? []).map((f) => f.text),
  ].join('\n');
}

/** A stable hash of a question's content: key order does not matter, values do. */
export function contentHashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
