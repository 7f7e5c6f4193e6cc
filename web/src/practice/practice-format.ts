import type { PracticeTrack } from '../api/practice.js';

/** The tracks a round can follow, in the order the set-up lists them. */
export const TRACKS: Record<PracticeTrack, { label: string; hint: string }> = {
  mix: { label: 'A mix', hint: 'A balanced round across everything below.' },
  'api-and-data': { label: 'APIs and data', hint: 'API design, databases, consistency, caching.' },
  'distributed-systems': { label: 'Distributed systems', hint: 'Queues, scaling, resilience, failure.' },
  'production-ownership': { label: 'Production ownership', hint: 'Incidents, on-call, observability, debugging.' },
  behavioural: { label: 'Behavioural', hint: 'Stories told as STAR, with a result in numbers.' },
};

/** The track slugs in display order. */
export const TRACK_ORDER = Object.keys(TRACKS) as PracticeTrack[];

/** Seconds as a clock: 905 -> "15:05", 59 -> "00:59". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(s / 60);
  return `${String(minutes).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** A 1–5 score to one decimal: "4.0". */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** A change in score with its sign: "+0.8", "−0.3", "±0.0". */
export function formatChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '±0.0';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

/** A calm word on a 1–5 score, as a coach would put it. */
export function scoreWord(score: number): string {
  if (score >= 4.5) return 'Excellent: this is what a strong answer sounds like.';
  if (score >= 3.5) return 'Solid: a couple of additions would make it strong.';
  if (score >= 2.5) return 'A good base: the missing pieces below are where the points are.';
  return 'A start: use the outline below and try the follow-up; each pass gets easier.';
}

/** Minutes spoken: 1 -> "1 minute", 15 -> "15 minutes". */
export function minutesWords(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

const DIMENSION_NAMES: Record<string, string> = {
  fundamentals: 'Fundamentals',
  system_design: 'System design',
  debugging: 'Debugging under ambiguity',
  operational_judgment: 'Operational judgement',
  tradeoff_reasoning: 'Trade-off reasoning',
};

/** A dimension key from the API (typed as a plain string there) as the rubric names it. */
export function dimensionName(key: string): string {
  return DIMENSION_NAMES[key] ?? key.replaceAll('_', ' ');
}
