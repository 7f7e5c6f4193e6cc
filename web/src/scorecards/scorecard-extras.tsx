import { useId } from 'react';
import type { TInterviewKit } from '../../../src/shared/schemas/panel.js';
import type { RedFlag } from '../api/scorecards.js';
import { RECOMMENDATION_NAMES, RED_FLAG_LABELS, RED_FLAGS_IN_ORDER, type ScorecardDraft } from './scorecard-draft.js';

/** Props of ScorecardExtras. */
export interface ScorecardExtrasProps {
  questions: TInterviewKit['questions'];
  draft: ScorecardDraft;
  readOnly: boolean;
  recommendationProblem: string | undefined;
  onChange: (draft: ScorecardDraft) => void;
}

/** The rest of the scorecard: notes per question, general notes, red flags and the overall recommendation. */
export function ScorecardExtras({ questions, draft, readOnly, recommendationProblem, onChange }: ScorecardExtrasProps) {
  const id = useId();
  const toggleFlag = (flag: RedFlag, on: boolean) =>
    onChange({
      ...draft,
      redFlags: on ? [...draft.redFlags, flag] : draft.redFlags.filter((f) => f !== flag),
    });
  return (
    <>
      {questions.length > 0 ? (
        <section className="sc-section" aria-labelledby={`${id}-qnotes`}>
          <h3 id={`${id}-qnotes`}>Notes per question</h3>
          {questions.map((q, i) => (
            <div className="field" key={q.id}>
              <label htmlFor={`${id}-q-${q.id}`}>
                Q{i + 1}. <span className="sc-question-text">{q.text}</span>
              </label>
              <textarea
                id={`${id}-q-${q.id}`}
                rows={2}
                value={draft.questionNotes[q.id] ?? ''}
                readOnly={readOnly}
                maxLength={4000}
                onChange={(e) =>
                  onChange({ ...draft, questionNotes: { ...draft.questionNotes, [q.id]: e.target.value } })
                }
              />
            </div>
          ))}
        </section>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-notes`}>
          Other notes <span className="optional">(optional)</span>
        </label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={draft.notes}
          readOnly={readOnly}
          maxLength={10_000}
          onChange={(e) => onChange({ ...draft, notes: e.target.value })}
        />
      </div>
      <fieldset className="sc-flags">
        <legend>Red flags you saw</legend>
        <p className="field-hint">Tick only what the candidate did in this interview.</p>
        {RED_FLAGS_IN_ORDER.map((flag) => (
          <label key={flag} className="sc-flag">
            <input
              type="checkbox"
              checked={draft.redFlags.includes(flag)}
              disabled={readOnly}
              onChange={(e) => toggleFlag(flag, e.target.checked)}
            />
            <span>{RED_FLAG_LABELS[flag]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset
        className={`sc-recommendation${recommendationProblem ? ' sc-dimension--problem' : ''}`}
        aria-describedby={recommendationProblem ? `${id}-rec-problem` : undefined}
      >
        <legend>Overall recommendation</legend>
        <div className="sc-options">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="sc-option sc-option--wide">
              <input
                type="radio"
                name={`${id}-recommendation`}
                value={n}
                checked={draft.recommendation === n}
                disabled={readOnly}
                onChange={() => onChange({ ...draft, recommendation: n })}
              />
              <span>
                {n} {RECOMMENDATION_NAMES[n]}
              </span>
            </label>
          ))}
        </div>
        {recommendationProblem ? (
          <p id={`${id}-rec-problem`} className="sc-problem" role="alert">
            {recommendationProblem}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
