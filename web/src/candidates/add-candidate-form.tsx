import { type FormEvent, useRef, useState } from 'react';
import type { TCandidate } from '../../../src/shared/schemas/panel.js';
import { createCandidate } from '../api/candidates.js';
import { ErrorSummary } from '../editor/error-summary.js';
import type { FieldProblem } from '../editor/humanise.js';
import { type FormFailure, failureOf } from '../panel-errors.js';

/** Props of AddCandidateForm. */
export interface AddCandidateFormProps {
  roleId: string;
  roleTitle: string;
  onAdded: (candidate: TCandidate) => void;
  onCancel: () => void;
}

const IDS = {
  name: 'candidate-name',
  email: 'candidate-email',
  phone: 'candidate-phone',
  accommodations: 'candidate-accommodations',
} as const;

const FIELDS = {
  name: { label: 'Name', field: IDS.name },
  email: { label: 'Email', field: IDS.email },
  phone: { label: 'Phone', field: IDS.phone },
  accommodations: { label: 'Accommodations', field: IDS.accommodations },
};

/** Add a candidate and apply them to the role at once. */
export function AddCandidateForm({ roleId, roleTitle, onAdded, onCancel }: AddCandidateFormProps) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [accommodations, setAccommodations] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  function fail(next: FormFailure) {
    setFailure(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldProblem[] = [];
    if (!name.trim()) problems.push({ field: IDS.name, message: 'Name: enter the candidate’s name' });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      problems.push({ field: IDS.email, message: 'Email: enter an email address' });
    if (problems.length > 0) return fail({ title: 'Some fields need attention', problems });
    setBusy(true);
    setFailure(null);
    try {
      const candidate = await createCandidate({
        name: name.trim(),
        email: email.trim(),
        roleId,
        ...(phone.trim() && { phone: phone.trim() }),
        ...(accommodations.trim() && { accommodations: accommodations.trim() }),
      });
      onAdded(candidate);
    } catch (err) {
      fail(failureOf(err, 'add the candidate', FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card add-candidate editor" onSubmit={submit} noValidate aria-labelledby="add-candidate-heading">
      <h2 id="add-candidate-heading">Add a candidate to {roleTitle}</h2>
      {failure ? (
        <ErrorSummary ref={summaryRef} title={failure.title} reason={failure.reason} problems={failure.problems} />
      ) : null}
      <div className="field-row">
        <div className="field field--grow">
          <label htmlFor={IDS.name}>Name</label>
          <input id={IDS.name} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
        <div className="field field--grow">
          <label htmlFor={IDS.email}>Email</label>
          <input
            id={IDS.email}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={IDS.phone}>
            Phone <span className="optional">(optional)</span>
          </label>
          <input id={IDS.phone} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={IDS.accommodations}>
          Accommodations <span className="optional">(optional)</span>
        </label>
        <textarea
          id={IDS.accommodations}
          rows={3}
          maxLength={2000}
          value={accommodations}
          onChange={(e) => setAccommodations(e.target.value)}
          aria-describedby={`${IDS.accommodations}-hint`}
        />
        <span className="field-hint" id={`${IDS.accommodations}-hint`}>
          What the candidate asked for (extra time, captions, breaks). Shared with the interviewers who need it.
        </span>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add candidate'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
