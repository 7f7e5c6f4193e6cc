import {
  CATEGORIES,
  type Category,
  DIMENSIONS,
  type Dimension,
  LEVELS,
  type Level,
} from '../../../src/shared/schemas/vocabulary.js';
import { dimensionLabel, labelOf } from '../format.js';
import { ChoiceGroup } from './choice-group.js';
import { type EditorForm, sharesInAdvance } from './draft.js';
import { FIELD_IDS } from './field-ids.js';
import { TopicPicker } from './topic-picker.js';

/** Props of ClassificationFields. */
export interface ClassificationFieldsProps {
  form: EditorForm;
  onChange: (patch: Partial<EditorForm>) => void;
}

const CATEGORY_HINTS: Record<Category, string> = {
  behavioural: 'What they did',
  technical: 'Depth of craft',
  situational: 'Judgement under ambiguity',
  values: 'How they treat people and customers',
};

const DIMENSION_HINTS: Record<Dimension, string> = {
  fundamentals: 'Data structures, concurrency, HTTP, transactions',
  system_design: 'Sizing, trade-offs, defending a choice',
  debugging: 'Narrowing a vague symptom; measure first',
  operational_judgment: 'Rollback or fix forward, blast radius, alerts',
  tradeoff_reasoning: 'Picks and defends, not “it depends”',
};

const DIFFICULTIES = ['1 · gentle', '2', '3 · typical', '4', '5 · hard'];

/** Category, levels, dimensions, topics, difficulty, time and sharing. */
export function ClassificationFields({ form, onChange }: ClassificationFieldsProps) {
  return (
    <>
      <ChoiceGroup
        id={FIELD_IDS.category}
        legend="Category"
        type="radio"
        layout="cards-4"
        options={CATEGORIES.map((c) => ({ value: c, label: labelOf(c), hint: CATEGORY_HINTS[c] }))}
        selected={[form.category]}
        onChange={([category]) => onChange(category ? { category } : {})}
      />
      <ChoiceGroup<Level>
        id={FIELD_IDS.levels}
        legend="Levels"
        hint="The levels this question is calibrated for."
        type="checkbox"
        options={LEVELS.map((l) => ({ value: l, label: labelOf(l) }))}
        selected={form.levels}
        onChange={(levels) => onChange({ levels })}
      />
      <ChoiceGroup<Dimension>
        id={FIELD_IDS.dimensions}
        legend="Dimensions"
        hint="What an answer is evidence of; interviewers score these."
        type="checkbox"
        layout="cards"
        options={DIMENSIONS.map((d) => ({ value: d, label: dimensionLabel(d), hint: DIMENSION_HINTS[d] }))}
        selected={form.dimensions}
        onChange={(dimensions) => onChange({ dimensions })}
      />
      <TopicPicker selected={form.topics} onChange={(topics) => onChange({ topics })} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={FIELD_IDS.difficulty}>Difficulty</label>
          <select
            id={FIELD_IDS.difficulty}
            value={form.difficulty}
            onChange={(e) => onChange({ difficulty: Number(e.target.value) })}
          >
            {DIFFICULTIES.map((label, i) => (
              <option key={label} value={i + 1}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={FIELD_IDS.minutes}>Minutes</label>
          <input
            id={FIELD_IDS.minutes}
            type="number"
            min={2}
            max={120}
            step={1}
            value={Number.isNaN(form.minutes) ? '' : form.minutes}
            onChange={(e) => onChange({ minutes: e.target.valueAsNumber })}
          />
        </div>
        <label className="choice choice--inline-field">
          <input
            type="checkbox"
            checked={sharesInAdvance(form)}
            onChange={(e) => onChange({ shareInAdvance: e.target.checked })}
          />
          <span className="choice__body">
            <span className="choice__label">Shared with candidates in advance</span>
            <span className="choice__hint">Technical and situational questions are, unless you say otherwise.</span>
          </span>
        </label>
      </div>
    </>
  );
}
