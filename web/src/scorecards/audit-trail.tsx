import { getAudit } from '../api/scorecards.js';
import { LoadProblem } from '../components/load-problem.js';
import { useLoad } from '../hooks/use-load.js';
import { useMembers } from '../hooks/use-members.js';

/** Props of AuditTrail. */
export interface AuditTrailProps {
  applicationId: string;
  /** Changes when something on the page was recorded, to load the trail again. */
  round: number;
}

/** The application's append-only audit trail (admins). */
export function AuditTrail({ applicationId, round }: AuditTrailProps) {
  const audit = useLoad(`audit/${applicationId}/${round}`, (signal) => getAudit(applicationId, { signal }));
  const members = useMembers();
  const nameOf = (userId: string | null) => {
    if (!userId) return 'Caliper';
    return members.status === 'ready' ? (members.members.find((m) => m.id === userId)?.name ?? 'someone') : '…';
  };
  return (
    <section className="db-section" aria-labelledby="db-audit-title">
      <h2 id="db-audit-title">Audit trail</h2>
      {audit.state.status !== 'ready' ? (
        <LoadProblem
          state={audit.state}
          what="audit trail"
          back={{ to: '/', label: 'Go home' }}
          onRetry={audit.retry}
        />
      ) : audit.state.data.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="db-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {audit.state.data.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
                  </td>
                  <td>{nameOf(e.actorUserId)}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
