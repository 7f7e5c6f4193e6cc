import { getPacket } from '../api/candidates.js';
import { CandidatePacket } from '../candidates/candidate-packet.js';
import { LoadProblem } from '../components/load-problem.js';
import { useLoad } from '../hooks/use-load.js';
import { Link } from '../router.js';
import '../panel.css';

/** Props of PacketPage. */
export interface PacketPageProps {
  candidateId: string;
  applicationId: string;
}

/** The candidate packet on its own, to print or save as PDF and send. */
export function PacketPage({ candidateId, applicationId }: PacketPageProps) {
  const packet = useLoad(`packet/${applicationId}`, (signal) => getPacket(applicationId, { signal }));
  return (
    <div className="packet-page printable">
      <p className="back-link">
        <Link to={`/candidates/${candidateId}`}>← Candidate</Link>
      </p>
      <header className="page-header page-header--with-actions">
        <div>
          <h1>Before your interviews</h1>
          <p className="lead">What to expect, what to prepare, and how you will be scored.</p>
        </div>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </header>
      {packet.state.status === 'ready' ? (
        <CandidatePacket packet={packet.state.data} />
      ) : (
        <LoadProblem
          state={packet.state}
          what="candidate packet"
          back={{ to: `/candidates/${candidateId}`, label: 'Back to the candidate' }}
          onRetry={packet.retry}
        />
      )}
    </div>
  );
}
