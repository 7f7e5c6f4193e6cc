import { type DragEvent, useEffect, useRef, useState } from 'react';
import type { TMember } from '../../../src/shared/schemas/auth.js';
import type { TLoop } from '../../../src/shared/schemas/panel.js';
import type { TLoopWarning, TSwapSuggestion } from '../api/panel-types.js';
import { ChoiceGroup } from '../editor/choice-group.js';
import { dimensionLabel, roleLabel } from '../format.js';
import { minutesLabel, money } from '../panel-format.js';
import { LockIcon } from './lock-icon.js';
import { type DraftStage, questionsChanged, STAGE_MINUTES, stageMinutes } from './loop-draft.js';
import { QuestionRow } from './question-row.js';
import { SwapPanel } from './swap-panel.js';
import { WarningList } from './warning-list.js';

/** Props of StageCard. */
export interface StageCardProps {
  roleId: string;
  stage: DraftStage;
  index: number;
  saved: TLoop;
  warnings: TLoopWarning[];
  /** The organisation's members, or null while they load (or when they could not be loaded). */
  members: TMember[] | null;
  editable: boolean;
  /** Question ids anywhere in the working copy. */
  inLoop: ReadonlySet<string>;
  onMinutes: (minutes: string) => void;
  onInterviewers: (ids: string[]) => void;
  onMove: (from: number, to: number) => void;
  onSwap: (index: number, suggestion: TSwapSuggestion) => void;
}

