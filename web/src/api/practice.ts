import type { z } from 'zod';
import type { Grade } from '../../../src/domain/grader/grade-schema.js';
import type {
  TPracticeRound,
  TStartRound,
  ZCreatedLocalProfile,
  ZPracticePlan,
  ZPracticeProfile,
  ZPracticeProgress,
} from '../../../src/shared/schemas/practice.js';
import { apiGet, apiPost, apiPut, apiRequest, type RequestOptions } from './client.js';

/**
 * The practice API: a signed-in person practises with their account; anyone else with a
 * local profile whose secret travels in the X-Practice-Profile header.
 */

/** A practice profile: target level, interview date, rounds so far. */
export type PracticeProfile = z.infer<typeof ZPracticeProfile>;
/** A local profile as created: the secret is in this answer only. */
export type CreatedLocalProfile = z.infer<typeof ZCreatedLocalProfile>;
/** The day-by-day prep plan. */
export type PracticePlan = z.infer<typeof ZPracticePlan>;
/** Scores per dimension over the rounds. */
export type PracticeProgress = z.infer<typeof ZPracticeProgress>;
/** A round with its questions, answers and summary. */
export type PracticeRound = TPracticeRound;
/** One answer of a round. */
export type RoundAnswer = TPracticeRound['answers'][number];
/** One question of a round. */
export type RoundQuestion = TPracticeRound['questions'][number];
/** What starting a round takes. */
export type StartRound = TStartRound;
/** A practice track. */
export type PracticeTrack = TStartRound['track'];
/** The grader's full grade (the API types it loosely; the server validates it). */
export type PracticeGrade = Grade;

/** Who is practising: the signed-in account (secret null) or a local profile. */
export interface PracticeWho {
  secret: string | null;
}

/** The header that names a local profile (mirrors PRACTICE_PROFILE_HEADER on the server). */
const PROFILE_HEADER = 'X-Practice-Profile';

function opts(who: PracticeWho, signal?: AbortSignal): RequestOptions {
  if (!who.secret) return { signal };
  // A local profile's 401 means the profile is gone, not that a session ended.
  return { signal, headers: { [PROFILE_HEADER]: who.secret }, expectUnauthenticated: true };
}

function roundPath(roundId: string, questionId?: string): string {
  const base = `/api/v1/practice/rounds/${encodeURIComponent(roundId)}`;
  return questionId === undefined ? base : `${base}/answers/${encodeURIComponent(questionId)}`;
}

/** A grade from a round answer, typed as the grader's grade (null when not graded). */
export function gradeOf(value: Record<string, unknown> | null | undefined): PracticeGrade | null {
  return value ? (value as unknown as PracticeGrade) : null;
}

/** Create a local profile (no account). */
export function createLocalProfile(targetLevel: PracticeProfile['targetLevel']): Promise<CreatedLocalProfile> {
  return apiPost<CreatedLocalProfile>('/api/v1/practice/profiles', { targetLevel }, { expectUnauthenticated: true });
}

/** The practising person's profile. */
export function fetchProfile(who: PracticeWho, signal?: AbortSignal): Promise<PracticeProfile> {
  return apiGet<PracticeProfile>('/api/v1/practice/profile', {}, opts(who, signal));
}

/** Set the target level or the interview date (YYYY-MM-DD, or null to clear it). */
export function updateProfile(
  who: PracticeWho,
  change: { targetLevel?: PracticeProfile['targetLevel']; interviewDate?: string | null },
): Promise<PracticeProfile> {
  return apiRequest<PracticeProfile>('PATCH', '/api/v1/practice/profile', { ...opts(who), body: change });
}

/** Start a timed round. */
export function startRound(who: PracticeWho, input: StartRound): Promise<PracticeRound> {
  return apiPost<PracticeRound>('/api/v1/practice/rounds', input, opts(who));
}

/** A round with its answers and feedback. */
export function fetchRound(who: PracticeWho, roundId: string, signal?: AbortSignal): Promise<PracticeRound> {
  return apiGet<PracticeRound>(roundPath(roundId), {}, opts(who, signal));
}

/** Autosave a draft answer and the time used (409 once submitted). */
export function saveAnswer(
  who: PracticeWho,
  roundId: string,
  questionId: string,
  body: { answer: string; elapsedSeconds: number },
): Promise<PracticeRound> {
  return apiPut<PracticeRound>(roundPath(roundId, questionId), body, opts(who));
}

/** Submit an answer; the round comes back with its grade. */
export function submitAnswer(
  who: PracticeWho,
  roundId: string,
  questionId: string,
  body: { answer: string; elapsedSeconds: number },
): Promise<PracticeRound> {
  return apiPost<PracticeRound>(`${roundPath(roundId, questionId)}/submit`, body, opts(who));
}

/** Answer the coach's follow-up; the exchange is graded again. */
export function answerFollowUp(
  who: PracticeWho,
  roundId: string,
  questionId: string,
  answer: string,
): Promise<PracticeRound> {
  return apiPost<PracticeRound>(`${roundPath(roundId, questionId)}/follow-up`, { answer }, opts(who));
}

/** The day-by-day prep plan (`days` when there is no interview date). */
export function fetchPlan(who: PracticeWho, days?: number, signal?: AbortSignal): Promise<PracticePlan> {
  return apiGet<PracticePlan>('/api/v1/practice/plan', { days }, opts(who, signal));
}

/** Scores per dimension over the rounds. */
export function fetchProgress(who: PracticeWho, signal?: AbortSignal): Promise<PracticeProgress> {
  return apiGet<PracticeProgress>('/api/v1/practice/progress', {}, opts(who, signal));
}
