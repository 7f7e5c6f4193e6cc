import type { TQuestionSummary } from '../../../src/shared/schemas/question.js';
import { labelOf } from '../format.js';

/** Props of QuestionCard. */
export interface QuestionCardProps {
  question: TQuestionSummary;
}

/** One question in the bank list: its text and what it is for. */
export function QuestionCard({ question }: QuestionCardProps) {
  return (
    <article className="question">
      <p className="question__text">{question.text}</p>
      <div className="question__meta">
        <span className={`tag tag--${question.category}`}>{labelOf(question.category)}</span>
        <span className="question__levels">
          <span className="visually-hidden">Levels: </span>
          {question.levels.map(labelOf).join(' · ')}
        </span>
        <span>{question.minutes} min</span>
        <span className="difficulty" title={`Difficulty ${question.difficulty} of 5`}>
          <span className="visually-hidden">Difficulty {question.difficulty} of 5</span>
          <span aria-hidden="true">
            {'●'.repeat(question.difficulty)}
            <span className="difficulty__rest">{'●'.repeat(Math.max(0, 5 - question.difficulty))}</span>
          </span>
        </span>
        {question.builtIn ? null : <span className="tag tag--own">Your organisation</span>}
      </div>
      <ul className="topics" aria-label="Topics">
        {question.topics.map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
    </article>
  );
}
