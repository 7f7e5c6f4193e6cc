import { useState } from 'react';
import { updateApplication } from '../api/candidates.js';
import type { TApplicationSummary } from '../api/panel-types.js';
import { errorMessage } from '../hooks/use-load.js';

/** Props of AccommodationsEditor. */
export interface AccommodationsEditorProps {
  application: TApplicationSummary;
  editable: boolean;
  onSaved: (application: TApplicationSummary) => void;
}

/** The application's accommodations, and (for editors) a way to change them. */
export function AccommodationsEditor({ application, editable, onSaved }: AccommodationsEditorProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(application.accommodations ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `accommodations-${application.id}`;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      onSaved(await updateApplication(application.id, { accommodations: text.trim() || null }));
      setEditing(false);
    } catch (err) {
      setError(`Could not save the accommodations: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  if (!editing) {
    return (
      <div className="accommodations">
        <p>{application.accommodations ?? <span className="muted">None requested.</span>}</p>
        {editable ? (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Edit accommodations
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="accommodations">
      <div className="field">
        <label htmlFor={id}>Accommodations</label>
        <textarea id={id} rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--primary button--small" onClick={save} disabled={busy}>
          {busy ? 'Saving…' : 'Save accommodations'}
        </button>
        <button type="button" className="button button--small" onClick={() => setEditing(false)} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
