import type { TQuestionSummary } from '../../../src/shared/schemas/question.js';
import { labelOf } from '../format.js';
import { Link } from '../router.js';
import { topicDescription } from '../topics.js';
import { Difficulty } from './difficulty.js';
import { NeedsSignalsBadge } from './needs-signals-badge.js';

/** Props of QuestionCard. */
export interface QuestionCardProps {
  question: TQuestionSummary;
}

/** One question in the bank list: its text (a link to the question) and what it is for. */
export function QuestionCard({ question }: QuestionCardProps) {
  return (
    <article className="question">
      <p className="question__text">
        <Link to={`/bank/${encodeURIComponent(question.id)}`} className="question__link">
          {question.text}
        </Link>
      </p>
      <div className="question__meta">
        <span className={`tag tag--${question.category}`}>{labelOf(question.category)}</span>
        <span className="question__levels">
          <span className="visually-hidden">Levels: </span>
          {question.levels.map(labelOf).join(' · ')}
        </span>
        <span>{question.minutes} min</span>
        <Difficulty value={question.difficulty} />
        {question.builtIn ? null : <span className="tag tag--own">Your organisation</span>}
        {question.needsSignals ? <NeedsSignalsBadge /> : null}
      </div>
      <ul className="topics" aria-label="Topics">
        {question.topics.map((topic) => (
          <li key={topic} title={topicDescription(topic)}>
            {topic}
          </li>
        ))}
      </ul>
    </article>
  );
}
