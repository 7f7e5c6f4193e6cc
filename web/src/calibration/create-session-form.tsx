import { type FormEvent, useState } from 'react';
import type { TCreateCalibrationSession } from '../../../src/shared/schemas/calibration.js';
import { DIMENSIONS, type Dimension } from '../../../src/shared/schemas/vocabulary.js';
import { createCalibrationSession, listHeldInterviews } from '../api/calibration.js';
import { ApiError } from '../api/client.js';
import { dimensionLabel, roleLabel } from '../format.js';
import { errorMessage, useLoad } from '../hooks/use-load.js';
import { useMembers } from '../hooks/use-members.js';
import { dateTimeLabel } from '../panel-format.js';
import { navigate } from '../router.js';

/** Props of CreateSessionForm. */
export interface CreateSessionFormProps {
  onCancel: () => void;
}

type Source = 'interview' | 'written';

/** The server's complaint in one line, with the fields it names. */
function problemOf(err: unknown): string {
  if (err instanceof ApiError && err.details.length > 0)
    return `${err.message} (${err.details.map((d) => `${d.path}: ${d.message}`).join('; ')})`;
  return errorMessage(err);
}

/** Start a calibration session from a held interview or a written answer, and invite panellists. */
export function CreateSessionForm({ onCancel }: CreateSessionFormProps) {
  const members = useMembers();
  const interviews = useLoad('held-interviews', (signal) => listHeldInterviews({ signal }));
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<Source>('interview');
  const [interviewId, setInterviewId] = useState('');
  const [answer, setAnswer] = useState('');
  const [questions, setQuestions] = useState('');
  const [reference, setReference] = useState<Partial<Record<Dimension, number>>>({});
  const [participants, setParticipants] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (id: string) =>
    setParticipants((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dimensions = DIMENSIONS.filter((d) => reference[d] !== undefined);
    const input: TCreateCalibrationSession =
      source === 'interview'
        ? { title, sourceInterviewId: interviewId || undefined, participantIds: participants }
        : {
            title,
            referenceAnswer: answer,
            questions: questions
              .split('\n')
              .map((q) => q.trim())
              .filter(Boolean),
            dimensions,
            referenceScores: reference,
            participantIds: participants,
          };
    setBusy(true);
    setProblem(null);
    try {
      const created = await createCalibrationSession(input);
      navigate(`/calibration/${created.id}`);
    } catch (err) {
      setProblem(problemOf(err));
      setBusy(false);
    }
  }

  return (
    <form className="card calibration-form" aria-label="New calibration session" onSubmit={submit}>
      <h2>New calibration session</h2>
      <div className="field">
        <label htmlFor="cal-title">Title</label>
        <input id="cal-title" value={title} onChange={(e) => setTitle(e.target.value)} required minLength={3} />
      </div>
      <fieldset className="calibration-people">
        <legend>Material</legend>
        <label className="choice choice--inline">
          <input type="radio" checked={source === 'interview'} onChange={() => setSource('interview')} />
          <span className="choice__label">A past interview (anonymised)</span>
        </label>
        <label className="choice choice--inline">
          <input type="radio" checked={source === 'written'} onChange={() => setSource('written')} />
          <span className="choice__label">A written answer</span>
        </label>
      </fieldset>
      {source === 'interview' ? (
        <div className="field">
          <label htmlFor="cal-interview">Held interview</label>
          <select id="cal-interview" value={interviewId} onChange={(e) => setInterviewId(e.target.value)} required>
            <option value="">
              {interviews.state.status === 'ready' ? 'Pick an interview…' : 'Loading interviews…'}
            </option>
            {interviews.state.status === 'ready'
              ? interviews.state.data.map((i) => (
                  <option key={i.id} value={i.id}>
                    {`${i.role.title} · ${i.stage.name} · ${dateTimeLabel(i.scheduledAt)} · ${i.candidate.name}`}
                  </option>
                ))
              : null}
          </select>
          <span className="field-hint">
            Questions and evidence are copied with names, emails and phone numbers removed; the reference is the
            original panel’s median score.
          </span>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor="cal-questions">Questions (one per line)</label>
            <textarea id="cal-questions" rows={3} value={questions} onChange={(e) => setQuestions(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="cal-answer">The answer to score</label>
            <textarea id="cal-answer" rows={6} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          </div>
          <fieldset className="calibration-people">
            <legend>Reference score per dimension (leave a dimension out with “—”)</legend>
            {DIMENSIONS.map((d) => (
              <label key={d} className="field">
                <span>{dimensionLabel(d)}</span>
                <select
                  aria-label={`Reference for ${dimensionLabel(d)}`}
                  value={reference[d] ?? ''}
                  onChange={(e) =>
                    setReference((r) => ({ ...r, [d]: e.target.value ? Number(e.target.value) : undefined }))
                  }
                >
                  <option value="">—</option>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        </>
      )}
      <fieldset className="calibration-people">
        <legend>Panellists to invite</legend>
        {members.status === 'ready'
          ? members.members.map((m) => (
              <label key={m.id} className="choice choice--inline">
                <input type="checkbox" checked={participants.includes(m.id)} onChange={() => toggle(m.id)} />
                <span className="choice__label">
                  {m.name} <span className="muted">({roleLabel(m.role)})</span>
                </span>
              </label>
            ))
          : members.status === 'error'
            ? members.message
            : 'Loading members…'}
      </fieldset>
      {problem ? (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          Create session
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
