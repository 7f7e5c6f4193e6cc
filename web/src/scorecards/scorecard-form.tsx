import { type FormEvent, useId, useRef, useState } from 'react';
import type { TInterviewKit } from '../../../src/shared/schemas/panel.js';
import { ApiError } from '../api/client.js';
import { amendScorecard, type Scorecard, submitScorecard } from '../api/scorecards.js';
import { errorMessage } from '../hooks/use-load.js';
import { DimensionRating } from './dimension-rating.js';
import { SaveIndicator } from './save-indicator.js';
import { bodyOf, draftFrom, problemsByField, type ScorecardDraft } from './scorecard-draft.js';
import { ScorecardExtras } from './scorecard-extras.js';
import { useDraftAutosave } from './use-draft-autosave.js';

/** Props of ScorecardForm. */
export interface ScorecardFormProps {
  kit: Pick<TInterviewKit, 'id' | 'dimensions' | 'questions'>;
  /** Your stored scorecard, or null before you start one. */
  initial: Scorecard | null;
  /** Called after a submission or an amendment. */
  onSubmitted: (card: Scorecard) => void;
}

type Mode = 'draft' | 'submitted' | 'amending';

/**
 * Your scorecard for the interview: every dimension scored with evidence, notes per question,
 * red flags and a recommendation. Drafts autosave; after submitting it is read-only until amended.
 */
export function ScorecardForm({ kit, initial, onSubmitted }: ScorecardFormProps) {
  const id = useId();
  const [card, setCard] = useState<Scorecard | null>(initial);
  const [draft, setDraft] = useState<ScorecardDraft>(() => draftFrom(initial));
  const [mode, setMode] = useState<Mode>(initial?.status === 'submitted' ? 'submitted' : 'draft');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const errorRef = useRef<HTMLDivElement>(null);
  const autosave = useDraftAutosave(kit.id, setCard);
  const dimensionIds = kit.dimensions.map((d) => d.id);
  const questions = [...kit.questions].sort((a, b) => a.order - b.order);
  const readOnly = mode === 'submitted' || busy;

  function change(next: ScorecardDraft) {
    setDraft(next);
    if (mode === 'draft') autosave.schedule(bodyOf(next, dimensionIds));
  }

  function clearProblem(key: string) {
    if (!problems[key]) return;
    const { [key]: _gone, ...rest } = problems;
    setProblems(rest);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    autosave.cancel();
    setBusy(true);
    setFormError(null);
    setProblems({});
    try {
      const body = bodyOf(draft, dimensionIds);
      const saved =
        mode === 'amending' ? await amendScorecard(kit.id, { ...body, reason }) : await submitScorecard(kit.id, body);
      setCard(saved);
      setMode('submitted');
      setReason('');
      onSubmitted(saved);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 422 || err.status === 400) && err.details.length > 0) {
        const byField = problemsByField(err.details);
        setProblems(byField);
        setFormError(`Not submitted yet: ${err.message}. Fix the fields marked below.`);
      } else {
        setFormError(`Not submitted: ${errorMessage(err)}`);
      }
      window.setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  const heading =
    mode === 'submitted'
      ? 'Your scorecard (submitted)'
      : mode === 'amending'
        ? 'Amend your scorecard'
        : 'Your scorecard';
  return (
    <form className="sc-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <header className="sc-form__header">
        <h2 id={`${id}-title`}>{heading}</h2>
        {mode === 'draft' ? <SaveIndicator save={autosave.save} /> : null}
        {mode === 'submitted' && card?.submittedAt ? (
          <p className="sc-status sc-status--done">
            Submitted{card.version > 1 ? ` (version ${card.version})` : ''} ·{' '}
            <time dateTime={card.submittedAt}>{new Date(card.submittedAt).toLocaleString()}</time>
          </p>
        ) : null}
      </header>
      {mode === 'draft' ? (
        <p className="muted sc-form__intro">
          Score on what the candidate demonstrated, before you see anyone else’s scores. Your draft saves as you go.
        </p>
      ) : null}
      {formError ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {formError}
          {problems.form ? <p>{problems.form}</p> : null}
        </div>
      ) : null}
      <section aria-label="Dimensions" className="sc-section">
        {kit.dimensions.map((d) => (
          <DimensionRating
            key={d.id}
            dimension={d}
            choice={draft.choices[d.id] ?? null}
            evidence={draft.evidence[d.id] ?? ''}
            problem={problems[`dimension:${d.id}`]}
            readOnly={readOnly}
            onChoice={(choice) => {
              clearProblem(`dimension:${d.id}`);
              change({ ...draft, choices: { ...draft.choices, [d.id]: choice } });
            }}
            onEvidence={(text) => change({ ...draft, evidence: { ...draft.evidence, [d.id]: text } })}
          />
        ))}
      </section>
      <ScorecardExtras
        questions={questions}
        draft={draft}
        readOnly={readOnly}
        recommendationProblem={problems.recommendation}
        onChange={(next) => {
          if (next.recommendation !== draft.recommendation) clearProblem('recommendation');
          change(next);
        }}
      />
      {mode === 'amending' ? (
        <div className="field">
          <label htmlFor={`${id}-reason`}>Why does the scorecard change?</label>
          <span className="field-hint" id={`${id}-reason-hint`}>
            10 characters or more. The submitted version is kept alongside the amendment.
          </span>
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={reason}
            required
            aria-describedby={problems.reason ? `${id}-reason-hint ${id}-reason-problem` : `${id}-reason-hint`}
            aria-invalid={problems.reason ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {problems.reason ? (
            <p id={`${id}-reason-problem`} className="sc-problem" role="alert">
              {problems.reason}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="button-row sc-form__actions">
        {mode === 'submitted' ? (
          <button type="button" className="button" onClick={() => setMode('amending')}>
            Amend
          </button>
        ) : (
          <>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Submitting…' : mode === 'amending' ? 'Submit amendment' : 'Submit scorecard'}
            </button>
            {mode === 'amending' ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setDraft(draftFrom(card));
                  setProblems({});
                  setFormError(null);
                  setMode('submitted');
                }}
              >
                Cancel
              </button>
            ) : null}
          </>
        )}
      </div>
    </form>
  );
}
