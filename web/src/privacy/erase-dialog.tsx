import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { eraseCandidate } from '../api/privacy.js';
import { errorMessage } from '../hooks/use-load.js';

/** Props of EraseDialog. */
export interface EraseDialogProps {
  candidateId: string;
  candidateName: string;
  /** Called once the server has erased the candidate. */
  onErased: () => void;
}

/**
 * Erasure behind a typed confirmation: the admin types the candidate's name, because this
 * cannot be undone. A native modal dialog keeps focus inside until it is closed.
 */
export function EraseDialog({ candidateId, candidateName, onErased }: EraseDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const inputId = useId();
  const matches = typed.trim() === candidateName.trim();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function close() {
    setOpen(false);
    setTyped('');
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!matches) {
      setError(`Type the candidate’s name, ${candidateName}, exactly to confirm.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await eraseCandidate(candidateId);
      setOpen(false);
      onErased();
    } catch (err) {
      setError(`Could not erase: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        Erase candidate…
      </button>
      <dialog ref={dialogRef} className="erase-dialog" aria-labelledby={titleId} onClose={close}>
        <form onSubmit={submit}>
          <h2 id={titleId}>Erase {candidateName}?</h2>
          <p>
            This removes their name, contact details and every piece of free text about them — notes, evidence quotes,
            audit entries and webhook logs — for good. Anonymous counts stay, so past fairness reports do not change. It
            cannot be undone.
          </p>
          <div className="field">
            <label htmlFor={inputId}>Type the candidate’s name to confirm</label>
            <input
              id={inputId}
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
              aria-describedby={error ? `${inputId}-error` : undefined}
            />
          </div>
          {error ? (
            <p id={`${inputId}-error`} className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button--danger" disabled={busy || !matches}>
              {busy ? 'Erasing…' : 'Erase permanently'}
            </button>
            <button type="button" className="button button--quiet" onClick={close} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
