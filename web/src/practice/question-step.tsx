import { useEffect, useRef, useState } from 'react';
import type { PracticeRound, RoundAnswer, RoundQuestion } from '../api/practice.js';
import { labelOf } from '../format.js';
import { AnswerComposer } from './answer-composer.js';
import { AnswerFeedback } from './answer-feedback.js';
import { minutesWords } from './practice-format.js';

/** Props of QuestionStep. */
export interface QuestionStepProps {
  round: PracticeRound;
  question: RoundQuestion;
  answer: RoundAnswer;
  isLast: boolean;
  onRound: (round: PracticeRound) => void;
  /** A draft is being saved: the answer so far and the seconds used. */
  onDraft: (answer: string, elapsedSeconds: number) => void;
  onNext: () => void;
}

/** One question: answer it under the clock, then read the coach's feedback and move on. */
export function QuestionStep({ round, question, answer, isLast, onRound, onDraft, onNext }: QuestionStepProps) {
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const [justGraded, setJustGraded] = useState(false);

  // Once the grade arrives, take keyboard and screen-reader users to it.
  useEffect(() => {
    if (justGraded && answer.submitted) feedbackRef.current?.focus();
  }, [justGraded, answer.submitted]);

  return (
    <article className="question-step" aria-labelledby="question-step-text">
      <div className="card question-step__card">
        <p className="question-step__meta">
          <span className="status-pill">{labelOf(question.category)}</span>
          <span>About {minutesWords(question.minutes)}</span>
        </p>
        <p className="question-step__text" id="question-step-text">
          {question.text}
        </p>
        <p className="question-step__why">Why this question: {question.reason}</p>
        {answer.submitted ? null : (
          <AnswerComposer
            roundId={round.id}
            question={question}
            answer={answer}
            onDraft={onDraft}
            onSubmitted={(next) => {
              setJustGraded(true);
              onRound(next);
            }}
          />
        )}
      </div>
      {answer.submitted ? (
        <>
          <AnswerFeedback
            roundId={round.id}
            question={question}
            answer={answer}
            onRound={onRound}
            headingRef={feedbackRef}
          />
          <div className="question-step__next">
            <button type="button" className="button button--primary" onClick={onNext}>
              {isLast ? 'See your round summary' : 'Next question'}
            </button>
          </div>
        </>
      ) : null}
    </article>
  );
}
