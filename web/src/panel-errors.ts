import { ApiError } from './api/client.js';
import type { FieldProblem } from './editor/humanise.js';

/** A form field as an error summary names it: its label and the element id to link to. */
export interface FieldRef {
  label: string;
  field: string;
}

/** Why a form could not be sent: a title, the server's reason, and problems linked to fields. */
export interface FormFailure {
  title: string;
  reason?: string;
  problems: FieldProblem[];
}

/** Zod's wording, said the way a person would. */
function plain(message: string): string {
  return message
    .replace(/^Too small: expected number to be >=(\d+)$/, 'must be at least $1')
    .replace(/^Too big: expected number to be <=(\d+)$/, 'must be at most $1')
    .replace(/^Too small: expected string to have >=(\d+) characters?$/, 'needs at least $1 characters')
    .replace(/^Too big: expected string to have <=(\d+) characters?$/, 'must be at most $1 characters')
    .replace(/^Too small: expected array to have >=1 items?$/, 'choose at least one');
}

/**
 * A 400's details ({path: "body.band.max", message}) as problems: the longest known path
 * prefix names the field ("band.max" before "band").
 */
export function problemsOf(
  details: { path: string; message: string }[],
  fields: Record<string, FieldRef>,
): FieldProblem[] {
  return details.map((d) => {
    const path = d.path.replace(/^body\.?/, '');
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const ref = fields[parts.slice(0, n).join('.')];
      if (ref) return { field: ref.field, message: `${ref.label}: ${plain(d.message)}` };
    }
    return { field: null, message: path ? `${path}: ${plain(d.message)}` : plain(d.message) };
  });
}

/** Turn a failed write into words for an error summary. */
export function failureOf(err: unknown, what: string, fields: Record<string, FieldRef>): FormFailure {
  if (!(err instanceof ApiError)) return { title: `Could not ${what}`, reason: 'Something went wrong.', problems: [] };
  if (err.status === 400 && err.details.length > 0) {
    return { title: 'Some fields need attention', problems: problemsOf(err.details, fields) };
  }
  if (err.status === 403) {
    return { title: `You don’t have permission to ${what}`, reason: err.message, problems: [] };
  }
  return { title: `Could not ${what}`, reason: err.message, problems: [] };
}
