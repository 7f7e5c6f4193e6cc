import type { EditorForm } from './draft.js';
import { FIELD_IDS } from './field-ids.js';
import type { FieldProblem } from './humanise.js';

/** What must be fixed before saving is worth trying: the same rules the server applies to a draft. */
export function formProblems(form: EditorForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const text = form.text.trim();
  if (text.length < 15) add(FIELD_IDS.text, 'Question: write at least 15 characters.');
  if (form.levels.length === 0) add(FIELD_IDS.levels, 'Levels: choose at least one.');
  if (form.topics.length === 0) add(FIELD_IDS.topics, 'Topics: choose at least one.');
  if (form.dimensions.length === 0) add(FIELD_IDS.dimensions, 'Dimensions: choose at least one.');
  if (!Number.isInteger(form.minutes) || form.minutes < 2 || form.minutes > 120) {
    add(FIELD_IDS.minutes, 'Minutes: between 2 and 120.');
  }
  form.signals
    .filter((s) => s.text.trim() || s.cues.trim())
    .forEach((s, i) => {
      if (s.text.trim().length < 10)
        add(FIELD_IDS.signals, `Look-for signal ${i + 1}: describe it in at least 10 characters.`);
      const cues = s.cues.split(',').filter((c) => c.trim());
      if (cues.length < 2)
        add(FIELD_IDS.signals, `Look-for signal ${i + 1}: give at least two cues, separated by commas.`);
      if (cues.some((c) => c.trim().length < 2 || c.trim().length > 60)) {
        add(FIELD_IDS.signals, `Look-for signal ${i + 1}: each cue is 2 to 60 characters.`);
      }
    });
  form.followUps
    .filter((f) => f.text.trim())
    .forEach((f, i) => {
      if (f.text.trim().length < 10) add(FIELD_IDS.followUps, `Follow-up ${i + 1}: write at least 10 characters.`);
    });
  if (Boolean(form.exampleStrong.trim()) !== Boolean(form.exampleWeak.trim())) {
    add(FIELD_IDS.guidance, 'Example answers: write both a strong and a weak answer, or neither.');
  }
  return problems;
}
