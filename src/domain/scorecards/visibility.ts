/**
 * Independent scoring: nobody is anchored by someone else's scores. An interviewer sees other
 * interviewers' scores, notes and recommendations for an interview only after submitting their
 * own scorecard for it. The people who decide (admins and hiring managers) see them once every
 * scorecard of the interview is in, or once the debrief is open. Recruiters run the process but
 * do not see scores (docs/product-rules.md, Visibility).
 */
import type { Role } from '../../shared/schemas/vocabulary.js';

/** What the rule needs to know about the caller and the interview. */
export interface VisibilityFacts {
  role: Role;
  /** The caller sits on this interview's panel. */
  onPanel: boolean;
  /** The caller's own scorecard for this interview is submitted. */
  ownSubmitted: boolean;
  /** Every panellist's scorecard for this interview is submitted. */
  allSubmitted: boolean;
  /** The application's debrief has been opened. */
  debriefOpen: boolean;
}

/** The people who own the hire: they see scores when the rule allows, and only they decide. */
export const DECIDERS = ['admin', 'hiring_manager'] as const satisfies readonly Role[];

/** Whether the caller may see other interviewers' scorecards for this interview. */
export function canSeeOthers(f: VisibilityFacts): boolean {
  // A panellist must commit their own judgement first, whatever their role.
  if (f.onPanel) return f.ownSubmitted;
  return (DECIDERS as readonly Role[]).includes(f.role) && (f.allSubmitted || f.debriefOpen);
}

/** Why scores are hidden, in words the page shows. */
export function hiddenReason(f: VisibilityFacts): string {
  if (f.onPanel)
    return 'Other interviewers’ scores stay hidden until you submit your own scorecard for this interview.';
  if ((DECIDERS as readonly Role[]).includes(f.role))
    return 'Scores stay hidden until every interviewer has submitted, or the debrief is opened.';
  return 'Only the interview’s panel and the people who decide see scorecards.';
}
