import type { Ref } from 'react';
import { gradeOf, type PracticeRound, type RoundAnswer, type RoundQuestion } from '../api/practice.js';
import { AntiPatternList } from './anti-pattern-list.js';
import { DimensionScores } from './dimension-scores.js';
import { FollowUpBox } from './follow-up-box.js';
import { GradeHeadline } from './grade-headline.js';
import { HighlightedAnswer } from './highlighted-answer.js';
import { SignalLists } from './signal-lists.js';
import { StructureChecklist } from './structure-checklist.js';

/** Props of AnswerFeedback. */
export interface AnswerFeedbackProps {
  roundId: string;
  question: RoundQuestion;
  answer: RoundAnswer;
  onRound: (round: PracticeRound) => void;
  /** Focus lands here once the grade arrives. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Everything the coach says about one answer, from the score to the strong-answer outline. */
export function AnswerFeedback({ roundId, question, answer, onRound, headingRef }: AnswerFeedbackProps) {
  const grade = gradeOf(answer.grade);
  const llmGrade = gradeOf(answer.llmGrade);
  if (!grade) {
    return (
      <p className="muted" role="status">
        This answer was submitted; its feedback is not ready yet.
      </p>
    );
  }
  const notes = [...grade.notes, ...(llmGrade?.notes.map((n) => `AI grader: ${n}`) ?? [])];
  return (
    <section className="feedback" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading" tabIndex={-1} ref={headingRef}>
        Coach’s feedback
      </h3>
      <GradeHeadline question={question} answer={answer} grade={grade} llmGrade={llmGrade} />
      <HighlightedAnswer answer={answer.answer} grade={grade} />
      <SignalLists grade={grade} />
      <AntiPatternList grade={grade} />
      <StructureChecklist structure={grade.structure} />
      <DimensionScores grade={grade} llmGrade={llmGrade} />
      <FollowUpBox roundId={roundId} answer={answer} grade={grade} onRound={onRound} />
      {question.outline?.length ? (
        <section className="feedback-block outline" aria-labelledby="outline-heading">
          <h4 id="outline-heading">What a strong answer covers</h4>
          <ol className="outline__list">
            {question.outline.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {notes.length ? (
        <section className="feedback-block" aria-labelledby="notes-heading">
          <h4 id="notes-heading">Notes on this grade</h4>
          <ul className="notes-list">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
