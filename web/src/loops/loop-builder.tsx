import { useEffect, useMemo, useRef, useState } from 'react';
import type { TLoop } from '../../../src/shared/schemas/panel.js';
import { ApiError } from '../api/client.js';
import { saveLoop } from '../api/roles.js';
import { ErrorSummary } from '../editor/error-summary.js';
import { labelOf } from '../format.js';
import { useMembers } from '../hooks/use-members.js';
import type { FormFailure } from '../panel-errors.js';
import { exerciseLabel, minutesLabel } from '../panel-format.js';
import { KitBalance } from './kit-balance.js';
import {
  draftOf,
  idsInDraft,
  isDirty,
  kitOf,
  type LoopDraft,
  lockedChanges,
  moveQuestion,
  setStageInterviewers,
  setStageMinutes,
  stageMinutes,
  swapQuestion,
  toEditLoop,
} from './loop-draft.js';
import { RecomposePanel } from './recompose-panel.js';
import { minutesProblems, saveDetailProblems } from './save-problems.js';
import { StageCard } from './stage-card.js';
import { WarningList } from './warning-list.js';

/** Props of LoopBuilder. */
export interface LoopBuilderProps {
  roleId: string;
  /** The loop as last saved. */
  loop: TLoop;
  editable: boolean;
  /** Called with the loop the server returned after a save or a recompose. */
  onSaved: (loop: TLoop) => void;
}

/** Warnings shown next to the pay band rather than in the builder. */
const BAND_CODES = new Set(['band-level-mismatch']);

/** The loop builder: stages in order, reorder and swap questions, minutes, interviewers, save and recompose. */
export function LoopBuilder({ roleId, loop, editable, onSaved }: LoopBuilderProps) {
  const [draft, setDraft] = useState<LoopDraft>(() => draftOf(loop));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const members = useMembers();

  useEffect(() => setDraft(draftOf(loop)), [loop]);

  const dirty = isDirty(loop, draft);
  const kit = useMemo(() => kitOf(draft), [draft]);
  const inLoop = useMemo(() => idsInDraft(draft), [draft]);
  const locked = lockedChanges(loop, draft);
  const totalMinutes = draft.stages.reduce((acc, s) => acc + (stageMinutes(s) ?? 0), 0);
  const loopWarnings = loop.warnings.filter((w) => !w.stage && !BAND_CODES.has(w.code));

  function change(next: LoopDraft, said = '') {
    setDraft(next);
    setSaved(null);
    if (said) setAnnouncement(said);
  }

  function fail(next: FormFailure) {
    setFailure(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function save() {
    const problems = minutesProblems(draft);
    if (problems.length > 0) return fail({ title: 'Some stages need attention', problems });
    setSaving(true);
    setFailure(null);
    try {
      const next = await saveLoop(roleId, toEditLoop(draft));
      setSaved(
        next.version > loop.version
          ? `Saved as version ${next.version}, used by new candidates. Candidates already in the loop keep version ${loop.version}.`
          : 'Loop saved.',
      );
      onSaved(next);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.details.length > 0) {
        fail({ title: 'The loop was not saved', problems: saveDetailProblems(draft, err.details) });
      } else {
        fail({
          title: 'The loop was not saved',
          reason: err instanceof ApiError ? err.message : 'Something went wrong.',
          problems: [],
        });
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="loop-builder" aria-labelledby="loop-heading">
      <header className="loop-builder__header">
        <h2 id="loop-heading">
          Loop <span className="loop-builder__version">version {loop.version}</span>
        </h2>
        <p className="muted">
          {labelOf(loop.level)} · {exerciseLabel(loop.exercise)} · {minutesLabel(totalMinutes)} of candidate time
          (budget {minutesLabel(loop.budgetMinutes)}) · {draft.stages.length} stages
        </p>
      </header>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="loop-builder__layout">
        <div className="loop-builder__main">
          <WarningList warnings={loopWarnings} label="Warnings for the whole loop" />
          <ol className="stages" aria-label="Stages">
            {draft.stages.map((stage, index) => (
              <StageCard
                key={stage.key}
                roleId={roleId}
                stage={stage}
                index={index}
                saved={loop}
                warnings={loop.warnings.filter((w) => w.stage === stage.key)}
                members={members.status === 'ready' ? members.members : null}
                editable={editable}
                inLoop={inLoop}
                onMinutes={(m) => change(setStageMinutes(draft, stage.key, m))}
                onInterviewers={(ids) => change(setStageInterviewers(draft, stage.key, ids))}
                onMove={(from, to) => {
                  const q = stage.questions[from];
                  change(
                    moveQuestion(draft, stage.key, from, to),
                    q ? `Moved to position ${to + 1} of ${stage.questions.length} in ${stage.name}: ${q.text}` : '',
                  );
                }}
                onSwap={(i, s) => change(swapQuestion(draft, stage.key, i, s), `Swapped in: ${s.text}`)}
              />
            ))}
          </ol>
          {members.status === 'error' ? (
            <p className="form-error" role="alert">
              Could not load the members who can interview: {members.message}
            </p>
          ) : null}
        </div>
        <aside className="loop-builder__aside">
          <div className="card loop-builder__panel">
            <KitBalance kit={kit} />
            {editable ? (
              <div className="save-bar">
                {failure ? (
                  <ErrorSummary
                    ref={summaryRef}
                    title={failure.title}
                    reason={failure.reason}
                    problems={failure.problems}
                  />
                ) : null}
                {locked.length > 0 ? (
                  <p className="banner banner--notice">
                    <span>
                      <strong>Stage locked: your change creates version {loop.version + 1} for new candidates.</strong>{' '}
                      Changed locked {locked.length === 1 ? 'stage' : 'stages'}: {locked.map((s) => s.name).join(', ')}.
                    </span>
                  </p>
                ) : null}
                <p className="save-bar__state" role="status">
                  {saved ??
                    (dirty ? 'Unsaved changes. Warnings are checked again when you save.' : 'No unsaved changes.')}
                </p>
                <div className="button-row">
                  <button type="button" className="button button--primary" onClick={save} disabled={saving || !dirty}>
                    {saving ? 'Saving…' : 'Save loop'}
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      change(draftOf(loop), 'Changes discarded.');
                      setFailure(null);
                    }}
                    disabled={saving || !dirty}
                  >
                    Discard changes
                  </button>
                </div>
              </div>
            ) : null}
          </div>
          {editable ? (
            <RecomposePanel
              roleId={roleId}
              loop={loop}
              dirty={dirty}
              onRecomposed={(next) => {
                setSaved(
                  next.version > loop.version
                    ? `Recomposed as version ${next.version} for new candidates.`
                    : 'Loop recomposed.',
                );
                onSaved(next);
              }}
            />
          ) : null}
        </aside>
      </div>
    </section>
  );
}
