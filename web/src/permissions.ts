import type { Role } from '../../src/shared/schemas/vocabulary.js';

/** Roles that may add, edit and retire the organisation's own questions (the server enforces the same list). */
const QUESTION_EDITORS: readonly Role[] = ['admin', 'hiring_manager', 'recruiter'];

/** True when this role may write the organisation's questions. */
export function canEditQuestions(role: Role): boolean {
  return QUESTION_EDITORS.includes(role);
}
