/**
 * A day-by-day prep plan until the interview: review the weakest topics, practise questions
 * on the weakest dimensions, and sit full mock rounds at spaced points, with a light last day.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import { DIMENSIONS, type Dimension, type Level } from '../../shared/schemas/vocabulary.js';
import { dimensionWords, topicWords } from '../rubric/rubric.js';
import type { PracticeHistory } from './draw.js';

/** One day of the plan. */
export interface PlanDay {
  day: number;
  focus: string;
  review: string[];
  practise: { id: string; text: string }[];
  fullMock: boolean;
}

/** The plan and what it is built from. */
export interface PrepPlan {
  days: PlanDay[];
  weakDimensions: Dimension[];
  weakTopics: string[];
}

/** Dimensions ordered weakest first; unpractised ones count as weak, so the plan covers them. */
export function weakestDimensions(history: PracticeHistory): Dimension[] {
  return [...DIMENSIONS].sort(
    (a, b) =>
      (history.dimensionMeans[a] ?? 2.5) - (history.dimensionMeans[b] ?? 2.5) ||
      DIMENSIONS.indexOf(a) - DIMENSIONS.indexOf(b),
  );
}

/** Build the plan for `daysLeft` days (1–60) at a level. */
export function buildPlan(
  bank: readonly TQuestion[],
  level: Level,
  daysLeft: number,
  history: PracticeHistory,
): PrepPlan {
  const days = Math.max(1, Math.min(60, Math.round(daysLeft)));
  const weak = weakestDimensions(history).slice(0, 3);
  const weakTopics = [...history.weakTopics];
  const pool = bank.filter((q) => q.levels.includes(level) && !history.recent.has(q.id));
  const used = new Set<string>();
  const mockDays = new Set(days >= 4 ? [Math.ceil(days / 2), days - 1] : days >= 2 ? [days - 1] : []);
  const plan: PlanDay[] = [];
  for (let day = 1; day <= days; day++) {
    if (day === days && days > 1) {
      plan.push({
        day,
        focus: 'Rest and light review: reread your notes and your best answers; no new material.',
        review: weakTopics.slice(0, 2),
        practise: [],
        fullMock: false,
      });
      continue;
    }
    const dimension = weak[(day - 1) % weak.length] ?? 'fundamentals';
    const topic = weakTopics[(day - 1) % Math.max(1, weakTopics.length)];
    const picks = pool
      .filter(
        (q) =>
          !used.has(q.id) &&
          q.dimensions.includes(dimension) &&
          (!topic || q.topics.includes(topic as never) || used.size > pool.length / 2),
      )
      .slice(0, mockDays.has(day) ? 1 : 2);
    for (const q of picks) used.add(q.id);
    plan.push({
      day,
      focus: mockDays.has(day)
        ? 'Full mock round: a timed mix at your level, answered out loud or in writing, then read the feedback.'
        : `Work on ${dimensionWords(dimension)}${topic ? `, especially ${topicWords(topic)}` : ''}.`,
      review: topic ? [topic] : [],
      practise: picks.map((q) => ({ id: q.id, text: q.text })),
      fullMock: mockDays.has(day),
    });
  }
  return { days: plan, weakDimensions: weak, weakTopics };
}
