import { type FormEvent, useId, useState } from 'react';
import { LEVELS } from '../../../src/shared/schemas/vocabulary.js';
import { type PracticeProfile, type PracticeTrack, startRound, updateProfile } from '../api/practice.js';
import { ChoiceGroup } from '../editor/choice-group.js';
import { labelOf } from '../format.js';
import { navigate } from '../router.js';
import { storeLastRound } from './local-profile.js';
import { usePractice } from './practice-context.js';
import { minutesWords, TRACK_ORDER, TRACKS } from './practice-format.js';

/** Props of SetupForm. */
export interface SetupFormProps {
  profile: PracticeProfile;
}

type Level = PracticeProfile['targetLevel'];

const LEVEL_HINTS: Record<Level, string> = {
  junior: 'Foundations, learning, honesty at the edge.',
  mid: 'Owns features end to end.',
  senior: 'Designs, trade-offs, production.',
  staff: 'Cross-team direction and leverage.',
};

const LEVEL_OPTIONS = LEVELS.map((level) => ({ value: level, label: labelOf(level), hint: LEVEL_HINTS[level] }));
const TRACK_OPTIONS = TRACK_ORDER.map((track) => ({ value: track, ...TRACKS[track] }));

/** Level, track, length, an optional résumé or job description, the interview date, and "Start round". */
export function SetupForm({ profile }: SetupFormProps) {
  const { who, mode, problem } = usePractice();
  const [level, setLevel] = useState<Level>(profile.targetLevel);
  const [track, setTrack] = useState<PracticeTrack>('mix');
  const [minutes, setMinutes] = useState(30);
  const [context, setContext] = useState('');
  const [interviewDate, setInterviewDate] = useState(profile.interviewDate ?? '');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { minutes: useId(), context: useId(), contextHint: useId(), date: useId(), dateHint: useId() };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const date = interviewDate || null;
      if (level !== profile.targetLevel || date !== profile.interviewDate) {
        await updateProfile(who, { targetLevel: level, interviewDate: date });
      }
      const trimmed = context.trim();
      const round = await startRound(who, { level, track, minutes, ...(trimmed && { context: trimmed }) });
      storeLastRound(mode, round.id);
      navigate(`/practice?round=${encodeURIComponent(round.id)}`);
    } catch (err) {
      setError(`Could not start the round. ${problem(err)}`);
      setPending(false);
    }
  }

  return (
    <form className="setup-form" onSubmit={handleSubmit} aria-busy={pending}>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <ChoiceGroup
        id="setup-level"
        legend="Target level"
        type="radio"
        layout="cards-4"
        options={LEVEL_OPTIONS}
        selected={[level]}
        onChange={([next]) => next && setLevel(next)}
      />
      <ChoiceGroup
        id="setup-track"
        legend="Track"
        type="radio"
        layout="cards"
        options={TRACK_OPTIONS}
        selected={[track]}
        onChange={([next]) => next && setTrack(next)}
      />
      <div className="field setup-form__length">
        <label htmlFor={ids.minutes}>Length</label>
        <div className="setup-form__range">
          <input
            id={ids.minutes}
            type="range"
            min={15}
            max={60}
            step={5}
            value={minutes}
            aria-valuetext={minutesWords(minutes)}
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
          <output htmlFor={ids.minutes}>{minutesWords(minutes)}</output>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.context}>
          Paste your résumé or the job description to tailor the round <span className="optional">(optional)</span>
        </label>
        <p className="field-hint" id={ids.contextHint}>
          Topics it names are drawn first. It is used for this round only.
        </p>
        <textarea
          id={ids.context}
          rows={4}
          maxLength={20_000}
          aria-describedby={ids.contextHint}
          value={context}
          onChange={(e) => setContext(e.target.value)}
        />
      </div>
      <div className="field setup-form__date">
        <label htmlFor={ids.date}>
          Interview date <span className="optional">(optional)</span>
        </label>
        <p className="field-hint" id={ids.dateHint}>
          Your prep plan counts down to it.
        </p>
        <input
          id={ids.date}
          type="date"
          aria-describedby={ids.dateHint}
          value={interviewDate}
          onChange={(e) => setInterviewDate(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending}>
        {pending ? 'Starting…' : 'Start round'}
      </button>
    </form>
  );
}
