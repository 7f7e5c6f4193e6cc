/**
 * The arithmetic of a calibration session: how far each panellist's blind score sits from the
 * rest of the panel and from the reference, per dimension and overall.
 */
import { mean } from '../../shared/numbers.js';

/** |score − reference| at or above this is called out in words: a point and a half is a different verdict. */
export const FLAG_THRESHOLD = 1.5;

/** One invited panellist: their scores per dimension, or null until they submit. */
export interface ParticipantScores {
  userId: string;
  scores: Record<string, number> | null;
}

/** One panellist's score on one dimension, set against the others and the reference. */
export interface DimensionDivergence {
  dimension: string;
  score: number;
  /** Mean of the other participants who have submitted; null when nobody else has. */
  panelMean: number | null;
  reference: number | null;
  /** score − panelMean. */
  fromPanel: number | null;
  /** score − reference. */
  fromReference: number | null;
  /** |fromReference| ≥ FLAG_THRESHOLD. */
  flagged: boolean;
}

/** One panellist's row of the report. */
export interface ParticipantDivergence {
  userId: string;
  submitted: boolean;
  dimensions: DimensionDivergence[];
  /** Mean over dimensions of |fromPanel| (those where a panel mean exists). */
  meanAbsFromPanel: number | null;
  /** Mean over dimensions of |fromReference| (those with a reference). */
  meanAbsFromReference: number | null;
  /** Each flagged dimension, in words. */
  flags: string[];
}

/** The whole panel on one dimension. */
export interface DimensionSummary {
  dimension: string;
  reference: number | null;
  /** Mean of every submitted score. */
  mean: number | null;
  count: number;
}

/** The report: per participant, and per dimension for the panel as a whole. */
export interface DivergenceReport {
  participants: ParticipantDivergence[];
  dimensions: DimensionSummary[];
}

/** Two decimals for display; the flag is decided on the exact value before rounding. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const maybe = (x: number | null) => (x === null ? null : round2(x));

/**
 * The reference from an original panel: the median of their scores on a dimension, rounded to a
 * whole score (halves round up: a 3/4 split becomes 4). Null when nobody scored it.
 */
export function medianReference(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(median);
}

const points = (x: number) => {
  const n = round2(Math.abs(x));
  return `${n} ${n === 1 ? 'point' : 'points'}`;
};

/** A flagged dimension in words: "System design: scored 5, 2 points above the reference of 3". */
export function flagText(label: string, d: DimensionDivergence): string {
  const diff = d.fromReference ?? 0;
  const side = diff > 0 ? 'above' : 'below';
  return `${label}: scored ${d.score}, ${points(diff)} ${side} the reference of ${d.reference}`;
}

/**
 * Compute the report. `label` names a dimension in the flag sentences. Participants who have
 * not submitted appear with no rows and are left out of everyone else's panel mean.
 */
export function divergenceReport(
  dimensions: readonly string[],
  reference: Readonly<Record<string, number>> | null,
  participants: readonly ParticipantScores[],
  label: (dimension: string) => string = (d) => d,
): DivergenceReport {
  const submitted = participants.filter((p): p is ParticipantScores & { scores: Record<string, number> } =>
    Boolean(p.scores),
  );
  const refOf = (d: string) => reference?.[d] ?? null;
  const rows = participants.map((p): ParticipantDivergence => {
    const own = p.scores;
    if (!own) {
      return {
        userId: p.userId,
        submitted: false,
        dimensions: [],
        meanAbsFromPanel: null,
        meanAbsFromReference: null,
        flags: [],
      };
    }
    const exact = dimensions.flatMap((d) => {
      const score = own[d];
      if (score === undefined) return [];
      const others = submitted.filter((o) => o.userId !== p.userId).flatMap((o) => o.scores[d] ?? []);
      const panelMean = mean(others);
      const ref = refOf(d);
      const fromReference = ref === null ? null : score - ref;
      return [
        {
          dimension: d,
          score,
          panelMean,
          reference: ref,
          fromPanel: panelMean === null ? null : score - panelMean,
          fromReference,
          flagged: fromReference !== null && Math.abs(fromReference) >= FLAG_THRESHOLD,
        },
      ];
    });
    const absPanel = exact.flatMap((r) => (r.fromPanel === null ? [] : [Math.abs(r.fromPanel)]));
    const absRef = exact.flatMap((r) => (r.fromReference === null ? [] : [Math.abs(r.fromReference)]));
    return {
      userId: p.userId,
      submitted: true,
      dimensions: exact.map((r) => ({
        ...r,
        panelMean: maybe(r.panelMean),
        fromPanel: maybe(r.fromPanel),
        fromReference: maybe(r.fromReference),
      })),
      meanAbsFromPanel: maybe(mean(absPanel)),
      meanAbsFromReference: maybe(mean(absRef)),
      flags: exact.filter((r) => r.flagged).map((r) => flagText(label(r.dimension), r)),
    };
  });
  const summary = dimensions.map((d): DimensionSummary => {
    const all = submitted.flatMap((p) => p.scores[d] ?? []);
    return { dimension: d, reference: refOf(d), mean: maybe(mean(all)), count: all.length };
  });
  return { participants: rows, dimensions: summary };
}
