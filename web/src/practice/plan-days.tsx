import { useState } from 'react';
import type { PracticePlan } from '../api/practice.js';
import { truncate } from '../format.js';
import { Link } from '../router.js';
import { topicWords } from '../topics.js';

/** Props of PlanDays. */
export interface PlanDaysProps {
  days: PracticePlan['days'];
  /** Starts a round on one question of the plan; the item's button shows it is starting and any failure. */
  onPractise?: (questionId: string) => Promise<void>;
}

/** A plan item's "Practise now": starts a one-question round, says so while it starts, and says why if it could not. */
function PractiseButton({
  questionId,
  onPractise,
}: {
  questionId: string;
  onPractise: (questionId: string) => Promise<void>;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <span className="plan-day__practise">
      <button
        type="button"
        className="button button--small"
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          onPractise(questionId).catch(() => setState('failed'));
        }}
      >
        {state === 'busy' ? 'Starting…' : 'Practise now'}
      </button>
      {state === 'failed' ? (
        <span role="alert" className="field-error">
          Could not start it. Try again.
        </span>
      ) : null}
    </span>
  );
}

/** The plan as one card a day: the focus, what to review, what to practise; full mock days stand out. */
export function PlanDays({ days, onPractise }: PlanDaysProps) {
  if (days.length === 0) return <p className="muted">No days to plan: your interview date has passed or is today.</p>;
  return (
    <ol className="plan-days">
      {days.map((day) => (
        <li key={day.day} className={day.fullMock ? 'card plan-day plan-day--mock' : 'card plan-day'}>
          <article aria-labelledby={`plan-day-${day.day}`}>
            <header className="plan-day__head">
              <h3 id={`plan-day-${day.day}`}>Day {day.day}</h3>
              {day.fullMock ? <span className="status-pill plan-day__badge">Full mock round</span> : null}
            </header>
            <p className="plan-day__focus">{day.focus}</p>
            {day.review.length ? (
              <>
                <p className="plan-day__label">Review</p>
                <ul className="plan-day__list">
                  {day.review.map((item) => (
                    <li key={item}>{topicWords(item)}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {day.practise.length ? (
              <>
                <p className="plan-day__label">Practise</p>
                <ul className="plan-day__list">
                  {day.practise.map((q) => (
                    <li key={q.id} title={q.text} className="plan-day__item">
                      <span>{truncate(q.text, 120)}</span>
                      {onPractise ? <PractiseButton questionId={q.id} onPractise={onPractise} /> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {day.fullMock ? (
              <Link to="/practice" className="button button--small plan-day__cta">
                Set up a full mock
              </Link>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
