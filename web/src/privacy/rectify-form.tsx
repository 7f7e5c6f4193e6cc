import { type FormEvent, useState } from 'react';
import type { TRectifyCandidate } from '../../../src/shared/schemas/gdpr.js';
import type { TCandidate } from '../../../src/shared/schemas/panel.js';
import { rectifyCandidate } from '../api/privacy.js';
import { errorMessage } from '../hooks/use-load.js';

/** Props of RectifyForm. */
export interface RectifyFormProps {
  candidate: Pick<TCandidate, 'id' | 'name' | 'email' | 'phone'>;
  /** Called with the corrected details once saved. */
  onSaved: (details: { name: string; email: string; phone: string | null }) => void;
}

/** Correct a candidate's name, email or phone (the right to rectification); each change is audited. */
export function RectifyForm({ candidate, onSaved }: RectifyFormProps) {
  const [name, setName] = useState(candidate.name);
  const [email, setEmail] = useState(candidate.email);
  const [phone, setPhone] = useState(candidate.phone ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Send only what changed, so the audit entry names exactly what was corrected.
    const change: TRectifyCandidate = {};
    if (name.trim() !== candidate.name) change.name = name.trim();
    if (email.trim() !== candidate.email) change.email = email.trim();
    if (phone.trim() !== (candidate.phone ?? '')) change.phone = phone.trim() || null;
    if (Object.keys(change).length === 0) {
      setMessage({ ok: false, text: 'Nothing has changed.' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const saved = await rectifyCandidate(candidate.id, change);
      onSaved({ name: saved.name, email: saved.email, phone: saved.phone ?? null });
      setMessage({ ok: true, text: 'Corrected. The change is in the audit log.' });
    } catch (err) {
      setMessage({ ok: false, text: `Could not save: ${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="rectify" aria-label="Correct contact details" onSubmit={submit}>
      <h3>Correct contact details</h3>
      <div className="field-row">
        <div className="field field--grow">
          <label htmlFor="rectify-name">Name</label>
          <input id="rectify-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </div>
        <div className="field field--grow">
          <label htmlFor="rectify-email">Email</label>
          <input
            id="rectify-email"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
            maxLength={254}
          />
        </div>
        <div className="field field--grow">
          <label htmlFor="rectify-phone">Phone</label>
          <input
            id="rectify-phone"
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            maxLength={40}
          />
        </div>
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Saving…' : 'Save correction'}
      </button>
      {message ? (
        <p className={message.ok ? 'muted' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
