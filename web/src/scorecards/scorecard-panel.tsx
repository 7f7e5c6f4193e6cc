import { useState } from 'react';
import type { TInterviewKit } from '../../../src/shared/schemas/panel.js';
import { getMyScorecard, listScorecards } from '../api/scorecards.js';
import { useLoad } from '../hooks/use-load.js';
import { Link } from '../router.js';
import { ScorecardForm } from './scorecard-form.js';
import { ScorecardList } from './scorecard-list.js';
import './scorecards.css';

/** Props of ScorecardPanel. */
export interface ScorecardPanelProps {
  kit: TInterviewKit;
  /** The signed-in member. */
  userId: string;
}

/** Beside the kit: your scorecard when you sit on the panel, then the panel's scorecards you may see. */
export function ScorecardPanel({ kit, userId }: ScorecardPanelProps) {
  const panellist = kit.interviewers.some((p) => p.id === userId);
  const [round, setRound] = useState(0);
  const mine = useLoad(`scorecard/${kit.id}/${panellist}`, (signal) =>
    panellist ? getMyScorecard(kit.id, { signal }) : Promise.resolve(null),
  );
  const list = useLoad(`scorecards/${kit.id}/${round}`, (signal) => listScorecards(kit.id, { signal }));

  return (
    <aside className="scorecard-panel" aria-label="Scorecards">
      {panellist ? (
        mine.state.status === 'ready' ? (
          <ScorecardForm kit={kit} initial={mine.state.data} onSubmitted={() => setRound((n) => n + 1)} />
        ) : mine.state.status === 'loading' ? (
          <p className="muted" role="status">
            Loading your scorecard…
          </p>
        ) : (
          <div className="banner banner--error" role="alert">
            <span>Could not load your scorecard.</span>
            <button type="button" className="button button--quiet" onClick={mine.retry}>
              Try again
            </button>
          </div>
        )
      ) : null}
      {list.state.status === 'ready' ? (
        <ScorecardList list={list.state.data} dimensions={kit.dimensions} userId={userId} />
      ) : list.state.status === 'loading' ? (
        <p className="muted" role="status">
          Loading the panel’s scorecards…
        </p>
      ) : (
        <div className="banner banner--error" role="alert">
          <span>Could not load the panel’s scorecards.</span>
          <button type="button" className="button button--quiet" onClick={list.retry}>
            Try again
          </button>
        </div>
      )}
      <p className="sc-debrief-link">
        <Link to={`/applications/${kit.applicationId}/debrief`}>Go to the debrief for {kit.candidate.name}</Link>
      </p>
    </aside>
  );
}
