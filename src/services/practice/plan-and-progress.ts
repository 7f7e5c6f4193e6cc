import type { z } from 'zod';
import type { ProfileRow } from '../../db/repos/practice-repo.js';
import { historyOf, progressOf } from '../../domain/practice/history.js';
import { buildPlan } from '../../domain/practice/plan.js';
import type { ZPracticePlan, ZPracticeProgress } from '../../shared/schemas/practice.js';
import type { Deps } from '../context.js';
import { gradedHistory } from './graded-history.js';
import { publicBank } from './public-bank.js';

/** Days from today to the interview date (at least 1), or the default week. */
export function daysUntil(interviewDate: string | null, now: Date, fallback = 7): number {
  if (!interviewDate) return fallback;
  const ms =
    new Date(`${interviewDate}T00:00:00Z`).getTime() -
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.max(1, Math.round(ms / 86_400_000));
}

/** The day-by-day plan until the interview, from the weak dimensions and topics. */
export async function getPlan(deps: Deps, profile: ProfileRow, days?: number): Promise<z.infer<typeof ZPracticePlan>> {
  const daysLeft = days ?? daysUntil(profile.interviewDate, deps.now());
  const plan = buildPlan(
    publicBank(),
    profile.targetLevel,
    daysLeft,
    historyOf(await gradedHistory(deps.db, profile.id)),
  );
  return { daysLeft, weakDimensions: plan.weakDimensions, weakTopics: plan.weakTopics, days: plan.days };
}

/** Scores per dimension over rounds, for the progress chart. */
export async function getProgress(deps: Deps, profile: ProfileRow): Promise<z.infer<typeof ZPracticeProgress>> {
  return { rounds: progressOf(await gradedHistory(deps.db, profile.id)) };
}
