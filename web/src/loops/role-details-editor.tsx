import { type FormEvent, useRef, useState } from 'react';
import type { TRole, TUpdateRole } from '../../../src/shared/schemas/panel.js';
import { updateRole } from '../api/roles.js';
import { ErrorSummary } from '../editor/error-summary.js';
import { roleLabel } from '../format.js';
import { useMembers } from '../hooks/use-members.js';
import { type FormFailure, failureOf } from '../panel-errors.js';
import { HIRING_MANAGER_ROLES } from '../permissions.js';
import { ROLE_FIELDS } from './role-draft.js';

/** Props of RoleDetailsEditor. */
export interface RoleDetailsEditorProps {
  role: TRole;
  onUpdated: (role: TRole) => void;
}

const IDS = {
  title: 'edit-role-title',
  bandMin: 'edit-role-band-min',
  bandMax: 'edit-role-band-max',
  currency: 'edit-role-currency',
  location: 'edit-role-location',
  hiringManager: 'edit-role-hiring-manager',
  status: 'edit-role-status',
} as const;

const FIELDS = {
  ...ROLE_FIELDS,
  title: { label: 'Title', field: IDS.title },
  'band.min': { label: 'Band minimum', field: IDS.bandMin },
  'band.max': { label: 'Band maximum', field: IDS.bandMax },
  'band.currency': { label: 'Currency', field: IDS.currency },
  band: { label: 'Pay band', field: IDS.bandMin },
  location: { label: 'Location', field: IDS.location },
  hiringManagerId: { label: 'Hiring manager', field: IDS.hiringManager },
  status: { label: 'Status', field: IDS.status },
};

/** Change a role's title, published band, place, hiring manager or status (its level and loop stay). */
export function RoleDetailsEditor({ role, onUpdated }: RoleDetailsEditorProps) {
  const members = useMembers();
  const [title, setTitle] = useState(role.title);
  const [bandMin, setBandMin] = useState(String(role.band.min));
  const [bandMax, setBandMax] = useState(String(role.band.max));
  const [currency, setCurrency] = useState(role.band.currency);
  const [location, setLocation] = useState(role.location);
  const [remote, setRemote] = useState(role.remote);
  const [manager, setManager] = useState(role.hiringManager?.id ?? '');
  const [status, setStatus] = useState(role.status);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [done, setDone] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: TUpdateRole = {
      title: title.trim(),
      band: { min: Number(bandMin), max: Number(bandMax), currency: currency.trim() },
      location: location.trim(),
      remote,
      hiringManagerId: manager || null,
      status,
    };
    setBusy(true);
    setFailure(null);
    setDone(false);
    try {
      onUpdated(await updateRole(role.id, input));
      setDone(true);
    } catch (err) {
      setFailure(failureOf(err, 'save the role', FIELDS));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const managers =
    members.status === 'ready' ? members.members.filter((m) => HIRING_MANAGER_ROLES.includes(m.role)) : [];
  return (
    <details className="card role-details">
      <summary>Edit role details</summary>
      <form onSubmit={submit} noValidate className="editor">
        {failure ? (
          <ErrorSummary ref={summaryRef} title={failure.title} reason={failure.reason} problems={failure.problems} />
        ) : null}
        <div className="field">
          <label htmlFor={IDS.title}>Title</label>
          <input id={IDS.title} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={IDS.bandMin}>Band minimum</label>
            <input id={IDS.bandMin} inputMode="numeric" value={bandMin} onChange={(e) => setBandMin(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={IDS.bandMax}>Band maximum</label>
            <input id={IDS.bandMax} inputMode="numeric" value={bandMax} onChange={(e) => setBandMax(e.target.value)} />
          </div>
          <div className="field field--narrow">
            <label htmlFor={IDS.currency}>Currency</label>
            <input
              id={IDS.currency}
              maxLength={3}
              value={currency}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            />
          </div>
        </div>
        <div className="field-row">
          <div className="field field--grow">
            <label htmlFor={IDS.location}>Location</label>
            <input id={IDS.location} value={location} onChange={(e) => setLocation(e.target.value)} />
          </div>
          <label className="choice choice--inline">
            <input type="checkbox" checked={remote} onChange={(e) => setRemote(e.target.checked)} />
            <span className="choice__label">Remote</span>
          </label>
        </div>
        <div className="field-row">
          <div className="field field--grow">
            <label htmlFor={IDS.hiringManager}>Hiring manager</label>
            <select id={IDS.hiringManager} value={manager} onChange={(e) => setManager(e.target.value)}>
              <option value="">Not chosen yet</option>
              {managers.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({roleLabel(m.role)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={IDS.status}>Status</label>
            <select
              id={IDS.status}
              value={status}
              onChange={(e) =>
                setStatus(e.target.value === 'draft' ? 'draft' : e.target.value === 'closed' ? 'closed' : 'open')
              }
            >
              <option value="draft">Draft</option>
              <option value="open">Open</option>
              <option value="closed">Closed</option>
            </select>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save role details'}
          </button>
          {done ? (
            <p className="muted" role="status">
              Role saved.
            </p>
          ) : null}
        </div>
      </form>
    </details>
  );
}
