import { adverseImpact, type GroupCounts } from '../stats/adverse-impact.js';

/**
 * Adverse impact as a report shows it: small groups suppressed (their numbers never leave this
 * function), the rest compared with the four-fifths rule and Fisher's exact test, and every
 * flag explained in words so that a small group does not cry wolf (docs/product-rules.md, Fairness and privacy).
 */

/** Below this Fisher p a difference counts as statistically significant. */
export const SIGNIFICANCE = 0.05;

/** One group as reported; every number is null when the group is suppressed. */
export interface ReportedGroup {
  group: string;
  applicants: number | null;
  selected: number | null;
  rate: number | null;
  impactRatio: number | null;
  adverseImpact: boolean;
  fisherP: number | null;
  suppressed: boolean;
}

/** A comparison of groups: the reference, each group, and what the flags mean. */
export interface GroupComparison {
  referenceGroup: string | null;
  groups: ReportedGroup[];
  flagged: boolean;
  explanation: string;
}

/** A p-value in words: two significant figures, and "< 0.001" for very small ones. */
export function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return `= ${Number(p.toPrecision(2))}`;
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** Why one group is flagged, in words. */
export function explainFlag(group: string, impactRatio: number | null, fisherP: number | null): string {
  const ratio = impactRatio === null ? '' : ` (impact ratio ${impactRatio.toFixed(2)})`;
  if (fisherP !== null && fisherP < SIGNIFICANCE)
    return `${group}: below four-fifths${ratio} and significant (Fisher p ${formatP(fisherP)})`;
  const p = fisherP === null ? '' : `, Fisher p ${formatP(fisherP)}`;
  return `${group}: below four-fifths${ratio} but not statistically significant at this sample size${p}`;
}

/**
 * Compare groups of one decision (a stage, or one interviewer's recommendations). Groups with
 * fewer applicants than `minGroupSize` are suppressed and take no part in the comparison, so
 * their counts cannot be recovered from the others or from a total.
 */
export function compareGroups(counts: readonly GroupCounts[], minGroupSize: number): GroupComparison {
  const sorted = [...counts].sort((a, b) => a.group.localeCompare(b.group));
  const shown = sorted.filter((g) => g.applicants >= minGroupSize && g.applicants > 0);
  const hidden: ReportedGroup[] = sorted
    .filter((g) => !(g.applicants >= minGroupSize && g.applicants > 0))
    .map((g) => ({
      group: g.group,
      applicants: null,
      selected: null,
      rate: null,
      impactRatio: null,
      adverseImpact: false,
      fisherP: null,
      suppressed: true,
    }));
  const suppressedNote =
    hidden.length > 0
      ? ` ${hidden.length} group${hidden.length === 1 ? '' : 's'} with fewer than ${minGroupSize} people ${hidden.length === 1 ? 'is' : 'are'} not shown.`
      : '';

  if (shown.length < 2) {
    const groups: ReportedGroup[] = shown.map((g) => ({
      ...g,
      rate: g.selected / g.applicants,
      impactRatio: null,
      adverseImpact: false,
      fisherP: null,
      suppressed: false,
    }));
    const why =
      shown.length === 0
        ? `No group has at least ${minGroupSize} people with a decision here, so nothing can be compared.`
        : `Only one group has at least ${minGroupSize} people with a decision here, so nothing can be compared.`;
    return { referenceGroup: null, groups: mergeSorted(groups, hidden), flagged: false, explanation: why };
  }

  const result = adverseImpact(shown);
  const groups: ReportedGroup[] = result.groups.map((g) => ({
    group: g.group,
    applicants: g.applicants,
    selected: g.selected,
    rate: g.rate,
    impactRatio: g.impactRatio,
    adverseImpact: g.adverseImpact,
    fisherP: g.fisherP,
    suppressed: false,
  }));
  const flags = groups.filter((g) => g.adverseImpact);
  const explanation =
    flags.length === 0
      ? `No group is below four-fifths of the highest selection rate (${result.referenceGroup}, ${percent(
          (groups.find((g) => g.group === result.referenceGroup)?.rate as number) ?? 0,
        )}).${suppressedNote}`
      : `Compared with ${result.referenceGroup}, the group with the highest selection rate: ${flags
          .map((g) => explainFlag(g.group, g.impactRatio, g.fisherP))
          .join('; ')}.${suppressedNote}`;
  return {
    referenceGroup: result.referenceGroup,
    groups: mergeSorted(groups, hidden),
    flagged: flags.length > 0,
    explanation,
  };
}

const mergeSorted = (a: ReportedGroup[], b: ReportedGroup[]): ReportedGroup[] =>
  [...a, ...b].sort((x, y) => x.group.localeCompare(y.group));

/**
 * The group a self-identification answer falls in, or null for none: no answer, an empty one,
 * or "prefer not to say" (however it is spelled) puts the person in no group.
 */
export function demographicGroup(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (v === '') return null;
  if (v.toLowerCase().replace(/[\s_]+/g, '-') === 'prefer-not-to-say') return null;
  return v;
}
