import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import {
  fetchRound,
  type PracticeRound,
  type RoundAnswer,
  type RoundQuestion,
  saveAnswer,
  submitAnswer,
} from '../api/practice.js';
import { Countdown } from './countdown.js';
import { usePractice } from './practice-context.js';
import { type SaveStatus, useAutosave } from './use-autosave.js';
import { useElapsed } from './use-elapsed.js';

/** Props of AnswerComposer. */
export interface AnswerComposerProps {
  roundId: string;
  question: RoundQuestion;
  answer: RoundAnswer;
  /** A draft is being saved: the answer so far and the seconds used. */
  onDraft: (answer: string, elapsedSeconds: number) => void;
  /** The round after the answer was submitted and graded. */
  onSubmitted: (round: PracticeRound) => void;
}

const SAVE_TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
  error: '',
};

/** The timed answer box: countdown, autosaving draft, and "Submit for feedback". */
export function AnswerComposer({ roundId, question, answer, onDraft, onSubmitted }: AnswerComposerProps) {
  const { who, problem } = usePractice();
  const [text, setText] = useState(answer.answer);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { seconds, read: readElapsed } = useElapsed(answer.elapsedSeconds, !pending);
  const ids = { answer: useId(), hint: useId(), save: useId() };

  const save = useCallback(
    async (draft: string) => {
      const elapsedSeconds = readElapsed();
      onDraft(draft, elapsedSeconds);
      try {
        await saveAnswer(who, roundId, question.id, { answer: draft, elapsedSeconds });
      } catch (err) {
        // Already submitted (another tab): nothing left to save.
        if (err instanceof ApiError && err.status === 409) return;
        problem(err);
        throw err;
      }
    },
    [who, roundId, question.id, readElapsed, problem, onDraft],
  );
  const autosave = useAutosave(save);

  // Leaving for another question keeps the time used so far on this one.
  const latest = useRef({ text, onDraft });
  latest.current = { text, onDraft };
  useEffect(() => () => latest.current.onDraft(latest.current.text, readElapsed()), [readElapsed]);

  async function handleSubmit() {
    if (pending) return;
    if (!text.trim()) {
      setError('Write your answer first. Even a rough outline gets useful feedback.');
      return;
    }
    setPending(true);
    setError(null);
    await autosave.stop();
    try {
      onSubmitted(await submitAnswer(who, roundId, question.id, { answer: text, elapsedSeconds: readElapsed() }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        onSubmitted(await fetchRound(who, roundId).catch(() => Promise.reject(err)));
        return;
      }
      setError(`Your answer is safe here, but it could not be submitted. ${problem(err)}`);
      autosave.resume();
      setPending(false);
    }
  }

  return (
    <div className="composer">
      <Countdown limitSeconds={question.timeLimitSeconds} elapsedSeconds={seconds} />
      <div className="field composer__field">
        <label htmlFor={ids.answer}>Your answer</label>
        <p className="field-hint" id={ids.hint}>
          Think aloud as you would in the room. Your draft saves as you type; the timer is a guide, not a cut-off.
        </p>
        <textarea
          id={ids.answer}
          className="composer__textarea"
          rows={14}
          maxLength={20_000}
          aria-describedby={`${ids.hint} ${ids.save}`}
          value={text}
          readOnly={pending}
          onChange={(e) => {
            setText(e.target.value);
            autosave.change(e.target.value);
          }}
          onBlur={() => void autosave.flush()}
        />
      </div>
      <div className="composer__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={handleSubmit}
          disabled={pending}
          aria-busy={pending}
        >
          {pending ? 'Grading your answer…' : 'Submit for feedback'}
        </button>
        <span className="composer__save" id={ids.save} role="status">
          {SAVE_TEXT[autosave.status]}
        </span>
      </div>
      {autosave.status === 'error' ? (
        <p className="form-error" role="alert">
          Your draft could not be saved just now. Keep writing; it will try again.
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
