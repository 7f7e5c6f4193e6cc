/**
 * The end of a terminal round, as the web shows it: each question's score (after its
 * follow-up), the round's mean per dimension, a prep plan aimed at the weakest dimensions, and
 * progress over earlier rounds.
 */
import type { Grade } from '../domain/grader/grade.js';
import type { PrepPlan } from '../domain/practice/plan.js';
import { dimensionWords } from '../domain/rubric/rubric.js';
import { round1 } from '../shared/numbers.js';
import { DIMENSIONS, type Dimension } from '../shared/schemas/vocabulary.js';

/** One answered question of the round: its grade, and the grade after the follow-up if answered. */
export interface RoundResult {
  readonly questionId: string;
  readonly question: string;
  readonly seconds: number;
  readonly grade: Grade;
  readonly followUp?: { readonly question: string; readonly answer: string; readonly grade: Grade };
}

/** Progress of one round: its mean overall. */
export interface RoundProgress {
  readonly roundId: string;
  readonly at: string;
  readonly overall: number;
}

/** The grade that counts for a result: after the follow-up when there was one. */
export function finalGrade(r: RoundResult): Grade {
  return r.followUp?.grade ?? r.grade;
}

/** The round's mean per assessed dimension. */
export function dimensionMeans(results: readonly RoundResult[]): Partial<Record<Dimension, number>> {
  const out: Partial<Record<Dimension, number>> = {};
  for (const d of DIMENSIONS) {
    const scores = results.map((r) => finalGrade(r).dimensions[d].score).filter((s): s is number => s !== null);
    if (scores.length) out[d] = round1(scores.reduce((a, b) => a + b, 0) / scores.length);
  }
  return out;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The summary as a person reads it in a terminal. */
export function formatSummary(
  results: readonly RoundResult[],
  plan: PrepPlan,
  progress: readonly RoundProgress[],
): string {
  const lines = ['', '== Round summary (practice feedback, not a hiring verdict) ==', ''];
  results.forEach((r, i) => {
    const after = r.followUp ? ` (after the follow-up: ${r.followUp.grade.overall.toFixed(1)})` : '';
    lines.push(`${i + 1}. ${r.grade.overall.toFixed(1)}${after}  ${r.question.slice(0, 90)}`);
  });
  const means = dimensionMeans(results);
  lines.push('', 'By dimension:');
  for (const [d, v] of Object.entries(means))
    lines.push(`  ${capital(dimensionWords(d as Dimension)).padEnd(26)} ${v?.toFixed(1)}`);
  lines.push(
    '',
    `Prep plan (${plan.days.length} days), weakest first: ${plan.weakDimensions.map((d) => dimensionWords(d)).join(', ')}`,
  );
  for (const day of plan.days) {
    lines.push(`  Day ${day.day}: ${day.focus}`);
    for (const q of day.practise) lines.push(`    - ${q.text.slice(0, 90)}  (caliper practice --question ${q.id})`);
  }
  if (progress.length > 1) {
    lines.push('', 'Progress, round by round:');
    for (const p of progress) lines.push(`  ${p.at.slice(0, 10)}  ${p.overall.toFixed(1)}`);
  }
  return lines.join('\n');
}
