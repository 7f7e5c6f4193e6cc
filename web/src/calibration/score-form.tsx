import { type FormEvent, useState } from 'react';
import type { Dimension } from '../../../src/shared/schemas/vocabulary.js';
import { submitCalibrationScores, type TCalibrationSession } from '../api/calibration.js';
import { errorMessage } from '../hooks/use-load.js';

/** Props of ScoreForm. */
export interface ScoreFormProps {
  session: TCalibrationSession;
  onSubmitted: (session: TCalibrationSession) => void;
}

/** The caller's blind scores: one 1–5 score per dimension, submitted once. */
export function ScoreForm({ session, onSubmitted }: ScoreFormProps) {
  const [scores, setScores] = useState<Partial<Record<Dimension, number>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const missing = session.dimensions.filter((d) => scores[d.id] === undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (missing.length > 0) {
      setProblem(`Score every dimension first: ${missing.map((d) => d.name).join(', ')}.`);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onSubmitted(await submitCalibrationScores(session.id, { scores }));
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <form className="card calibration-form" aria-label="Your blind scores" onSubmit={submit}>
      <h2>Your blind scores</h2>
      <p className="muted">
        Score the evidence on the 1–5 scale before you see anyone else’s. The reference and the others’ scores appear
        once you submit; you cannot change your scores afterwards.
      </p>
      {session.dimensions.map((d) => (
        <fieldset key={d.id} className="calibration-scale">
          <legend>{d.name}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="choice choice--inline">
              <input
                type="radio"
                name={`score-${d.id}`}
                value={n}
                checked={scores[d.id] === n}
                onChange={() => setScores((s) => ({ ...s, [d.id]: n }))}
              />
              <span className="choice__label">{n}</span>
            </label>
          ))}
        </fieldset>
      ))}
      {problem ? (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          Submit my scores
        </button>
      </div>
    </form>
  );
}
