import { type FormEvent, useRef, useState } from 'react';
import type { TLoop } from '../../../src/shared/schemas/panel.js';
import { scheduleInterview } from '../api/interviews.js';
import type { TApplicationSummary, TInterviewSummary } from '../api/panel-types.js';
import { ChoiceGroup } from '../editor/choice-group.js';
import { ErrorSummary } from '../editor/error-summary.js';
import type { FieldProblem } from '../editor/humanise.js';
import { roleLabel } from '../format.js';
import { useMembers } from '../hooks/use-members.js';
import { type FormFailure, failureOf } from '../panel-errors.js';
import { localInDays, localToOffsetIso } from '../panel-format.js';

/** Props of ScheduleForm. */
export interface ScheduleFormProps {
  application: TApplicationSummary;
  loop: TLoop;
  onScheduled: (interview: TInterviewSummary) => void;
}

/** Most interviewers one interview may have. */
const MAX_INTERVIEWERS = 6;

/** Schedule an interview: a stage of the loop, a time, and interviewers (the stage's assigned ones to begin with). */
export function ScheduleForm({ application, loop, onScheduled }: ScheduleFormProps) {
  const ids = {
    stage: `schedule-${application.id}-stage`,
    when: `schedule-${application.id}-when`,
    interviewers: `schedule-${application.id}-interviewers`,
  };
  const fields = {
    stage: { label: 'Stage', field: ids.stage },
    scheduledAt: { label: 'Date and time', field: ids.when },
    interviewerIds: { label: 'Interviewers', field: ids.interviewers },
  };
  const members = useMembers();
  const startStage = loop.stages.find((s) => s.key === application.stage) ?? loop.stages[0];
  const [stage, setStage] = useState(startStage?.key ?? '');
  const [when, setWhen] = useState(() => localInDays(2));
  const [interviewers, setInterviewers] = useState<string[]>(startStage?.interviewerIds ?? []);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  function chooseStage(key: string) {
    setStage(key);
    setInterviewers(loop.stages.find((s) => s.key === key)?.interviewerIds ?? []);
  }

  function fail(next: FormFailure) {
    setFailure(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const scheduledAt = localToOffsetIso(when);
    const problems: FieldProblem[] = [];
    if (!scheduledAt) problems.push({ field: ids.when, message: 'Date and time: choose when the interview starts' });
    if (interviewers.length === 0)
      problems.push({ field: ids.interviewers, message: 'Interviewers: choose at least one' });
    if (interviewers.length > MAX_INTERVIEWERS)
      problems.push({ field: ids.interviewers, message: `Interviewers: at most ${MAX_INTERVIEWERS}` });
    if (problems.length > 0 || !scheduledAt) return fail({ title: 'Some fields need attention', problems });
    setBusy(true);
    setFailure(null);
    try {
      onScheduled(
        await scheduleInterview({ applicationId: application.id, stage, scheduledAt, interviewerIds: interviewers }),
      );
    } catch (err) {
      fail(failureOf(err, 'schedule the interview', fields));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="schedule-form"
      onSubmit={submit}
      noValidate
      aria-label={`Schedule an interview for ${application.roleTitle}`}
    >
      {failure ? (
        <ErrorSummary ref={summaryRef} title={failure.title} reason={failure.reason} problems={failure.problems} />
      ) : null}
      <div className="field-row">
        <div className="field field--grow">
          <label htmlFor={ids.stage}>Stage</label>
          <select id={ids.stage} value={stage} onChange={(e) => chooseStage(e.target.value)}>
            {loop.stages.map((s) => (
              <option key={s.key} value={s.key}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--wide">
          <label htmlFor={ids.when}>Date and time</label>
          <input id={ids.when} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </div>
      </div>
      {members.status === 'ready' ? (
        <ChoiceGroup
          id={ids.interviewers}
          legend="Interviewers"
          hint="The stage’s assigned interviewers are chosen to begin with."
          type="checkbox"
          layout="cards"
          options={members.members.map((m) => ({ value: m.id, label: m.name, hint: roleLabel(m.role) }))}
          selected={interviewers}
          onChange={setInterviewers}
        />
      ) : (
        <p
          className={members.status === 'error' ? 'form-error' : 'muted'}
          role={members.status === 'error' ? 'alert' : 'status'}
        >
          {members.status === 'error' ? `Could not load members: ${members.message}` : 'Loading members…'}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Scheduling…' : 'Schedule interview'}
      </button>
    </form>
  );
}
