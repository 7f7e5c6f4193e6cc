import type { TQuestionDetail } from '../../../src/shared/schemas/question.js';
import { labelOf } from '../format.js';
import { topicDescription } from '../topics.js';
import { Difficulty } from './difficulty.js';
import { NeedsSignalsBadge } from './needs-signals-badge.js';

/** Props of QuestionHeading. */
export interface QuestionHeadingProps {
  question: TQuestionDetail;
}

/** The top of a question page: what kind of question it is, its wording, and its topics. */
export function QuestionHeading({ question }: QuestionHeadingProps) {
  return (
    <header className="question-heading">
      <div className="question__meta">
        <span className={`tag tag--${question.category}`}>{labelOf(question.category)}</span>
        <span>
          <span className="visually-hidden">Levels: </span>
          {question.levels.map(labelOf).join(' · ')}
        </span>
        <span>{question.minutes} min</span>
        <Difficulty value={question.difficulty} />
        {question.builtIn ? null : <span className="tag tag--own">Your organisation</span>}
        {question.needsSignals ? <NeedsSignalsBadge /> : null}
        {question.shareInAdvance ? (
          <span
            className="tag tag--shared"
            title="Candidates see this question before the interview, so they can prepare; they are scored on depth, not surprise."
          >
            Shared with candidates in advance
          </span>
        ) : null}
      </div>
      <h1 className="question-heading__text">{question.text}</h1>
      <ul className="topics" aria-label="Topics">
        {question.topics.map((topic) => (
          <li key={topic} title={topicDescription(topic)}>
            {topic}
          </li>
        ))}
      </ul>
    </header>
  );
}
