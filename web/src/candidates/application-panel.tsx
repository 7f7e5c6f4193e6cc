import { useState } from 'react';
import { getPacket } from '../api/candidates.js';
import { listInterviews } from '../api/interviews.js';
import type { TApplicationSummary, TInterviewSummary } from '../api/panel-types.js';
import { getLoop } from '../api/roles.js';
import { InterviewList } from '../components/interview-list.js';
import { useLoad } from '../hooks/use-load.js';
import { statusLabel } from '../panel-format.js';
import { Link } from '../router.js';
import { AccommodationsEditor } from './accommodations-editor.js';
import { CandidatePacket } from './candidate-packet.js';
import { ScheduleForm } from './schedule-form.js';

/** Props of ApplicationPanel. */
export interface ApplicationPanelProps {
  candidateId: string;
  application: TApplicationSummary;
  editable: boolean;
  onChanged: (application: TApplicationSummary) => void;
}

/** One application: where it stands, its accommodations, its interviews, scheduling, and the candidate packet. */
export function ApplicationPanel({ candidateId, application, editable, onChanged }: ApplicationPanelProps) {
  const interviews = useLoad(`interviews/${application.roleId}`, (signal) =>
    listInterviews({ roleId: application.roleId }, { signal }),
  );
  const loop = useLoad(`loop/${application.roleId}/${editable}`, (signal) =>
    editable ? getLoop(application.roleId, { signal }) : Promise.resolve(null),
  );
  const packet = useLoad(`packet/${application.id}`, (signal) => getPacket(application.id, { signal }));
  const [scheduled, setScheduled] = useState<TInterviewSummary | null>(null);
  const headingId = `application-${application.id}`;

  const mine =
    interviews.state.status === 'ready' ? interviews.state.data.filter((i) => i.applicationId === application.id) : [];

  function onScheduled(interview: TInterviewSummary) {
    setScheduled(interview);
    if (interviews.state.status === 'ready') interviews.replace([...interviews.state.data, interview]);
  }

  return (
    <section className="card application" aria-labelledby={headingId}>
      <header className="application__header">
        <h2 id={headingId}>
          <Link to={`/loops/${application.roleId}`}>{application.roleTitle}</Link>
        </h2>
        <p className="application__meta">
          <span className={`status-pill status-pill--${application.status}`}>{statusLabel(application.status)}</span>
          <span>Stage: {application.stageName}</span>
          <span>Loop version {application.loopVersion}</span>
        </p>
      </header>
      <h3>Accommodations</h3>
      <AccommodationsEditor application={application} editable={editable} onSaved={onChanged} />
      <h3>Interviews</h3>
      {interviews.state.status === 'ready' ? (
        mine.length > 0 ? (
          <InterviewList interviews={mine} label={`Interviews for ${application.roleTitle}`} />
        ) : (
          <p className="muted">None scheduled yet.</p>
        )
      ) : interviews.state.status === 'loading' ? (
        <p className="muted">Loading interviews…</p>
      ) : (
        <p className="form-error" role="alert">
          Could not load interviews.
        </p>
      )}
      {scheduled ? (
        <p className="banner banner--ok" role="status">
          <span>
            Scheduled the {scheduled.stage.name} interview.{' '}
            <Link to={`/interviews/${scheduled.id}`}>Open the interview kit</Link>
          </span>
        </p>
      ) : null}
      {editable && application.status === 'active' ? (
        <details className="application__schedule">
          <summary>Schedule interview</summary>
          {loop.state.status === 'ready' && loop.state.data ? (
            <ScheduleForm application={application} loop={loop.state.data} onScheduled={onScheduled} />
          ) : loop.state.status === 'loading' ? (
            <p className="muted">Loading the loop…</p>
          ) : (
            <p className="form-error" role="alert">
              Could not load the loop for this role.
            </p>
          )}
        </details>
      ) : null}
      <details className="application__packet">
        <summary>Candidate packet: what the candidate is sent in advance</summary>
        <p>
          <Link to={`/candidates/${candidateId}/packet/${application.id}`}>Printable view</Link>
        </p>
        {packet.state.status === 'ready' ? (
          <CandidatePacket packet={packet.state.data} level={3} />
        ) : packet.state.status === 'loading' ? (
          <p className="muted">Loading the packet…</p>
        ) : (
          <p className="form-error" role="alert">
            Could not load the packet.
          </p>
        )}
      </details>
    </section>
  );
}
