import type { TInterviewKit } from '../../../src/shared/schemas/panel.js';
import type { ScorecardList as List, Scorecard } from '../api/scorecards.js';
import { RECOMMENDATION_NAMES, RED_FLAG_LABELS } from './scorecard-draft.js';

/** Props of ScorecardList. */
export interface ScorecardListProps {
  list: List;
  dimensions: TInterviewKit['dimensions'];
  /** The signed-in member, to mark their own card. */
  userId: string;
}

function CardView({
  card,
  dimensions,
  own,
}: {
  card: Scorecard;
  dimensions: TInterviewKit['dimensions'];
  own: boolean;
}) {
  const name = (dim: string) => dimensions.find((d) => d.id === dim)?.name ?? dim;
  return (
    <li className="sc-card">
      <h4 className="sc-card__who">
        {card.interviewer.name}
        {own ? ' (you)' : ''}{' '}
        <span className={`sc-pill sc-pill--${card.status}`}>{card.status === 'submitted' ? 'Submitted' : 'Draft'}</span>
      </h4>
      <dl className="sc-card__ratings">
        {card.ratings.map((r) => (
          <div key={r.dimension}>
            <dt>
              {name(r.dimension)}: {r.score === null ? 'not assessed' : r.score}
            </dt>
            {r.evidence ? <dd>“{r.evidence}”</dd> : null}
          </div>
        ))}
      </dl>
      {card.redFlags.length > 0 ? (
        <p className="sc-card__flags">Red flags: {card.redFlags.map((f) => RED_FLAG_LABELS[f]).join('; ')}</p>
      ) : null}
      <p className="sc-card__rec">
        Recommendation:{' '}
        {card.recommendation === null
          ? 'none yet'
          : `${card.recommendation} ${RECOMMENDATION_NAMES[card.recommendation]}`}
      </p>
    </li>
  );
}

/** The panel's scorecards as the caller may see them, with why the others are hidden when they are. */
export function ScorecardList({ list, dimensions, userId }: ScorecardListProps) {
  const others = list.items.filter((c) => c.interviewer.id !== userId);
  const own = list.items.filter((c) => c.interviewer.id === userId);
  return (
    <section className="sc-list" aria-labelledby="sc-list-title">
      <h2 id="sc-list-title">The panel’s scorecards</h2>
      {list.othersVisible ? (
        <p className="sc-visible" role="status">
          Other interviewers’ scorecards are visible to you.
        </p>
      ) : (
        <div className="sc-hidden" role="status">
          <p className="sc-hidden__title">
            <span aria-hidden="true">🔒 </span>Scores hidden until you submit your own
          </p>
          <p>{list.hiddenReason ?? 'Other interviewers’ scores stay hidden until you submit your own.'}</p>
        </div>
      )}
      {list.items.length === 0 ? (
        <p className="muted">No scorecards to show yet.</p>
      ) : (
        <ul className="sc-cards">
          {[...own, ...others].map((card) => (
            <CardView key={card.id} card={card} dimensions={dimensions} own={card.interviewer.id === userId} />
          ))}
        </ul>
      )}
    </section>
  );
}
