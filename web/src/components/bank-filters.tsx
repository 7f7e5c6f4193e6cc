import { type FormEvent, useEffect, useState } from 'react';
import { TOPIC_DESCRIPTIONS } from '../../../src/shared/schemas/topic-descriptions.js';
import {
  CATEGORIES,
  type Category,
  LEVELS,
  type Level,
  TOPICS,
  type Topic,
} from '../../../src/shared/schemas/vocabulary.js';
import type { QuestionFilters } from '../api/questions.js';
import { labelOf } from '../format.js';
import { isTopic } from '../topics.js';

/** Props of BankFilters. */
export interface BankFiltersProps {
  filters: QuestionFilters;
  onChange: (next: QuestionFilters) => void;
}

const SEARCH_DELAY_MS = 300;

function asCategory(value: string): Category | '' {
  return (CATEGORIES as readonly string[]).includes(value) ? (value as Category) : '';
}

function asLevel(value: string): Level | '' {
  return (LEVELS as readonly string[]).includes(value) ? (value as Level) : '';
}

function asTopic(value: string): Topic | '' {
  return isTopic(value) ? value : '';
}

/** Search box and category/level/topic filters; typing searches after a short pause, Enter at once. */
export function BankFilters({ filters, onChange }: BankFiltersProps) {
  const [text, setText] = useState(filters.q);

  // Follow the URL (back and forward) without clobbering what is being typed.
  useEffect(() => {
    setText((current) => (current.trim() === filters.q ? current : filters.q));
  }, [filters.q]);

  useEffect(() => {
    if (text.trim() === filters.q) return;
    const timer = window.setTimeout(() => onChange({ ...filters, q: text.trim() }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, filters, onChange]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() !== filters.q) onChange({ ...filters, q: text.trim() });
  }

  return (
    <search className="filters" aria-label="Search the bank">
      <form className="filters__form" onSubmit={handleSubmit}>
        <div className="field field--grow">
          <label htmlFor="bank-search">Search</label>
          <input
            id="bank-search"
            type="search"
            placeholder="e.g. idempotency, rollback, pagination"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="bank-category">Category</label>
          <select
            id="bank-category"
            value={filters.category}
            onChange={(e) => onChange({ ...filters, q: text.trim(), category: asCategory(e.target.value) })}
          >
            <option value="">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {labelOf(c)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bank-level">Level</label>
          <select
            id="bank-level"
            value={filters.level}
            onChange={(e) => onChange({ ...filters, q: text.trim(), level: asLevel(e.target.value) })}
          >
            <option value="">All levels</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {labelOf(l)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bank-topic">Topic</label>
          <select
            id="bank-topic"
            value={filters.topic}
            title={filters.topic ? TOPIC_DESCRIPTIONS[filters.topic] : undefined}
            onChange={(e) => onChange({ ...filters, q: text.trim(), topic: asTopic(e.target.value) })}
          >
            <option value="">All topics</option>
            {TOPICS.map((t) => (
              <option key={t} value={t} title={TOPIC_DESCRIPTIONS[t]}>
                {t}
              </option>
            ))}
          </select>
        </div>
      </form>
    </search>
  );
}

/** Read the bank's filters from a query string. */
export function filtersFromSearch(search: string): QuestionFilters {
  const params = new URLSearchParams(search);
  return {
    q: (params.get('q') ?? '').trim(),
    category: asCategory(params.get('category') ?? ''),
    level: asLevel(params.get('level') ?? ''),
    topic: asTopic(params.get('topic') ?? ''),
  };
}

/** The bank's URL for these filters ("/bank" when none are set). */
export function bankUrl(filters: QuestionFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.category) params.set('category', filters.category);
  if (filters.level) params.set('level', filters.level);
  if (filters.topic) params.set('topic', filters.topic);
  const search = params.toString();
  return search ? `/bank?${search}` : '/bank';
}
