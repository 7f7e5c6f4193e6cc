import { type FormEvent, useState } from 'react';
import type { TOrgSettings } from '../../../src/shared/schemas/gdpr.js';
import { getOrgSettings, updateOrgSettings } from '../api/privacy.js';
import { errorMessage, useLoad } from '../hooks/use-load.js';

const MIN_GROUP = { min: 3, max: 50 };
const RETENTION = { min: 30, max: 3650 };

/** Check the form's numbers as the server will, so mistakes show beside the field. */
export function settingsProblems(minGroupSize: string, retainFor: string | null): Record<string, string> {
  const problems: Record<string, string> = {};
  const group = Number(minGroupSize);
  if (!Number.isInteger(group) || group < MIN_GROUP.min || group > MIN_GROUP.max)
    problems.minGroupSize = `A whole number from ${MIN_GROUP.min} to ${MIN_GROUP.max}.`;
  if (retainFor !== null) {
    const days = Number(retainFor);
    if (!Number.isInteger(days) || days < RETENTION.min || days > RETENTION.max)
      problems.retentionDays = `A whole number of days from ${RETENTION.min} to ${RETENTION.max}.`;
  }
  return problems;
}

/** The organisation's fairness and retention settings (admins only). */
export function OrgSettingsSection() {
  const settings = useLoad('org-settings', (signal) => getOrgSettings(signal));
  return (
    <section className="card org-settings" aria-labelledby="org-settings-heading">
      <h2 id="org-settings-heading">Fairness and privacy</h2>
      {settings.state.status === 'ready' ? (
        <OrgSettingsForm initial={settings.state.data} onSaved={settings.replace} />
      ) : settings.state.status === 'loading' ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : (
        <p className="form-error" role="alert">
          Could not load the settings: {'message' in settings.state ? settings.state.message : 'not found'}
        </p>
      )}
    </section>
  );
}

function OrgSettingsForm({ initial, onSaved }: { initial: TOrgSettings; onSaved: (s: TOrgSettings) => void }) {
  const [recruiters, setRecruiters] = useState(initial.recruitersSeeFairness);
  const [minGroupSize, setMinGroupSize] = useState(String(initial.minGroupSize));
  const [retain, setRetain] = useState(initial.retentionDays !== null);
  const [retentionDays, setRetentionDays] = useState(String(initial.retentionDays ?? 730));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = settingsProblems(minGroupSize, retain ? retentionDays : null);
    setProblems(found);
    setMessage(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const saved = await updateOrgSettings({
        recruitersSeeFairness: recruiters,
        minGroupSize: Number(minGroupSize),
        retentionDays: retain ? Number(retentionDays) : null,
      });
      onSaved(saved);
      setMessage({ ok: true, text: 'Saved.' });
    } catch (err) {
      setMessage({ ok: false, text: `Could not save: ${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="editor" aria-label="Fairness and privacy settings">
      <label className="choice org-settings__choice">
        <input
          type="checkbox"
          checked={recruiters}
          onChange={(e) => setRecruiters(e.target.checked)}
          aria-describedby="recruiters-hint"
        />
        <span className="choice__body">
          <span className="choice__label">Recruiters may see fairness reports</span>
          <span className="choice__hint" id="recruiters-hint">
            Admins always can. Interviewers and hiring managers never see demographic figures.
          </span>
        </span>
      </label>
      <div className="field field--narrow-input">
        <label htmlFor="min-group-size">Smallest group shown</label>
        <input
          id="min-group-size"
          type="number"
          inputMode="numeric"
          min={MIN_GROUP.min}
          max={MIN_GROUP.max}
          value={minGroupSize}
          onChange={(e) => setMinGroupSize(e.target.value)}
          aria-invalid={problems.minGroupSize ? true : undefined}
          aria-describedby="min-group-size-hint"
        />
        <p id="min-group-size-hint" className={problems.minGroupSize ? 'field-error' : 'field-hint'}>
          {problems.minGroupSize ??
            'Groups with fewer people are hidden in fairness reports, so no one can be singled out.'}
        </p>
      </div>
      <fieldset className="field org-settings__retention">
        <legend>Retention</legend>
        <label className="choice org-settings__choice">
          <input type="checkbox" checked={retain} onChange={(e) => setRetain(e.target.checked)} />
          <span className="choice__body">
            <span className="choice__label">Erase candidates automatically after a set time</span>
          </span>
        </label>
        {retain ? (
          <div className="field field--narrow-input">
            <label htmlFor="retention-days">Days after their last activity</label>
            <input
              id="retention-days"
              type="number"
              inputMode="numeric"
              min={RETENTION.min}
              max={RETENTION.max}
              value={retentionDays}
              onChange={(e) => setRetentionDays(e.target.value)}
              aria-invalid={problems.retentionDays ? true : undefined}
              aria-describedby="retention-days-hint"
            />
            <p id="retention-days-hint" className={problems.retentionDays ? 'field-error' : 'field-hint'}>
              {problems.retentionDays ?? 'Erasure keeps anonymous counts, so fairness history does not change.'}
            </p>
          </div>
        ) : (
          <p className="field-hint">Candidates are kept until an admin erases them.</p>
        )}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save settings'}
      </button>
      {message ? (
        <p className={message.ok ? 'muted' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
