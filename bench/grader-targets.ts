/**
 * The grader's targets on the held-out test split, each checked against what was measured and
 * said in words, met or not.
 */
import type { EvaluationFigures } from '../src/domain/grader/evaluation.js';

/** One target, what was measured, and whether it was met. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

const f3 = (x: number) => x.toFixed(3);

/** Every target of the grader, in the order the methodology page lists them. */
export function checkTargets(f: EvaluationFigures, deterministic: boolean, perSecond: number): TargetCheck[] {
  return [
    { target: 'Spearman with the mean label ≥ 0.80', measured: f3(f.spearman), met: f.spearman >= 0.8 },
    {
      target: '≥ 90% of the Spearman between the two raters',
      measured: `${(100 * f.shareOfRaterAgreement).toFixed(0)}% of ${f3(f.raterSpearman)}`,
      met: f.shareOfRaterAgreement >= 0.9,
    },
    {
      target: 'Spearman within the realistic kinds ≥ 0.6',
      measured: f3(f.realisticSpearman),
      met: f.realisticSpearman >= 0.6,
    },
    {
      target: 'signal precision ≥ 0.8',
      measured: f3(f.signals.precision),
      met: f.signals.precision >= 0.8,
    },
    { target: 'signal recall ≥ 0.8', measured: f3(f.signals.recall), met: f.signals.recall >= 0.8 },
    {
      target: 'partial Spearman with length held fixed ≥ 0.5',
      measured: f3(f.partialForLength),
      met: f.partialForLength >= 0.5,
    },
    {
      target: 'every fluent denial ≤ 2.5',
      measured: `${f.denials.atMost25} of ${f.denials.n}`,
      met: f.denials.atMost25 === f.denials.n,
    },
    {
      target: 'every fluent denial flagged as contradicting',
      measured: `${f.denials.flagged} of ${f.denials.n}`,
      met: f.denials.flagged === f.denials.n,
    },
    {
      target: 'every paraphrase within 1.0 of its original',
      measured: `${f.paraphrases.within1} of ${f.paraphrases.n}`,
      met: f.paraphrases.within1 === f.paraphrases.n,
    },
    {
      target: 'term lists ≤ 2',
      measured: `${f.keywordLists.atMost2} of ${f.keywordLists.n}`,
      met: f.keywordLists.atMost2 === f.keywordLists.n,
    },
    { target: 'deterministic', measured: deterministic ? 'same grade twice' : 'grades differed', met: deterministic },
    {
      target: '≥ 200 answers of 300 words per second on one core',
      measured: `${perSecond.toFixed(0)}/s`,
      met: perSecond >= 200,
    },
  ];
}
