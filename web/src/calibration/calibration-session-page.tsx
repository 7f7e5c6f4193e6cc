import { useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { closeCalibrationSession, getCalibrationSession, type TCalibrationSession } from '../api/calibration.js';
import { LoadProblem } from '../components/load-problem.js';
import { errorMessage, useLoad } from '../hooks/use-load.js';
import { Link } from '../router.js';
import { ReportTable } from './report-table.js';
import { ScoreForm } from './score-form.js';
import '../panel.css';
import './calibration.css';

/** Props of CalibrationSessionPage. */
export interface CalibrationSessionPageProps {
  id: string;
  session: TSessionInfo;
}

/** The material, grouped: questions, the written answer, then the anonymised evidence per dimension. */
function Material({ s }: { s: TCalibrationSession }) {
  return (
    <section aria-labelledby="cal-material" className="card">
      <h2 id="cal-material">Material</h2>
      {s.material.questions.length > 0 ? (
        <>
          <h3>Questions asked</h3>
          <ol>
            {s.material.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </>
      ) : null}
      {s.material.referenceAnswer !== null ? (
        <>
          <h3>The answer</h3>
          <p className="calibration-answer">{s.material.referenceAnswer}</p>
        </>
      ) : null}
      {s.dimensions.map((d) => {
        const quotes = s.material.evidence.filter((e) => e.dimension === d.id);
        if (quotes.length === 0) return null;
        return (
          <div key={d.id}>
            <h3>Evidence: {d.name}</h3>
            <ul className="calibration-evidence">
              {quotes.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: quotes are fixed for the session and may repeat
                <li key={i}>
                  <blockquote>{e.text}</blockquote>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** One calibration session: the material, the caller's blind score form, and the report once they may see it. */
export function CalibrationSessionPage({ id, session }: CalibrationSessionPageProps) {
  const { state, retry, replace } = useLoad(id, (signal) => getCalibrationSession(id, { signal }));
  const [closeProblem, setCloseProblem] = useState<string | null>(null);
  if (state.status !== 'ready')
    return (
      <LoadProblem
        state={state}
        what="calibration session"
        back={{ to: '/calibration', label: 'All sessions' }}
        onRetry={retry}
      />
    );
  const s = state.data;
  const canScore = s.me.invited && !s.me.submitted && s.status === 'open';
  async function close() {
    try {
      replace(await closeCalibrationSession(id));
    } catch (err) {
      setCloseProblem(errorMessage(err));
    }
  }
  return (
    <div className="calibration-page">
      <p>
        <Link to="/calibration">All sessions</Link>
      </p>
      <header className="page-header page-header--with-actions">
        <div>
          <h1>{s.title}</h1>
          <p className="lead">
            {s.source === 'interview' ? 'Anonymised evidence from a past interview' : 'A written answer'} ·{' '}
            {s.status === 'open' ? 'Open' : 'Closed'} · {s.submittedCount} of {s.participantCount} scored
          </p>
        </div>
        {session.role === 'admin' && s.status === 'open' ? (
          <button type="button" className="button button--quiet" onClick={close}>
            Close session
          </button>
        ) : null}
      </header>
      {closeProblem ? (
        <p className="banner banner--error" role="alert">
          {closeProblem}
        </p>
      ) : null}
      <Material s={s} />
      {canScore ? <ScoreForm session={s} onSubmitted={replace} /> : null}
      {s.revealed ? (
        <ReportTable sessionId={s.id} version={`${s.submittedCount}-${s.status}`} />
      ) : (
        <p className="muted" role="status">
          The reference and the other panellists’ scores stay hidden until you submit your own.
        </p>
      )}
    </div>
  );
}
