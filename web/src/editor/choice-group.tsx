import { useId } from 'react';

/** One choice: its value, its label, and an optional line on what it means. */
export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** Props of ChoiceGroup. */
export interface ChoiceGroupProps<T extends string> {
  /** Element id of the fieldset (error summaries link to it). */
  id: string;
  legend: string;
  hint?: string;
  /** Checkboxes (any number) or radios (exactly one). */
  type: 'checkbox' | 'radio';
  options: readonly ChoiceOption<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  /** "inline" for short labels, "cards" for labels with hints ("cards-4": four to a row). */
  layout?: 'inline' | 'cards' | 'cards-4';
}

const LAYOUT_CLASSES = {
  inline: 'choice-group__options--inline',
  cards: 'choice-group__options--cards',
  'cards-4': 'choice-group__options--cards choice-group__options--four',
} as const;

/** A fieldset of checkboxes or radios; the selection keeps the options' order. */
export function ChoiceGroup<T extends string>({
  id,
  legend,
  hint,
  type,
  options,
  selected,
  onChange,
  layout = 'inline',
}: ChoiceGroupProps<T>) {
  const name = useId();
  const hintId = `${id}-hint`;
  function toggle(value: T, checked: boolean) {
    if (type === 'radio') return onChange([value]);
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  }
  return (
    <fieldset id={id} className="choice-group" tabIndex={-1} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className={`choice-group__options ${LAYOUT_CLASSES[layout]}`}>
        {options.map((option) => {
          const labelId = `${id}-${option.value}`;
          return (
            <label key={option.value} className="choice">
              <input
                type={type}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
                aria-labelledby={labelId}
                aria-describedby={option.hint ? `${labelId}-hint` : undefined}
              />
              <span className="choice__body">
                <span className="choice__label" id={labelId}>
                  {option.label}
                </span>
                {option.hint ? (
                  <span className="choice__hint" id={`${labelId}-hint`}>
                    {option.hint}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
