import type { Role } from '../../src/shared/schemas/vocabulary.js';

/** Roles that may add, edit and retire the organisation's own questions (the server enforces the same list). */
const QUESTION_EDITORS: readonly Role[] = ['admin', 'hiring_manager', 'recruiter'];

/** True when this role may write the organisation's questions. */
export function canEditQuestions(role: Role): boolean {
  return QUESTION_EDITORS.includes(role);
}

/** Roles that set up hiring: open roles, edit loops, add candidates, schedule interviews (as the server's HIRING_EDITORS). */
const HIRING_EDITORS: readonly Role[] = ['admin', 'hiring_manager', 'recruiter'];

/** True when this role may open roles, edit loops, add and move candidates and schedule interviews. */
export function canEditHiring(role: Role): boolean {
  return HIRING_EDITORS.includes(role);
}

/** Roles that may record and read a candidate's voluntary self-identification; never interviewers or hiring managers. */
const DEMOGRAPHICS_READERS: readonly Role[] = ['admin', 'recruiter'];

/** True when this role may see the voluntary self-identification form. */
export function canSeeDemographics(role: Role): boolean {
  return DEMOGRAPHICS_READERS.includes(role);
}

/** Roles a hiring manager may be picked from. */
export const HIRING_MANAGER_ROLES: readonly Role[] = ['hiring_manager', 'admin'];

/** True when this role may read any report: the hiring team; interviewers get none. */
export function canSeeReports(role: Role): boolean {
  return role !== 'interviewer';
}

/** True when this role may read the score reports (drift, reliability, question quality), as the server allows. */
export function canSeeScoreReports(role: Role): boolean {
  return role === 'admin' || role === 'hiring_manager';
}

/** True when this role may be shown the fairness report: admins, and recruiters when the organisation allows (the server decides). */
export function mayTryFairness(role: Role): boolean {
  return role === 'admin' || role === 'recruiter';
}

/** True when this role holds the organisation's privacy duties: subject-access export, erasure and settings. */
export function isAdmin(role: Role): boolean {
  return role === 'admin';
}

/** Roles that may correct a candidate's contact details (rectification). */
const RECTIFIERS: readonly Role[] = ['admin', 'recruiter'];

/** True when this role may correct a candidate's name, email or phone. */
export function canRectify(role: Role): boolean {
  return RECTIFIERS.includes(role);
}
