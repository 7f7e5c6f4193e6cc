/**
 * Pure scrubbing rules for erasure: what of a stored document is free text about the person
 * (removed) and what is an anonymous fact (kept: ids, scores, outcomes, stage keys).
 */
import type { ScorecardContent } from '../../db/schema-scorecards.js';

/** What an erased value reads as. */
export const ERASED = '[erased]';

/** Keys whose values are always someone's words, whatever they look like. */
const FREE_TEXT_KEYS = new Set([
  'name',
  'email',
  'phone',
  'rationale',
  'dissent',
  'reason',
  'notes',
  'note',
  'evidence',
  'accommodations',
  'text',
  'message',
  'error',
  'quote',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;
/** A short token with no spaces or @: an id, an enum value, a stage key. */
const TOKEN = /^[A-Za-z0-9_.:-]{1,80}$/;

/** A scorecard with every free-text field blanked; scores and the recommendation stay. */
export function scrubScorecardContent(c: ScorecardContent): ScorecardContent {
  return {
    ratings: c.ratings.map((r) => ({ dimension: r.dimension, score: r.score, evidence: '' })),
    questionNotes: c.questionNotes.map((q) => ({ questionId: q.questionId, note: '' })),
    notes: '',
    redFlags: [],
    recommendation: c.recommendation,
  };
}

/**
 * A JSON payload with the person's words removed. Strings survive only when they are clearly
 * not prose (a UUID, a timestamp, a short token) and do not contain any of the identity
 * strings; values under free-text keys never survive. Numbers, booleans and null stay.
 */
export function scrubPayload(value: unknown, identity: readonly string[], key = ''): unknown {
  if (typeof value === 'string') {
    if (FREE_TEXT_KEYS.has(key)) return value === '' ? value : ERASED;
    const lower = value.toLowerCase();
    if (identity.some((s) => lower.includes(s))) return ERASED;
    return UUID.test(value) || ISO_TIME.test(value) || TOKEN.test(value) ? value : ERASED;
  }
  if (Array.isArray(value)) return value.map((v) => scrubPayload(v, identity, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubPayload(v, identity, k)]));
  return value;
}

/** The identity strings to look for, lower-cased; very short ones would match everything. */
export function identityNeedles(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.trim().length >= 3).map((v) => v.toLowerCase()))];
}
