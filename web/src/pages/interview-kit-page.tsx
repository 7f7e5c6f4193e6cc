import { useEffect, useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import type { TInterviewKit } from '../../../src/shared/schemas/panel.js';
import { completeInterview, getInterviewKit } from '../api/interviews.js';
import { LoadProblem } from '../components/load-problem.js';
import { labelOf } from '../format.js';
import { errorMessage, useLoad } from '../hooks/use-load.js';
import { KitAnchors } from '../kit/kit-anchors.js';
import { KitQuestion } from '../kit/kit-question.js';
import { dateTimeLabel, minutesLabel, statusLabel } from '../panel-format.js';
import { canEditHiring } from '../permissions.js';
import { Link } from '../router.js';
import { ScorecardPanel } from '../scorecards/scorecard-panel.js';
import '../panel.css';

/** Props of InterviewKitPage. */
export interface InterviewKitPageProps {
  id: string;
  session: TSessionInfo;
}

/** The interview kit: what the interviewer uses in the room, in order; prints cleanly. */
export function InterviewKitPage({ id, session }: InterviewKitPageProps) {
  const kit = useLoad(`kit/${id}`, (signal) => getInterviewKit(id, { signal }));

  useEffect(() => {
    if (kit.state.status === 'ready') {
      document.title = `Kit: ${kit.state.data.candidate.name}, ${kit.state.data.stage.name} · Caliper`;
    }
  }, [kit.state]);

  return (
    <div className="kit-page printable">
      <p className="back-link">
        <Link to="/">← My interviews</Link>
      </p>
      {kit.state.status === 'ready' ? (
        <>
          <KitView
            kit={kit.state.data}
            canComplete={
              canEditHiring(session.role) || kit.state.data.interviewers.some((p) => p.id === session.user.id)
            }
            onChanged={kit.replace}
          />
          <ScorecardPanel kit={kit.state.data} userId={session.user.id} />
        </>
      ) : (
        <LoadProblem
          state={kit.state}
          what="interview kit"
          back={{ to: '/', label: 'Go to my interviews' }}
          onRetry={kit.retry}
        />
      )}
    </div>
  );
}

interface KitViewProps {
  kit: TInterviewKit;
  canComplete: boolean;
  onChanged: (kit: TInterviewKit) => void;
}

function KitView({ kit, canComplete, onChanged }: KitViewProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questions = [...kit.questions].sort((a, b) => a.order - b.order);

  async function complete() {
    setBusy(true);
    setError(null);
    try {
      await completeInterview(kit.id);
      onChanged({ ...kit, status: 'completed' });
    } catch (err) {
      setError(`Could not mark the interview as held: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="kit" aria-labelledby="kit-title">
      <header className="kit__header">
        <div>
          <p className="eyebrow">Interview kit</p>
          <h1 id="kit-title">{kit.stage.name}</h1>
          <dl className="facts kit__facts">
            <dt>Candidate</dt>
            <dd>{kit.candidate.name}</dd>
            <dt>Role</dt>
            <dd>
              {kit.role.title} ({labelOf(kit.role.level)})
            </dd>
            <dt>When</dt>
            <dd>
              <time dateTime={kit.scheduledAt}>{dateTimeLabel(kit.scheduledAt)}</time> · {minutesLabel(kit.minutes)}
            </dd>
            <dt>Interviewers</dt>
            <dd>{kit.interviewers.map((p) => p.name).join(', ')}</dd>
            <dt>Status</dt>
            <dd>{statusLabel(kit.status)}</dd>
          </dl>
        </div>
        <div className="kit__actions">
          <button type="button" className="button" onClick={() => window.print()}>
            Print kit
          </button>
          {canComplete && kit.status === 'scheduled' ? (
            <button type="button" className="button" onClick={complete} disabled={busy}>
              {busy ? 'Saving…' : 'Mark as held'}
            </button>
          ) : null}
        </div>
      </header>
      {error ? (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      ) : null}
      <section className="kit__rules" aria-label="Before you start">
        <p>
          Ask every question, in this order, as written: every candidate at this stage hears the same interview. Score
          what they demonstrate, never credentials or “culture fit”.
        </p>
      </section>
      <section aria-labelledby="kit-questions-heading">
        <h2 id="kit-questions-heading">Questions, in order</h2>
        {questions.length === 0 ? (
          <p className="muted">This stage has no bank questions.</p>
        ) : (
          <ol className="kit-questions" aria-label="Questions">
            {questions.map((q, i) => (
              <KitQuestion key={q.id} question={q} number={i + 1} count={questions.length} />
            ))}
          </ol>
        )}
      </section>
      <KitAnchors dimensions={kit.dimensions} level={kit.role.level} />
    </article>
  );
}
