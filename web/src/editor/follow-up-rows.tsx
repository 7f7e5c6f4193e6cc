import { FOLLOW_UP_KINDS, type FollowUpKind } from '../../../src/shared/schemas/vocabulary.js';
import { followUpKindLabel } from '../format.js';
import { type FollowUpRow, rowKey } from './draft.js';
import { FIELD_IDS } from './field-ids.js';

/** Props of FollowUpRows. */
export interface FollowUpRowsProps {
  rows: FollowUpRow[];
  onChange: (rows: FollowUpRow[]) => void;
}

/** Follow-up probes as repeatable rows: what to ask, and what kind of probe it is. */
export function FollowUpRows({ rows, onChange }: FollowUpRowsProps) {
  const update = (key: string, patch: Partial<FollowUpRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const hasFailure = rows.some((r) => r.kind === 'failure');
  const add = () =>
    onChange([...rows, { key: rowKey(), id: null, text: '', kind: hasFailure ? 'depth' : 'failure', targets: [] }]);
  return (
    <div id={FIELD_IDS.followUps} className="rows" tabIndex={-1}>
      {rows.length === 0 ? <p className="muted">No follow-ups yet.</p> : null}
      {rows.map((row, i) => {
        const base = `follow-up-${row.key}`;
        return (
          <fieldset key={row.key} className={row.kind === 'failure' ? 'row-card row-card--failure' : 'row-card'}>
            <legend>Follow-up {i + 1}</legend>
            <div className="row-card__pair">
              <div className="field field--grow">
                <label htmlFor={`${base}-text`}>What to ask</label>
                <textarea
                  id={`${base}-text`}
                  rows={2}
                  maxLength={400}
                  value={row.text}
                  placeholder="e.g. The server crashes right after charging the card. What does the retry see?"
                  onChange={(e) => update(row.key, { text: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${base}-kind`}>Kind</label>
                <select
                  id={`${base}-kind`}
                  value={row.kind}
                  onChange={(e) => update(row.key, { kind: e.target.value as FollowUpKind })}
                >
                  {FOLLOW_UP_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {followUpKindLabel(k)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              Remove<span className="visually-hidden"> follow-up {i + 1}</span>
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={add}>
        Add a follow-up
      </button>
    </div>
  );
}
