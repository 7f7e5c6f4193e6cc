import type { DragEvent, ReactNode } from 'react';
import { dimensionLabel, labelOf } from '../format.js';
import { minutesLabel } from '../panel-format.js';
import type { DraftQuestion } from './loop-draft.js';

/** Props of QuestionRow. */
export interface QuestionRowProps {
  question: DraftQuestion;
  index: number;
  count: number;
  /** Element id prefix for this row's buttons (focus returns to them after a move). */
  idPrefix: string;
  editable: boolean;
  swapOpen: boolean;
  /** True while another row of the same stage is dragged over this one. */
  dropTarget: boolean;
  dragging: boolean;
  onMove: (to: number, button: 'up' | 'down') => void;
  onToggleSwap: () => void;
  onDragStart: (event: DragEvent<HTMLLIElement>) => void;
  onDragOver: (event: DragEvent<HTMLLIElement>) => void;
  onDrop: (event: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
  /** The swap panel, shown under the question while open. */
  children?: ReactNode;
}

/** One question of a stage: its place, text, category, time, dimension and why it was picked, with its controls. */
export function QuestionRow(props: QuestionRowProps) {
  const { question, index, count, idPrefix, editable, swapOpen, dropTarget, dragging } = props;
  const classes = ['loop-question'];
  if (dropTarget) classes.push('loop-question--drop');
  if (dragging) classes.push('loop-question--dragging');
  if (question.swappedFrom) classes.push('loop-question--changed');
  return (
    <li
      className={classes.join(' ')}
      draggable={editable}
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      onDragEnd={props.onDragEnd}
    >
      <div className="loop-question__body">
        {editable ? (
          <span className="loop-question__handle" aria-hidden="true" title="Drag to reorder">
            ⋮⋮
          </span>
        ) : null}
        <span className="loop-question__number" aria-hidden="true">
          {index + 1}
        </span>
        <div className="loop-question__main">
          <p className="loop-question__text">{question.text}</p>
          <p className="question__meta">
            <span className={`tag tag--${question.category}`}>{labelOf(question.category)}</span>
            <span>{minutesLabel(question.minutes)}</span>
            {question.dimension ? <span>Scores {dimensionLabel(question.dimension)}</span> : null}
            {question.swappedFrom ? <span className="tag tag--draft">Swapped in, not saved</span> : null}
          </p>
          <p className="loop-question__why">
            <span className="loop-question__why-label">Why this question:</span> {question.why}
          </p>
        </div>
        {editable ? (
          // At the ends the buttons stay focusable (aria-disabled), so focus never jumps while moving.
          <div className="loop-question__actions">
            <button
              type="button"
              id={`${idPrefix}-up`}
              className="button button--small"
              aria-disabled={index === 0}
              onClick={() => index > 0 && props.onMove(index - 1, 'up')}
            >
              Move up
            </button>
            <button
              type="button"
              id={`${idPrefix}-down`}
              className="button button--small"
              aria-disabled={index === count - 1}
              onClick={() => index < count - 1 && props.onMove(index + 1, 'down')}
            >
              Move down
            </button>
            <button
              type="button"
              className="button button--small"
              aria-expanded={swapOpen}
              onClick={props.onToggleSwap}
            >
              Swap
            </button>
          </div>
        ) : null}
      </div>
      {props.children}
    </li>
  );
}
