import { useState } from 'react';
import type { EditorForm } from './draft.js';
import { FIELD_IDS } from './field-ids.js';

type GuidanceKey = 'commonMistakes' | 'redFlags' | 'outline' | 'exampleStrong' | 'exampleWeak';

/** Props of GuidanceFields. */
export interface GuidanceFieldsProps {
  form: EditorForm;
  onChange: (patch: Partial<Pick<EditorForm, GuidanceKey>>) => void;
}

const FIELDS: { key: GuidanceKey; label: string; hint: string; rows: number; maxLength: number }[] = [
  { key: 'commonMistakes', label: 'Common mistakes', hint: 'One a line.', rows: 3, maxLength: 4000 },
  { key: 'redFlags', label: 'Red flags', hint: 'One a line.', rows: 3, maxLength: 3000 },
  {
    key: 'outline',
    label: 'A strong answer covers',
    hint: 'The steps, in order, one a line.',
    rows: 4,
    maxLength: 3000,
  },
  {
    key: 'exampleStrong',
    label: 'Example strong answer',
    hint: 'Write both examples, or neither.',
    rows: 5,
    maxLength: 6000,
  },
  {
    key: 'exampleWeak',
    label: 'Example weak answer',
    hint: 'What a vague answer sounds like.',
    rows: 3,
    maxLength: 3000,
  },
];

/** The optional guidance: mistakes, red flags, the outline of a strong answer, example answers. */
export function GuidanceFields({ form, onChange }: GuidanceFieldsProps) {
  // Open at first when there is guidance to see; after that, the person decides.
  const [openAtFirst] = useState(() => FIELDS.some((f) => form[f.key].trim()));
  return (
    <details id={FIELD_IDS.guidance} className="guidance" open={openAtFirst || undefined}>
      <summary>More guidance for interviewers (optional)</summary>
      {FIELDS.map((f) => {
        const id = `question-${f.key}`;
        return (
          <div key={f.key} className="field">
            <label htmlFor={id}>{f.label}</label>
            <span className="field-hint" id={`${id}-hint`}>
              {f.hint}
            </span>
            <textarea
              id={id}
              rows={f.rows}
              maxLength={f.maxLength}
              value={form[f.key]}
              aria-describedby={`${id}-hint`}
              onChange={(e) => onChange({ [f.key]: e.target.value })}
            />
          </div>
        );
      })}
    </details>
  );
}
