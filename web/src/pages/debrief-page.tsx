import { useEffect, useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { getDebrief, openDebrief } from '../api/scorecards.js';
import { LoadProblem } from '../components/load-problem.js';
import { labelOf } from '../format.js';
import { errorMessage, useLoad } from '../hooks/use-load.js';
import { Link } from '../router.js';
import { AuditTrail } from '../scorecards/audit-trail.js';
import { DebriefEvidence } from '../scorecards/debrief-evidence.js';
import { DebriefMissing } from '../scorecards/debrief-missing.js';
import { DebriefScores } from '../scorecards/debrief-scores.js';
import { DecisionForm } from '../scorecards/decision-form.js';
import { DecisionList } from '../scorecards/decision-list.js';
import '../scorecards/scorecards.css';

/** Props of DebriefPage. */
export interface DebriefPageProps {
  applicationId: string;
  session: TSessionInfo;
}

/** The evidence-first debrief of an application; the hiring manager or an admin records the decision. */
export function DebriefPage({ applicationId, session }: DebriefPageProps) {
  const [round, setRound] = useState(0);
  const debrief = useLoad(`debrief/${applicationId}`, (signal) => getDebrief(applicationId, { signal }));
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const decider = session.role === 'admin' || session.role === 'hiring_manager';

  useEffect(() => {
    if (debrief.state.status === 'ready') document.title = `Debrief: ${debrief.state.data.candidate.name} · Caliper`;
  }, [debrief.state]);

  if (debrief.state.status !== 'ready') {
    return (
      <div className="debrief-page">
        <LoadProblem
          state={debrief.state}
          what="debrief"
          back={{ to: '/', label: 'Go home' }}
          onRetry={debrief.retry}
        />
      </div>
    );
  }
  const data = debrief.state.data;

  /** Load the debrief again in place (no loading flash), and the audit trail with it. */
  async function refresh() {
    try {
      debrief.replace(await getDebrief(applicationId));
      setRound((n) => n + 1);
    } catch {
      debrief.retry();
    }
  }

  async function open() {
    setOpening(true);
    setOpenError(null);
    try {
      await openDebrief(applicationId);
      await refresh();
    } catch (err) {
      setOpenError(`Could not open the debrief: ${errorMessage(err)}`);
    } finally {
      setOpening(false);
    }
  }

  return (
    <div className="debrief-page">
      <p className="back-link">
        <Link to={`/candidates/${data.candidate.id}`}>← {data.candidate.name}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">Debrief</p>
        <h1>{data.candidate.name}</h1>
        <p className="muted">
          {data.role.title} ({labelOf(data.role.level)}) · {data.open ? 'Debrief open' : 'Debrief not opened yet'}
        </p>
      </header>
      {!data.open && decider ? (
        <div className="banner banner--notice db-open">
          <span>Opening the debrief lets the people who decide see every submitted scorecard.</span>
          <button type="button" className="button button--primary" onClick={open} disabled={opening}>
            {opening ? 'Opening…' : 'Open the debrief'}
          </button>
        </div>
      ) : null}
      {openError ? (
        <p className="banner banner--error" role="alert">
          {openError}
        </p>
      ) : null}
      <DebriefEvidence evidence={data.evidence} />
      <DebriefMissing missing={data.missing} hiddenInterviews={data.hiddenInterviews} />
      <DebriefScores debrief={data} />
      <DecisionList decisions={data.decisions} />
      {decider ? <DecisionForm applicationId={applicationId} onDecided={refresh} /> : null}
      {session.role === 'admin' ? <AuditTrail applicationId={applicationId} round={round} /> : null}
    </div>
  );
}
