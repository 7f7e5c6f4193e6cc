import type { TInterviewSummary } from '../api/panel-types.js';
import { dateTimeLabel, statusLabel } from '../panel-format.js';
import { Link } from '../router.js';

/** Props of InterviewList. */
export interface InterviewListProps {
  interviews: TInterviewSummary[];
  /** Show the candidate and role on each line (the home page); a candidate's page leaves them out. */
  showCandidate?: boolean;
  label: string;
}

/** Interviews in time order, each linking to its kit. */
export function InterviewList({ interviews, showCandidate = false, label }: InterviewListProps) {
  const sorted = [...interviews].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  return (
    <ul className="interview-list" aria-label={label}>
      {sorted.map((i) => (
        <li key={i.id} className="interview-list__item">
          <Link to={`/interviews/${i.id}`} className="interview-list__link">
            {showCandidate ? `${i.candidate.name}: ${i.stage.name}` : i.stage.name}
          </Link>
          <span className="interview-list__meta">
            <time dateTime={i.scheduledAt}>{dateTimeLabel(i.scheduledAt)}</time>
            {showCandidate ? ` · ${i.role.title}` : ''} · {statusLabel(i.status)} ·{' '}
            {i.interviewers.map((p) => p.name).join(', ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
