import type { PracticeGrade, RoundAnswer, RoundQuestion } from '../api/practice.js';
import { formatClock, formatScore, scoreWord } from './practice-format.js';

/** Props of GradeHeadline. */
export interface GradeHeadlineProps {
  question: RoundQuestion;
  answer: RoundAnswer;
  grade: PracticeGrade;
  llmGrade: PracticeGrade | null;
}

/** The overall score in a sentence, the AI grader's beside it when there is one, and the time taken. */
export function GradeHeadline({ question, answer, grade, llmGrade }: GradeHeadlineProps) {
  return (
    <div className={grade.overall >= 3.5 ? 'grade-headline grade-headline--strong' : 'grade-headline'}>
      <div className="grade-headline__scores">
        <p className="grade-score">
          <span className="grade-score__label">{llmGrade ? 'Built-in coach' : 'Coach’s grade'}</span>
          <span className="grade-score__value">
            {formatScore(grade.overall)}
            <span className="grade-score__of"> / 5</span>
          </span>
        </p>
        {llmGrade ? (
          <p className="grade-score grade-score--llm">
            <span className="grade-score__label">AI grader</span>
            <span className="grade-score__value">
              {formatScore(llmGrade.overall)}
              <span className="grade-score__of"> / 5</span>
            </span>
          </p>
        ) : null}
      </div>
      <div className="grade-headline__words">
        <p className="grade-headline__word">{scoreWord(grade.overall)}</p>
        <p className="muted">
          You took {formatClock(answer.elapsedSeconds)} of {formatClock(question.timeLimitSeconds)}
          {answer.overtime
            ? ': a little over time, which is fine in practice; in the room, aim to land the result before the clock.'
            : '.'}
        </p>
      </div>
    </div>
  );
}
