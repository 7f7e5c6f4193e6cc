import { DIMENSIONS, type Dimension } from '../../../src/shared/schemas/vocabulary.js';
import { dimensionLabel } from '../format.js';
import { rowKey, type SignalRow } from './draft.js';
import { FIELD_IDS } from './field-ids.js';

/** Props of SignalRows. */
export interface SignalRowsProps {
  rows: SignalRow[];
  /** The question's dimensions: offered first, and the default for a new signal. */
  dimensions: Dimension[];
  onChange: (rows: SignalRow[]) => void;
}

/** Look-for signals as repeatable rows: what a good answer does, the dimension, the cues. */
export function SignalRows({ rows, dimensions, onChange }: SignalRowsProps) {
  const update = (key: string, patch: Partial<SignalRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () =>
    onChange([...rows, { key: rowKey(), id: null, text: '', dimension: dimensions[0] ?? 'fundamentals', cues: '' }]);
  const ordered = [...dimensions, ...DIMENSIONS.filter((d) => !dimensions.includes(d))];
  return (
    <div id={FIELD_IDS.signals} className="rows" tabIndex={-1}>
      {rows.length === 0 ? <p className="muted">No signals yet.</p> : null}
      {rows.map((row, i) => {
        const base = `signal-${row.key}`;
        return (
          <fieldset key={row.key} className="row-card">
            <legend>Look-for signal {i + 1}</legend>
            <div className="field">
              <label htmlFor={`${base}-text`}>What a good answer does</label>
              <textarea
                id={`${base}-text`}
                rows={2}
                maxLength={400}
                value={row.text}
                placeholder="e.g. Has the client send one idempotency key per payment and reuse it on every retry."
                onChange={(e) => update(row.key, { text: e.target.value })}
              />
            </div>
            <div className="row-card__pair">
              <div className="field">
                <label htmlFor={`${base}-dimension`}>Dimension</label>
                <select
                  id={`${base}-dimension`}
                  value={row.dimension}
                  onChange={(e) => update(row.key, { dimension: e.target.value as Dimension })}
                >
                  {ordered.map((d) => (
                    <option key={d} value={d}>
                      {dimensionLabel(d)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field field--grow">
                <label htmlFor={`${base}-cues`}>Cues</label>
                <input
                  id={`${base}-cues`}
                  value={row.cues}
                  placeholder="idempotency key, same key, retry"
                  aria-describedby={`${base}-cues-hint`}
                  onChange={(e) => update(row.key, { cues: e.target.value })}
                />
                <span className="field-hint" id={`${base}-cues-hint`}>
                  Words you would hear, separated by commas (at least two).
                </span>
              </div>
            </div>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              Remove<span className="visually-hidden"> look-for signal {i + 1}</span>
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={add}>
        Add a look-for signal
      </button>
    </div>
  );
}
