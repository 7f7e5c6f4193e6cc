import { useState } from 'react';
import { TOPIC_DESCRIPTIONS } from '../../../src/shared/schemas/topic-descriptions.js';
import { TOPICS, type Topic } from '../../../src/shared/schemas/vocabulary.js';
import { FIELD_IDS } from './field-ids.js';

/** Props of TopicPicker. */
export interface TopicPickerProps {
  selected: readonly Topic[];
  onChange: (next: Topic[]) => void;
}

/** The topic vocabulary as checkboxes with their descriptions, with a filter to find one quickly. */
export function TopicPicker({ selected, onChange }: TopicPickerProps) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = TOPICS.filter(
    (t) => !needle || t.includes(needle) || TOPIC_DESCRIPTIONS[t].toLowerCase().includes(needle),
  );
  function toggle(topic: Topic, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(topic);
    else next.delete(topic);
    onChange(TOPICS.filter((t) => next.has(t)));
  }
  return (
    <fieldset id={FIELD_IDS.topics} className="choice-group topic-picker" tabIndex={-1}>
      <legend>Topics</legend>
      <p className="field-hint">
        What the question is about, from the shared vocabulary.{' '}
        {selected.length > 0 ? `Chosen: ${selected.join(', ')}.` : 'Choose at least one.'}
      </p>
      <div className="field topic-picker__filter">
        <label htmlFor="topic-filter" className="visually-hidden">
          Filter topics
        </label>
        <input
          id="topic-filter"
          type="search"
          placeholder="Filter topics, e.g. cache"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <div className="topic-picker__list">
        {shown.length === 0 ? <p className="muted">No topic matches “{filter.trim()}”.</p> : null}
        {shown.map((topic) => (
          <label key={topic} className="choice choice--topic">
            <input
              type="checkbox"
              value={topic}
              checked={selected.includes(topic)}
              onChange={(e) => toggle(topic, e.target.checked)}
              aria-labelledby={`topic-${topic}`}
              aria-describedby={`topic-${topic}-hint`}
            />
            <span className="choice__body">
              <span className="choice__label choice__label--mono" id={`topic-${topic}`}>
                {topic}
              </span>
              <span className="choice__hint" id={`topic-${topic}-hint`}>
                {TOPIC_DESCRIPTIONS[topic]}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
