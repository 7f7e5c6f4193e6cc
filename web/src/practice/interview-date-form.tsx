import { type FormEvent, useId, useState } from 'react';
import { type PracticeProfile, updateProfile } from '../api/practice.js';
import { usePractice } from './practice-context.js';

/** Props of InterviewDateForm. */
export interface InterviewDateFormProps {
  profile: PracticeProfile;
  /** Called after the date is saved, so the plan can be built again. */
  onSaved: () => void;
}

/** Set or change the interview date the plan counts down to. */
export function InterviewDateForm({ profile, onSaved }: InterviewDateFormProps) {
  const { who, problem } = usePractice();
  const [date, setDate] = useState(profile.interviewDate ?? '');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await updateProfile(who, { interviewDate: date || null });
      onSaved();
    } catch (err) {
      setError(`Could not save the date. ${problem(err)}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="interview-date" onSubmit={handleSubmit} aria-busy={pending}>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={id}>Interview date</label>
        <div className="interview-date__row">
          <input id={id} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button
            type="submit"
            className="button"
            disabled={pending || date === (profile.interviewDate ?? '')}
            aria-busy={pending}
          >
            {date || !profile.interviewDate ? 'Save date' : 'Clear date'}
          </button>
        </div>
      </div>
    </form>
  );
}
