import { BAND_ANCHORS_USD } from '../../../src/domain/loops/band-check.js';
import type { TCreateRole } from '../../../src/shared/schemas/panel.js';
import type { Level } from '../../../src/shared/schemas/vocabulary.js';
import type { FieldProblem } from '../editor/humanise.js';
import type { FieldRef } from '../panel-errors.js';

/** The new-role form as typed: numbers stay text until sent. */
export interface RoleDraft {
  title: string;
  level: Level;
  bandMin: string;
  bandMax: string;
  currency: string;
  location: string;
  remote: boolean;
  hiringManagerId: string;
  status: 'draft' | 'open';
  exercise: 'live-coding' | 'take-home';
  fee: string;
}

/** Element ids of the form's fields (error summaries link to them). */
export const ROLE_FIELD_IDS = {
  title: 'role-title',
  level: 'role-level',
  bandMin: 'role-band-min',
  bandMax: 'role-band-max',
  currency: 'role-currency',
  location: 'role-location',
  hiringManager: 'role-hiring-manager',
  exercise: 'role-exercise',
  fee: 'role-fee',
} as const;

/** The server's field paths, as the form names them. */
export const ROLE_FIELDS: Record<string, FieldRef> = {
  title: { label: 'Title', field: ROLE_FIELD_IDS.title },
  level: { label: 'Level', field: ROLE_FIELD_IDS.level },
  band: { label: 'Pay band', field: ROLE_FIELD_IDS.bandMin },
  'band.min': { label: 'Band minimum', field: ROLE_FIELD_IDS.bandMin },
  'band.max': { label: 'Band maximum', field: ROLE_FIELD_IDS.bandMax },
  'band.currency': { label: 'Currency', field: ROLE_FIELD_IDS.currency },
  location: { label: 'Location', field: ROLE_FIELD_IDS.location },
  hiringManagerId: { label: 'Hiring manager', field: ROLE_FIELD_IDS.hiringManager },
  exercise: { label: 'Coding exercise', field: ROLE_FIELD_IDS.exercise },
  takeHomeFeeUsd: { label: 'Take-home fee', field: ROLE_FIELD_IDS.fee },
};

/** The US base band docs/product-rules.md (Loops) gives a level (staff is open-ended; its form value stops at $320K). */
export function usualBand(level: Level): { min: string; max: string } {
  const anchor = BAND_ANCHORS_USD[level];
  return { min: String(anchor.min), max: String(anchor.max ?? 320_000) };
}

/** A label for the usual band of a level: "$165–235K". */
export function usualBandLabel(level: Level): string {
  return BAND_ANCHORS_USD[level].label;
}

/** An empty form for a mid-level role on the usual band, with live coding. */
export function emptyRoleDraft(): RoleDraft {
  const band = usualBand('mid');
  return {
    title: '',
    level: 'mid',
    bandMin: band.min,
    bandMax: band.max,
    currency: 'USD',
    location: '',
    remote: false,
    hiringManagerId: '',
    status: 'open',
    exercise: 'live-coding',
    fee: '200',
  };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** Check the form before sending; the server checks the same rules again. */
export function roleProblems(draft: RoleDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (draft.title.trim().length < 2) add(ROLE_FIELD_IDS.title, 'Title: give the role a title of at least 2 characters');
  const min = wholeNumber(draft.bandMin);
  const max = wholeNumber(draft.bandMax);
  if (min === null || min < 1) add(ROLE_FIELD_IDS.bandMin, 'Band minimum: enter a whole yearly amount');
  if (max === null || max < 1) add(ROLE_FIELD_IDS.bandMax, 'Band maximum: enter a whole yearly amount');
  if (min !== null && max !== null && min > max)
    add(ROLE_FIELD_IDS.bandMax, 'Band maximum: must not be below the minimum');
  if (!/^[A-Z]{3}$/.test(draft.currency.trim())) add(ROLE_FIELD_IDS.currency, 'Currency: a 3-letter code such as USD');
  if (!draft.location.trim()) add(ROLE_FIELD_IDS.location, 'Location: say where the role is based');
  if (draft.exercise === 'take-home') {
    const fee = wholeNumber(draft.fee);
    if (fee === null || fee < 150 || fee > 300) add(ROLE_FIELD_IDS.fee, 'Take-home fee: between $150 and $300');
  }
  return problems;
}

/** The form as the API's create body. */
export function toCreateRole(draft: RoleDraft): TCreateRole {
  return {
    title: draft.title.trim(),
    level: draft.level,
    band: { min: Number(draft.bandMin), max: Number(draft.bandMax), currency: draft.currency.trim() },
    location: draft.location.trim(),
    remote: draft.remote,
    status: draft.status,
    exercise: draft.exercise,
    ...(draft.hiringManagerId && { hiringManagerId: draft.hiringManagerId }),
    ...(draft.exercise === 'take-home' && { takeHomeFeeUsd: Number(draft.fee) }),
  };
}
