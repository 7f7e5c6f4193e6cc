import { type FormEvent, useId, useState } from 'react';
import { answerFollowUp, gradeOf, type PracticeGrade, type PracticeRound, type RoundAnswer } from '../api/practice.js';
import { followUpKindLabel } from '../format.js';
import { shortLabel } from './highlight.js';
import { usePractice } from './practice-context.js';
import { formatChange, formatScore } from './practice-format.js';

/** Props of FollowUpBox. */
export interface FollowUpBoxProps {
  roundId: string;
  answer: RoundAnswer;
  grade: PracticeGrade;
  onRound: (round: PracticeRound) => void;
}

function changeTone(change: number): string {
  if (change > 0.05) return 'change change--up';
  if (change < -0.05) return 'change change--down';
  return 'change';
}

/** What the follow-up added: signals that came through only in the exchange. */
function newSignals(before: PracticeGrade, after: PracticeGrade): string[] {
  const had = new Set(before.signals.hit.map((s) => s.id));
  return after.signals.hit.filter((s) => !had.has(s.id)).map((s) => shortLabel(s.text));
}

/** The coach's follow-up probe, an answer box, and the change in grade once it is answered. */
export function FollowUpBox({ roundId, answer, grade, onRound }: FollowUpBoxProps) {
  const { who, problem } = usePractice();
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { box: useId(), heading: useId() };
  const followUp = answer.followUp;
  if (!followUp) return null;
  const after = gradeOf(followUp.grade);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!text.trim()) {
      setError('Write a sentence or two first: how would you answer the interviewer?');
      return;
    }
    setPending(true);
    setError(null);
    try {
      onRound(await answerFollowUp(who, roundId, answer.questionId, text.trim()));
    } catch (err) {
      setError(`Could not send your follow-up answer. ${problem(err)}`);
      setPending(false);
    }
  }

  return (
    <section className="feedback-block follow-up-box" aria-labelledby={ids.heading}>
      <h4 id={ids.heading}>The interviewer follows up</h4>
      <blockquote className="follow-up-box__question">
        <p>{followUp.question}</p>
      </blockquote>
      {grade.followUp ? (
        <p className="field-hint">
          <span className="follow-up-box__kind">{followUpKindLabel(grade.followUp.kind)}</span> {grade.followUp.reason}
        </p>
      ) : null}
      {followUp.answer === null ? (
        <form onSubmit={handleSubmit} aria-busy={pending}>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor={ids.box}>Answer the follow-up</label>
            <textarea
              id={ids.box}
              rows={5}
              maxLength={20_000}
              value={text}
              readOnly={pending}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Re-grading…' : 'Send and re-grade'}
          </button>
        </form>
      ) : (
        <div className="follow-up-box__result">
          <p className="follow-up-box__label">Your follow-up answer</p>
          <p className="follow-up-box__answer">{followUp.answer}</p>
          {after && followUp.change !== null ? (
            <p className="follow-up-box__change" role="status">
              With the follow-up, your grade is <strong>{formatScore(after.overall)}</strong>{' '}
              <span className={changeTone(followUp.change)} data-testid="follow-up-change">
                {formatChange(followUp.change)}
              </span>
              {followUp.change > 0.05
                ? ' Pushing further showed more of what you know.'
                : ' Holding steady under a probe is a good sign too.'}
            </p>
          ) : null}
          {after && newSignals(grade, after).length ? (
            <p className="muted">New in the exchange: {newSignals(grade, after).join(' · ')}.</p>
          ) : null}
        </div>
      )}
    </section>
  );
}
