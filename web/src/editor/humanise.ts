import { FIELD_IDS } from './field-ids.js';

/** A problem to show in an error summary, linked to the field it is about when known. */
export interface FieldProblem {
  /** Element id of the field, or null when the problem is about the whole question. */
  field: string | null;
  message: string;
}

interface FieldName {
  label: string;
  /** How one element of a list field reads: "Look-for signal" (then its number). */
  item?: string;
  field: string | null;
}

const FIELD_NAMES: Record<string, FieldName> = {
  id: { label: 'Id', field: FIELD_IDS.id },
  text: { label: 'Question', field: FIELD_IDS.text },
  category: { label: 'Category', field: FIELD_IDS.category },
  levels: { label: 'Levels', field: FIELD_IDS.levels },
  topics: { label: 'Topics', field: FIELD_IDS.topics },
  dimensions: { label: 'Dimensions', field: FIELD_IDS.dimensions },
  difficulty: { label: 'Difficulty', field: FIELD_IDS.difficulty },
  minutes: { label: 'Minutes', field: FIELD_IDS.minutes },
  shareInAdvance: { label: 'Shared in advance', field: null },
  lookFor: { label: 'Look-for signals', item: 'Look-for signal', field: FIELD_IDS.signals },
  followUps: { label: 'Follow-ups', item: 'Follow-up', field: FIELD_IDS.followUps },
  commonMistakes: { label: 'Common mistakes', field: FIELD_IDS.guidance },
  redFlags: { label: 'Red flags', field: FIELD_IDS.guidance },
  outline: { label: 'Strong-answer outline', field: FIELD_IDS.guidance },
  exampleAnswers: { label: 'Example answers', field: FIELD_IDS.guidance },
  source: { label: 'Source', field: null },
  license: { label: 'Licence', field: null },
};

const PART_NAMES: Record<string, string> = {
  cues: 'cues',
  text: 'text',
  dimension: 'dimension',
  kind: 'kind',
  id: 'id',
};

/** "lookFor.0.cues" -> "Look-for signal 1, cues"; "levels" -> "Levels". */
function describePath(path: string): { label: string; field: string | null } {
  const [head = '', ...rest] = path.replace(/^body\./, '').split('.');
  const known = FIELD_NAMES[head];
  if (!known) return { label: path, field: null };
  if (rest.length === 0) return known;
  const [first = '', ...more] = rest;
  const parts = more.map((p) => (/^\d+$/.test(p) ? String(Number(p) + 1) : (PART_NAMES[p] ?? p)));
  const lead = /^\d+$/.test(first) ? `${known.item ?? known.label} ${Number(first) + 1}` : `${known.label}, ${first}`;
  return { label: [lead, ...parts].join(', '), field: known.field };
}

/** Zod's wording, said the way a person would. */
function plainMessage(message: string): string {
  return message
    .replace(/^Too small: expected array to have >=(\d+) items?$/, (_, n) =>
      n === '1' ? 'choose at least one' : `add at least ${n}`,
    )
    .replace(/^Too small: expected string to have >=(\d+) characters?$/, 'needs at least $1 characters')
    .replace(/^Too big: expected string to have <=(\d+) characters?$/, 'must be at most $1 characters')
    .replace(/^missing \(required even in a draft\)$/, 'required');
}

/** Field names inside a lint message ("incomplete: missing commonMistakes, redFlags") as words. */
function plainFieldNames(message: string): string {
  return message.replace(
    /\b(commonMistakes|redFlags|outline|exampleAnswers|lookFor|followUps|shareInAdvance)\b/g,
    (key) => (FIELD_NAMES[key]?.label ?? key).toLowerCase(),
  );
}

/** A lint or validation message, readable: "levels: Too small: …" -> "Levels: choose at least one". */
export function humaniseMessage(message: string): string {
  const match = /^([A-Za-z]+(?:\.[A-Za-z0-9]+)*): (.*)$/.exec(message);
  if (match?.[1] && match[2] !== undefined && FIELD_NAMES[match[1].split('.')[0] ?? '']) {
    return `${describePath(match[1]).label}: ${plainMessage(match[2])}`;
  }
  const text = plainFieldNames(message);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A 400's details ({path: "body.levels", message}) as problems linked to their fields. */
export function problemsFromDetails(details: { path: string; message: string }[]): FieldProblem[] {
  return details.map((d) => {
    const { label, field } = describePath(d.path);
    return { field, message: `${label}: ${plainMessage(d.message)}` };
  });
}

const UNMADE: { pattern: RegExp; todo: string }[] = [
  { pattern: /^levels: Too small: expected array to have >=1 items?$/, todo: 'Choose the levels' },
  { pattern: /^topics: Too small: expected array to have >=1 items?$/, todo: 'Choose the topics' },
  { pattern: /^dimensions: Too small: expected array to have >=1 items?$/, todo: 'Choose the dimensions' },
  { pattern: /^text: Too small: expected string to have >=\d+ characters?$/, todo: 'Finish writing the question' },
];

/**
 * For a lint error that only says a required part is not filled in yet (no levels chosen,
 * the question still short), what is left to do; null for a real problem.
 */
export function unfinishedPart(message: string): string | null {
  return UNMADE.find((u) => u.pattern.test(message))?.todo ?? null;
}
