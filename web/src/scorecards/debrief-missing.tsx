import type { Debrief } from '../api/scorecards.js';

/** Props of DebriefMissing. */
export interface DebriefMissingProps {
  missing: Debrief['missing'];
  hiddenInterviews: number;
}

/** Scorecards not in yet, and interviews whose scorecards the caller may not see yet. */
export function DebriefMissing({ missing, hiddenInterviews }: DebriefMissingProps) {
  if (missing.length === 0 && hiddenInterviews === 0) return null;
  return (
    <section className="db-section db-missing" aria-labelledby="db-missing-title">
      <h2 id="db-missing-title">Not in yet</h2>
      {hiddenInterviews > 0 ? (
        <p className="sc-hidden">
          Scores of {hiddenInterviews === 1 ? 'one interview are' : `${hiddenInterviews} interviews are`} hidden from
          you until you submit your own scorecard there, every scorecard is in, or the debrief is opened.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <ul>
          {missing.map((m) => (
            <li key={`${m.interviewId}/${m.interviewer}`}>
              {m.interviewer} has not submitted a scorecard for {m.stage}.
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