/** One loop stage: its time, the dimensions it scores, its questions in order, its interviewers and its warnings. */
export function StageCard(props: StageCardProps) {
  const { roleId, stage, index, saved, warnings, members, editable, inLoop } = props;
  const [swapAt, setSwapAt] = useState<number | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const headingId = `stage-${stage.key}-heading`;
  const minutesId = `stage-${stage.key}-minutes`;
  const minutesValid = stageMinutes(stage) !== null;
  const changedWhileLocked = stage.locked && questionsChanged(saved, stage);
  const count = stage.questions.length;

  // After a move, focus follows the question to its new place.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after every reorder by design
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    document.getElementById(id)?.focus();
  }, [stage.questions]);

  function move(from: number, to: number, button: 'up' | 'down') {
    const question = stage.questions[from];
    if (question) focusAfterMove.current = `q-${stage.key}-${question.id}-${button}`;
    setSwapAt(null);
    props.onMove(from, to);
  }

  function dropOn(event: DragEvent<HTMLLIElement>, to: number) {
    event.preventDefault();
    if (dragFrom !== null && dragFrom !== to) {
      setSwapAt(null);
      props.onMove(dragFrom, to);
    }
    setDragFrom(null);
    setDragOver(null);
  }

  return (
    <li className={stage.locked ? 'stage stage--locked' : 'stage'}>
      <section aria-labelledby={headingId}>
        <header className="stage__header">
          <div>
            <p className="eyebrow">Stage {index + 1}</p>
            <h3 id={headingId} className="stage__name">
              {stage.name}
            </h3>
            <p className="stage__dimensions">
              {stage.dimensions.length > 0
                ? `Scores ${stage.dimensions.map(dimensionLabel).join(', ')}`
                : 'Scores no rubric dimension'}
            </p>
          </div>
          <div className="stage__side">
            {stage.locked ? (
              <p className="lock-badge">
                <LockIcon /> Locked
              </p>
            ) : null}
            {editable ? (
              <div className="field stage__minutes">
                <label htmlFor={minutesId}>Minutes</label>
                <input
                  id={minutesId}
                  type="number"
                  min={STAGE_MINUTES.min}
                  max={STAGE_MINUTES.max}
                  step={5}
                  value={stage.minutes}
                  aria-invalid={!minutesValid}
                  aria-describedby={minutesValid ? undefined : `${minutesId}-error`}
                  onChange={(e) => props.onMinutes(e.target.value)}
                />
                {minutesValid ? null : (
                  <span className="field-error" id={`${minutesId}-error`}>
                    {STAGE_MINUTES.min}–{STAGE_MINUTES.max} minutes
                  </span>
                )}
              </div>
            ) : (
              <p className="stage__time">{minutesLabel(Number(stage.minutes))}</p>
            )}
          </div>
        </header>
        {stage.notes ? <p className="stage__notes">{stage.notes}</p> : null}
        {stage.paid ? (
          <p className="stage__paid">Paid exercise: the candidate receives {money(stage.paid.feeUsd, 'USD')}.</p>
        ) : null}
        {stage.locked ? (
          <p className="stage__lock-note">
            A candidate has been interviewed at this stage, so its questions and their order stay fixed for everyone
            already in the loop.
          </p>
        ) : null}
        {changedWhileLocked ? (
          <p className="banner banner--notice" role="status">
            <span>
              <strong>Stage locked:</strong> your change creates version {saved.version + 1} for new candidates.
              Candidates already in the loop keep version {saved.version}.
            </span>
          </p>
        ) : null}
        <WarningList warnings={warnings} label={`Warnings for ${stage.name}`} />
        {count === 0 ? (
          <p className="muted stage__empty">No bank questions at this stage.</p>
        ) : (
          <ol className="loop-questions" aria-label={`Questions of ${stage.name}`}>
            {stage.questions.map((question, i) => (
              <QuestionRow
                key={question.id}
                question={question}
                index={i}
                count={count}
                idPrefix={`q-${stage.key}-${question.id}`}
                editable={editable}
                swapOpen={swapAt === i}
                dropTarget={dragOver === i && dragFrom !== null && dragFrom !== i}
                dragging={dragFrom === i}
                onMove={(to, button) => move(i, to, button)}
                onToggleSwap={() => setSwapAt(swapAt === i ? null : i)}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', question.id);
                  setDragFrom(i);
                }}
                onDragOver={(e) => {
                  if (dragFrom === null) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  if (dragOver !== i) setDragOver(i);
                }}
                onDrop={(e) => dropOn(e, i)}
                onDragEnd={() => {
                  setDragFrom(null);
                  setDragOver(null);
                }}
              >
                {swapAt === i ? (
                  <SwapPanel
                    roleId={roleId}
                    stageKey={stage.key}
                    questionId={question.swappedFrom ?? question.id}
                    label={`question ${i + 1} of ${stage.name}`}
                    exclude={inLoop}
                    onPick={(s) => {
                      setSwapAt(null);
                      props.onSwap(i, s);
                    }}
                    onClose={() => setSwapAt(null)}
                  />
                ) : null}
              </QuestionRow>
            ))}
          </ol>
        )}
        <Interviewers stage={stage} members={members} editable={editable} onChange={props.onInterviewers} />
      </section>
    </li>
  );
}

interface InterviewersProps {
  stage: DraftStage;
  members: TMember[] | null;
  editable: boolean;
  onChange: (ids: string[]) => void;
}

function Interviewers({ stage, members, editable, onChange }: InterviewersProps) {
  if (!members) return <p className="muted">Loading the members who can interview…</p>;
  if (!editable) {
    const names = members.filter((m) => stage.interviewerIds.includes(m.id)).map((m) => m.name);
    return (
      <p className="stage__interviewers">Interviewers: {names.length > 0 ? names.join(', ') : 'not assigned yet'}</p>
    );
  }
  return (
    <ChoiceGroup
      id={`stage-${stage.key}-interviewers`}
      legend={`Interviewers for ${stage.name}`}
      hint="Scheduling an interview at this stage starts with these people."
      type="checkbox"
      layout="cards"
      options={members.map((m) => ({ value: m.id, label: m.name, hint: roleLabel(m.role) }))}
      selected={stage.interviewerIds}
      onChange={onChange}
    />
  );
}
