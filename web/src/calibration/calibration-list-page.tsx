import { useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { listCalibrationSessions, type TCalibrationSessionSummary } from '../api/calibration.js';
import { LoadProblem } from '../components/load-problem.js';
import { useLoad } from '../hooks/use-load.js';
import { Link } from '../router.js';
import { CreateSessionForm } from './create-session-form.js';
import '../panel.css';
import './calibration.css';

/** Props of CalibrationListPage. */
export interface CalibrationListPageProps {
  session: TSessionInfo;
}

function yourPart(s: TCalibrationSessionSummary): string {
  if (!s.me.invited) return 'Not scoring';
  if (s.me.submitted) return 'Scored';
  return s.status === 'open' ? 'Your scores are due' : 'Not scored';
}

/** Calibration: sessions the member may see, and (for admins) a form to start one. */
export function CalibrationListPage({ session }: CalibrationListPageProps) {
  const { state, retry } = useLoad('calibration', (signal) => listCalibrationSessions({ signal }));
  const [creating, setCreating] = useState(false);
  const admin = session.role === 'admin';
  return (
    <div className="calibration-page">
      <header className="page-header page-header--with-actions">
        <div>
          <h1>Calibration</h1>
          <p className="lead">
            Panellists re-score anonymised evidence from a past interview, or a written answer, blind. The report shows
            how far each one sits from the rest of the panel and from the reference.
          </p>
        </div>
        {admin && !creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New session
          </button>
        ) : null}
      </header>
      {creating ? <CreateSessionForm onCancel={() => setCreating(false)} /> : null}
      {state.status !== 'ready' ? (
        <LoadProblem state={state} what="calibration sessions" back={{ to: '/', label: 'Home' }} onRetry={retry} />
      ) : state.data.length === 0 ? (
        <p className="muted">
          {admin ? 'No calibration sessions yet.' : 'You have not been invited to a calibration session yet.'}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-label="Calibration sessions">
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Material</th>
                <th scope="col">Status</th>
                <th scope="col">Scored</th>
                <th scope="col">You</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/calibration/${s.id}`}>{s.title}</Link>
                  </th>
                  <td>{s.source === 'interview' ? 'Past interview' : 'Written answer'}</td>
                  <td>{s.status === 'open' ? 'Open' : 'Closed'}</td>
                  <td>
                    {s.submittedCount} of {s.participantCount}
                  </td>
                  <td>{yourPart(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
