import { type FormEvent, useState } from 'react';
import type { TLoop } from '../../../src/shared/schemas/panel.js';
import { recomposeLoop } from '../api/roles.js';
import { errorMessage } from '../hooks/use-load.js';

/** Props of RecomposePanel. */
export interface RecomposePanelProps {
  roleId: string;
  loop: TLoop;
  /** True when the builder has changes that recomposing would throw away. */
  dirty: boolean;
  onRecomposed: (loop: TLoop) => void;
}

/** Compose the loop again from the bank, optionally with a new time budget or coding exercise. */
export function RecomposePanel({ roleId, loop, dirty, onRecomposed }: RecomposePanelProps) {
  const [minutes, setMinutes] = useState(String(loop.budgetMinutes));
  const [exercise, setExercise] = useState(loop.exercise);
  const [fee, setFee] = useState(String(loop.stages.find((s) => s.paid)?.paid?.feeUsd ?? 200));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const anyLocked = loop.stages.some((s) => s.locked);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const budget = Number(minutes);
    const feeUsd = Number(fee);
    if (!Number.isInteger(budget) || budget < 60 || budget > 600) {
      setError('The time budget must be whole minutes between 60 and 600.');
      return;
    }
    if (exercise === 'take-home' && (!Number.isInteger(feeUsd) || feeUsd < 150 || feeUsd > 300)) {
      setError('The take-home fee must be between $150 and $300.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onRecomposed(
        await recomposeLoop(roleId, {
          minutes: budget,
          exercise,
          ...(exercise === 'take-home' && { takeHomeFeeUsd: feeUsd }),
        }),
      );
    } catch (err) {
      setError(`Could not recompose the loop: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="card recompose">
      <summary>Recompose the loop</summary>
      <form onSubmit={submit} noValidate>
        <p className="muted">
          Caliper composes every stage again from the bank for this level.
          {dirty ? ' Your unsaved changes will be lost.' : ''}
          {anyLocked ? ' Locked stages change only in a new version, used by new candidates.' : ''}
        </p>
        <div className="field-row">
          <div className="field field--wide">
            <label htmlFor="recompose-minutes">Candidate time (minutes)</label>
            <input
              id="recompose-minutes"
              type="number"
              min={60}
              max={600}
              step={15}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
          </div>
          <div className="field field--wide">
            <label htmlFor="recompose-exercise">Coding exercise</label>
            <select
              id="recompose-exercise"
              value={exercise}
              onChange={(e) => setExercise(e.target.value === 'take-home' ? 'take-home' : 'live-coding')}
            >
              <option value="live-coding">Live coding</option>
              <option value="take-home">Paid take-home</option>
            </select>
          </div>
          {exercise === 'take-home' ? (
            <div className="field field--wide">
              <label htmlFor="recompose-fee">Fee (USD)</label>
              <input
                id="recompose-fee"
                type="number"
                min={150}
                max={300}
                step={10}
                value={fee}
                onChange={(e) => setFee(e.target.value)}
              />
            </div>
          ) : null}
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Recomposing…' : 'Recompose'}
        </button>
      </form>
    </details>
  );
}
