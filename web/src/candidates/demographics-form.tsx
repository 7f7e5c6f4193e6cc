import { type FormEvent, useEffect, useState } from 'react';
import type { TDemographics } from '../../../src/shared/schemas/panel.js';
import { getDemographics, saveDemographics } from '../api/candidates.js';
import { ApiError } from '../api/client.js';
import { errorMessage, isAbort } from '../hooks/use-load.js';

/** Props of DemographicsForm. */
export interface DemographicsFormProps {
  candidateId: string;
}

type Answer = 'yes' | 'no' | 'prefer-not-to-say' | '';
type AgeBand = NonNullable<TDemographics['ageBand']> | '';

const AGE_BANDS: { value: AgeBand; label: string }[] = [
  { value: '', label: 'Not answered' },
  { value: 'under-25', label: 'Under 25' },
  { value: '25-34', label: '25–34' },
  { value: '35-44', label: '35–44' },
  { value: '45-54', label: '45–54' },
  { value: '55-64', label: '55–64' },
  { value: '65-plus', label: '65 or over' },
  { value: 'prefer-not-to-say', label: 'Prefer not to say' },
];

const ANSWERS: { value: Answer; label: string }[] = [
  { value: '', label: 'Not answered' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'prefer-not-to-say', label: 'Prefer not to say' },
];

function asAnswer(value: string): Answer {
  return value === 'yes' || value === 'no' || value === 'prefer-not-to-say' ? value : '';
}

function asAgeBand(value: string): AgeBand {
  return AGE_BANDS.find((b) => b.value === value)?.value ?? '';
}

/**
 * The candidate's voluntary self-identification, recorded with their consent. Only admins and
 * recruiters ever see this form; the server refuses everyone else.
 */
export function DemographicsForm({ candidateId }: DemographicsFormProps) {
  const [consent, setConsent] = useState(false);
  const [gender, setGender] = useState('');
  const [ethnicity, setEthnicity] = useState('');
  const [ageBand, setAgeBand] = useState<AgeBand>('');
  const [disability, setDisability] = useState<Answer>('');
  const [veteran, setVeteran] = useState<Answer>('');
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [recordedAt, setRecordedAt] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getDemographics(candidateId, { signal: controller.signal })
      .then((d) => {
        // The answers are never read back (they are only reported in aggregate): only when.
        setRecordedAt(d.updatedAt);
        setLoading(false);
      })
      .catch((err: unknown) => {
        if (isAbort(err)) return;
        setLoading(false);
        // Nothing recorded yet is the usual case.
        if (!(err instanceof ApiError && err.status === 404)) setError(`Could not load: ${errorMessage(err)}`);
      });
    return () => controller.abort();
  }, [candidateId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!consent) {
      setError('Tick the consent box first: self-identification is recorded only with the candidate’s consent.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const status = await saveDemographics(candidateId, {
        consent: true,
        ...(gender.trim() && { gender: gender.trim() }),
        ...(ethnicity.trim() && { ethnicity: ethnicity.trim() }),
        ...(ageBand && { ageBand }),
        ...(disability && { disability }),
        ...(veteran && { veteran }),
      });
      setRecordedAt(status.updatedAt);
      setSaved(true);
    } catch (err) {
      setError(`Could not save: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card demographics" aria-labelledby="demographics-heading">
      <h2 id="demographics-heading">Voluntary self-identification</h2>
      <p className="demographics__note">
        <strong>Never shown to interviewers or hiring managers.</strong> Answering is voluntary and has no effect on the
        application. It is stored apart from the application and used only in aggregate, with small groups suppressed,
        to check that every group passes each stage at a fair rate.
      </p>
      {recordedAt ? (
        <p className="muted">
          Recorded on {new Date(recordedAt).toLocaleDateString()}. The answers are not shown again to anyone; saving the
          form replaces them.
        </p>
      ) : null}
      {loading ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : (
        <form onSubmit={submit} noValidate className="editor">
          <label className="choice demographics__consent">
            <input
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
              aria-describedby="demographics-consent-hint"
            />
            <span className="choice__body">
              <span className="choice__label">The candidate consents to recording these answers</span>
              <span className="choice__hint" id="demographics-consent-hint">
                They chose to answer, may leave any question blank, and may ask for the answers to be erased.
              </span>
            </span>
          </label>
          <div className="field-row">
            <div className="field field--grow">
              <label htmlFor="demo-gender">
                Gender <span className="optional">(optional, in their words)</span>
              </label>
              <input id="demo-gender" value={gender} maxLength={60} onChange={(e) => setGender(e.target.value)} />
            </div>
            <div className="field field--grow">
              <label htmlFor="demo-ethnicity">
                Ethnicity <span className="optional">(optional, in their words)</span>
              </label>
              <input
                id="demo-ethnicity"
                value={ethnicity}
                maxLength={60}
                onChange={(e) => setEthnicity(e.target.value)}
              />
            </div>
          </div>
          <div className="field-row">
            <div className="field field--wide">
              <label htmlFor="demo-age">Age band</label>
              <select id="demo-age" value={ageBand} onChange={(e) => setAgeBand(asAgeBand(e.target.value))}>
                {AGE_BANDS.map((b) => (
                  <option key={b.value} value={b.value}>
                    {b.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--wide">
              <label htmlFor="demo-disability">Disability</label>
              <select id="demo-disability" value={disability} onChange={(e) => setDisability(asAnswer(e.target.value))}>
                {ANSWERS.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--wide">
              <label htmlFor="demo-veteran">Veteran</label>
              <select id="demo-veteran" value={veteran} onChange={(e) => setVeteran(asAnswer(e.target.value))}>
                {ANSWERS.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save self-identification'}
            </button>
            {saved ? (
              <p className="muted" role="status">
                Saved.
              </p>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
