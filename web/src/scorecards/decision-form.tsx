import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { type Decision, type DecisionOutcome, recordDecision } from '../api/scorecards.js';
import { errorMessage } from '../hooks/use-load.js';

/** Props of DecisionForm. */
export interface DecisionFormProps {
  applicationId: string;
  onDecided: (decision: Decision) => void;
}

const OUTCOMES: Record<DecisionOutcome, { label: string; hint: string }> = {
  advance: { label: 'Advance', hint: 'Move to the next stage of the loop.' },
  hold: { label: 'Hold', hint: 'Keep the application open without moving it.' },
  reject: { label: 'Reject', hint: 'Close the application. The candidate is told by a person.' },
  hire: { label: 'Hire', hint: 'Make an offer and close the application as hired.' },
};
const MIN_RATIONALE = 20;

function newKey(): string {
  return crypto.randomUUID();
}

/** Record a human decision with its written reason and any dissent; one click, one decision. */
export function DecisionForm({ applicationId, onDecided }: DecisionFormProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [rationale, setRationale] = useState('');
  const [dissent, setDissent] = useState('');
  const [problems, setProblems] = useState<{ outcome?: string; rationale?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  // One key per decision being written: a double click or a retry records it once.
  const key = useRef(newKey());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof problems = {};
    if (!outcome) found.outcome = 'Pick an outcome.';
    if (rationale.trim().length < MIN_RATIONALE)
      found.rationale = `Write the reason for the decision (${MIN_RATIONALE} characters or more).`;
    setProblems(found);
    if (!outcome || found.rationale) return;
    setBusy(true);
    try {
      const decision = await recordDecision(
        applicationId,
        { outcome, rationale: rationale.trim(), ...(dissent.trim() ? { dissent: dissent.trim() } : {}) },
        key.current,
      );
      key.current = newKey();
      setOutcome(null);
      setRationale('');
      setDissent('');
      onDecided(decision);
    } catch (err) {
      const detail = err instanceof ApiError ? err.details.find((d) => d.path.includes('rationale')) : undefined;
      setProblems(detail ? { rationale: detail.message } : { form: `Not recorded: ${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="db-section db-decide card" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>Record the decision</h2>
      <p className="db-decide__why">
        A person decides, and writes down why. Software never rejects anyone: Caliper proposes no outcome, and the
        scores above inform your judgement without making it.
      </p>
      {problems.form ? (
        <p className="form-error" role="alert">
          {problems.form}
        </p>
      ) : null}
      <fieldset className="db-outcomes" aria-describedby={problems.outcome ? `${id}-outcome-problem` : undefined}>
        <legend>Outcome</legend>
        {(Object.keys(OUTCOMES) as DecisionOutcome[]).map((o) => (
          <label key={o} className="sc-flag">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />
            <span>
              <strong>{OUTCOMES[o].label}</strong> <span className="muted">— {OUTCOMES[o].hint}</span>
            </span>
          </label>
        ))}
        {problems.outcome ? (
          <p id={`${id}-outcome-problem`} className="sc-problem" role="alert">
            {problems.outcome}
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Rationale</label>
        <span className="field-hint" id={`${id}-rationale-hint`}>
          Why, in terms of the evidence. {MIN_RATIONALE} characters or more.
        </span>
        <textarea
          id={`${id}-rationale`}
          rows={4}
          required
          value={rationale}
          maxLength={5000}
          aria-invalid={problems.rationale ? true : undefined}
          aria-describedby={
            problems.rationale ? `${id}-rationale-hint ${id}-rationale-problem` : `${id}-rationale-hint`
          }
          onChange={(e) => setRationale(e.target.value)}
        />
        {problems.rationale ? (
          <p id={`${id}-rationale-problem`} className="sc-problem" role="alert">
            {problems.rationale}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-dissent`}>
          Dissent <span className="optional">(optional)</span>
        </label>
        <span className="field-hint" id={`${id}-dissent-hint`}>
          Anyone on the panel who disagrees, and why. It is kept with the decision.
        </span>
        <textarea
          id={`${id}-dissent`}
          rows={2}
          value={dissent}
          maxLength={5000}
          aria-describedby={`${id}-dissent-hint`}
          onChange={(e) => setDissent(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Recording…' : 'Record decision'}
      </button>
    </form>
  );
}
