import { ApiError } from '../api/client.js';
import { FIELD_IDS } from './field-ids.js';
import { type FieldProblem, humaniseMessage, problemsFromDetails, unfinishedPart } from './humanise.js';
import type { LintState } from './use-lint.js';

/** What to tell the person whose save failed: a title, the server's reason, and field problems. */
export interface SaveFailure {
  title: string;
  reason?: string;
  problems: FieldProblem[];
}

/** The lint's current errors (not the still-to-do ones), as problems pointing at the question text. */
export function lintErrors(lint: LintState): FieldProblem[] {
  return (lint.result?.report.issues ?? [])
    .filter((i) => i.severity === 'error' && !unfinishedPart(i.message))
    .map((i) => ({
      field: i.rule === 'schema' ? null : FIELD_IDS.text,
      message: humaniseMessage(i.message),
    }));
}

/** Turn a failed save into words: a lint refusal (422) leads with the server's reason. */
export function saveFailureOf(err: unknown, mode: 'create' | 'edit'): SaveFailure {
  const verb = mode === 'create' ? 'add' : 'save';
  if (!(err instanceof ApiError))
    return { title: `Could not ${verb} the question`, reason: 'Something went wrong.', problems: [] };
  switch (err.status) {
    case 422: {
      const others = err.details.map((d) => d.message).filter((m) => m !== err.message);
      return {
        title: 'Caliper refused to save this question',
        reason: humaniseMessage(err.message),
        problems: others.map((m) => ({ field: null, message: humaniseMessage(m) })),
      };
    }
    case 400:
      return { title: 'Some fields need attention', problems: problemsFromDetails(err.details) };
    case 403:
      return {
        title: `You don’t have permission to ${mode === 'create' ? 'add' : 'edit'} questions`,
        reason: err.message,
        problems: [],
      };
    case 409:
      return { title: 'That id is taken', reason: humaniseMessage(err.message), problems: [] };
    default:
      return { title: `Could not ${verb} the question`, reason: err.message, problems: [] };
  }
}
