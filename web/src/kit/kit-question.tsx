import type { TInterviewKit } from '../../../src/shared/schemas/panel.js';
import { FollowUpList } from '../components/follow-up-list.js';
import { dimensionLabel, labelOf } from '../format.js';
import { minutesLabel } from '../panel-format.js';

/** One question of a kit. */
export type KitQuestionData = TInterviewKit['questions'][number];

/** Props of KitQuestion. */
export interface KitQuestionProps {
  question: KitQuestionData;
  number: number;
  count: number;
}

/** A kit question: its number and time, the question to read out, what to listen for and the follow-ups. */
export function KitQuestion({ question, number, count }: KitQuestionProps) {
  const headingId = `kit-q-${number}`;
  return (
    <li className="kit-question">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="kit-question__heading">
          <span className="kit-question__number">Question {number}</span>
          <span className="visually-hidden"> of {count}</span>
          <span className="kit-question__time">{minutesLabel(question.minutes)}</span>
          <span className={`tag tag--${question.category}`}>{labelOf(question.category)}</span>
        </h3>
        <p className="kit-question__text">{question.text}</p>
        {question.dimensions.length > 0 ? (
          <p className="kit-question__dims">Evidence for: {question.dimensions.map(dimensionLabel).join(', ')}</p>
        ) : null}
        <h4 className="kit-question__sub">Listen for</h4>
        {question.lookFor.length === 0 ? (
          <p className="muted">No look-for signals written yet.</p>
        ) : (
          <ul className="kit-signals">
            {question.lookFor.map((signal) => (
              <li key={signal.id}>
                {signal.text} <span className="kit-signals__dim">({dimensionLabel(signal.dimension)})</span>
              </li>
            ))}
          </ul>
        )}
        <h4 className="kit-question__sub">Follow-ups</h4>
        {question.followUps.length === 0 ? (
          <p className="muted">No follow-ups written yet.</p>
        ) : (
          <FollowUpList followUps={question.followUps} />
        )}
      </article>
    </li>
  );
}
