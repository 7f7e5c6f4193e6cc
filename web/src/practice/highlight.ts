import type { PracticeGrade } from '../api/practice.js';
import { truncate } from '../format.js';

/** A quoted piece of evidence in an answer: a signal shown, or an anti-pattern fallen into. */
export interface Evidence {
  kind: 'signal' | 'anti-pattern';
  /** The signal's text or the anti-pattern's name. */
  label: string;
  /** An exact substring of the answer. */
  quote: string;
}

/** A run of the answer with the evidence covering all of it (none for plain text). */
export interface Segment {
  text: string;
  evidence: Evidence[];
  /** The evidence whose quote ends with this run. */
  ends: Evidence[];
}

/** The quoted evidence of a grade: signals shown, then anti-patterns. */
export function evidenceOf(grade: PracticeGrade): Evidence[] {
  return [
    ...grade.signals.hit.map((s): Evidence => ({ kind: 'signal', label: s.text, quote: s.quote })),
    ...grade.antiPatterns.map((a): Evidence => ({ kind: 'anti-pattern', label: a.name, quote: a.quote })),
  ];
}

/**
 * Cut an answer into runs so each quote can be marked, overlaps included: every boundary of
 * a quote starts a new run, and each run lists the evidence covering it. A quote that is not
 * in the answer (it always should be) is left out rather than guessed at.
 */
export function segmentAnswer(answer: string, evidence: readonly Evidence[]): Segment[] {
  const spans = evidence.flatMap((item) => {
    const start = item.quote ? answer.indexOf(item.quote) : -1;
    return start < 0 ? [] : [{ item, start, end: start + item.quote.length }];
  });
  const cuts = [...new Set([0, answer.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? answer.length;
    const covering = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.item);
    const ends = spans.filter((s) => s.end === to && s.start < to).map((s) => s.item);
    const last = segments.at(-1);
    if (last && last.ends.length === 0 && sameEvidence(last.evidence, covering)) {
      last.text += answer.slice(from, to);
      last.ends = ends;
    } else segments.push({ text: answer.slice(from, to), evidence: covering, ends });
  }
  return segments;
}

function sameEvidence(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** A short name for a piece of evidence: a signal's text up to its first colon or full stop. */
export function shortLabel(label: string): string {
  const cut = label.search(/[:.;]\s/);
  const head = cut > 0 ? label.slice(0, cut) : label;
  return truncate(head, 90);
}
