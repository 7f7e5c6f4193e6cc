import { useEffect } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { getCandidate } from '../api/candidates.js';
import { ApplicationPanel } from '../candidates/application-panel.js';
import { DemographicsForm } from '../candidates/demographics-form.js';
import { LoadProblem } from '../components/load-problem.js';
import { useLoad } from '../hooks/use-load.js';
import { canEditHiring, canSeeDemographics } from '../permissions.js';
import { PrivacyPanel } from '../privacy/privacy-panel.js';
import { Link, navigate } from '../router.js';
import { DebriefLinks } from '../scorecards/debrief-links.js';
import '../panel.css';

/** Props of CandidatePage. */
export interface CandidatePageProps {
  id: string;
  session: TSessionInfo;
}

/** One candidate: their applications with accommodations, interviews, scheduling and packet; self-identification for admins and recruiters. */
export function CandidatePage({ id, session }: CandidatePageProps) {
  const candidate = useLoad(`candidate/${id}`, (signal) => getCandidate(id, { signal }));
  const editable = canEditHiring(session.role);

  useEffect(() => {
    if (candidate.state.status === 'ready') document.title = `${candidate.state.data.name} · Caliper`;
  }, [candidate.state]);

  if (candidate.state.status !== 'ready') {
    return (
      <div className="candidate-page">
        <p className="back-link">
          <Link to="/candidates">← Candidates</Link>
        </p>
        <LoadProblem
          state={candidate.state}
          what="candidate"
          back={{ to: '/candidates', label: 'Go to candidates' }}
          onRetry={candidate.retry}
        />
      </div>
    );
  }
  const data = candidate.state.data;
  const firstRole = data.applications[0]?.roleId;
  return (
    <div className="candidate-page">
      <p className="back-link">
        <Link to={firstRole ? `/candidates?role=${firstRole}` : '/candidates'}>← Pipeline</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">Candidate</p>
        <h1>{data.name}</h1>
        <p className="muted">
          <a href={`mailto:${data.email}`}>{data.email}</a>
          {data.phone ? ` · ${data.phone}` : ''}
        </p>
      </header>
      {data.applications.length === 0 ? <p className="card">No applications yet.</p> : null}
      <div className="applications">
        {data.applications.map((application) => (
          <ApplicationPanel
            key={application.id}
            candidateId={data.id}
            application={application}
            editable={editable}
            onChanged={(next) =>
              candidate.replace({
                ...data,
                applications: data.applications.map((a) => (a.id === next.id ? next : a)),
              })
            }
          />
        ))}
      </div>
      <DebriefLinks applications={data.applications} />
      {canSeeDemographics(session.role) ? <DemographicsForm candidateId={data.id} /> : null}
      <PrivacyPanel
        candidate={data}
        role={session.role}
        onRectified={(details) => candidate.replace({ ...data, ...details })}
        onErased={() => navigate(firstRole ? `/candidates?role=${firstRole}` : '/candidates')}
      />
    </div>
  );
}
