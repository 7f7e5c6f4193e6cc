import { useId } from 'react';
import { LEVELS, type Level } from '../../../src/shared/schemas/vocabulary.js';
import { labelOf } from '../format.js';

/** Props of LevelSwitch. */
export interface LevelSwitchProps {
  value: Level;
  onChange: (level: Level) => void;
  /** Levels to mark as the ones the question is written for. */
  marked?: readonly Level[];
  legend?: string;
}

/** A segmented radio group over the four levels (arrow keys move between them, as radios do). */
export function LevelSwitch({ value, onChange, marked = [], legend = 'Level' }: LevelSwitchProps) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {LEVELS.map((level) => (
          <label key={level} className="segmented__option">
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span className="segmented__label">
              {labelOf(level)}
              {marked.includes(level) ? <span className="segmented__mark" aria-hidden="true" /> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
