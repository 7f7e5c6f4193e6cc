import type { Dimension } from '../../../src/shared/schemas/vocabulary.js';
import type { FairnessAttribute } from '../api/reports.js';
import { dimensionLabel, labelOf } from '../format.js';

/** Numbers as the report pages print them: one convention for rates, ratios and p-values. */

/** A rate between 0 and 1 as a whole percentage; a dash for none. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${Math.round(rate * 100)}%`;
}

/** A ratio with two decimals; a dash for none. */
export function ratio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(2);
}

/** A p-value with two significant figures, "< 0.001" for tiny ones; a dash for none. */
export function pValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '—';
  if (p < 0.001) return '< 0.001';
  return String(Number(p.toPrecision(2)));
}

/** A signed score offset ("+0.42", "−0.10"); a dash for none. */
export function signed(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** The words for a suppressed group. */
export function hiddenGroup(minGroupSize: number): string {
  return `fewer than ${minGroupSize} — hidden`;
}

const ATTRIBUTE_LABELS: Record<FairnessAttribute, string> = {
  gender: 'Gender',
  ethnicity: 'Ethnicity',
  ageBand: 'Age band',
  disability: 'Disability',
  veteran: 'Veteran status',
};

/** An attribute as a person reads it. */
export function attributeLabel(attribute: FairnessAttribute): string {
  return ATTRIBUTE_LABELS[attribute];
}

/** A scoring dimension's name: the rubric's words for a built-in one, else the key as words. */
export function dimensionName(key: string): string {
  // An organisation's own dimension is not in the built-in list, so the lookup can miss.
  const known: string | undefined = dimensionLabel(key as Dimension);
  return known ?? labelOf(key);
}
