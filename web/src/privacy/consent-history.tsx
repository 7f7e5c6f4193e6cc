import { useState } from 'react';
import { getConsents, withdrawDemographics } from '../api/privacy.js';
import { errorMessage, useLoad } from '../hooks/use-load.js';

/** Props of ConsentHistory. */
export interface ConsentHistoryProps {
  candidateId: string;
}

const PURPOSES: Record<string, string> = {
  demographics: 'Voluntary self-identification',
};

/** When each consent was given or withdrawn, and a way to withdraw the one in force. */
export function ConsentHistory({ candidateId }: ConsentHistoryProps) {
  const consents = useLoad(`consents/${candidateId}`, (signal) => getConsents(candidateId, signal));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (consents.state.status === 'loading') {
    return (
      <p className="muted" role="status">
        Loading the consent history…
      </p>
    );
  }
  if (consents.state.status !== 'ready') {
    // Not every role may read consents; say nothing rather than a confusing error.
    if (consents.state.status === 'forbidden' || consents.state.status === 'not-found') return null;
    return (
      <p className="form-error" role="alert">
        Could not load the consent history: {consents.state.message}
      </p>
    );
  }
  const items = consents.state.data;
  // The latest record per purpose decides whether consent is in force.
  const latest = items.reduce<(typeof items)[number] | undefined>(
    (acc, c) => (c.purpose === 'demographics' && (!acc || c.at > acc.at) ? c : acc),
    undefined,
  );

  async function withdraw() {
    setBusy(true);
    setMessage(null);
    try {
      await withdrawDemographics(candidateId);
      setMessage({ ok: true, text: 'Consent withdrawn; the self-identification answers are deleted.' });
      consents.retry();
    } catch (err) {
      setMessage({ ok: false, text: `Could not withdraw: ${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="consents">
      <h3>Consent history</h3>
      {items.length === 0 ? (
        <p className="muted">No consent recorded.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Consent given and withdrawn</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Purpose</th>
                <th scope="col">Consent</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={`${c.purpose}-${c.at}-${String(c.granted)}`}>
                  <td>{new Date(c.at).toLocaleString()}</td>
                  <td>{PURPOSES[c.purpose] ?? c.purpose}</td>
                  <td>{c.granted ? 'Given' : 'Withdrawn'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {latest?.granted ? (
        <p>
          <button type="button" className="button button--quiet" onClick={withdraw} disabled={busy}>
            Withdraw consent to self-identification
          </button>
        </p>
      ) : null}
      {message ? (
        <p className={message.ok ? 'muted' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
