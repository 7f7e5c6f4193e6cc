import { describe, expect, it } from 'vitest';
import { type EvaluatedAnswer, evaluate, partialSpearman } from './evaluation.js';

function row(
  id: string,
  kind: EvaluatedAnswer['kind'],
  label: number,
  overall: number,
  words: number,
): EvaluatedAnswer {
  return {
    id,
    kind,
    style: 'written',
    derivedFrom: kind === 'paraphrase' ? 's1' : null,
    words,
    labels: [label, label],
    dimensionLabels: { fundamentals: [label, label] },
    signalLabels: [['a'], ['a']],
    overall,
    dimensions: { fundamentals: overall },
    signalsHit: overall >= 3 ? ['a'] : [],
    contradictions: kind === 'denial' ? 1 : 0,
  };
}

describe('grader evaluation', () => {
  it('is zero with length held fixed when the grade only tracks length', () => {
    const words = [100, 200, 300, 400, 500, 600];
    const labels = [1, 3, 2, 5, 4, 3];
    expect(partialSpearman(words, labels, words)).toBeCloseTo(0, 6);
  });

  it('counts each kind’s checks: denials, paraphrases, term lists and signal detection', () => {
    const f = evaluate(
      [
        row('s1', 'strong', 5, 4.5, 300),
        row('p1', 'paraphrase', 5, 3.2, 300),
        row('d1', 'denial', 1, 2.6, 250),
        row('k1', 'keywords', 2, 2, 30),
        row('v1', 'vague', 1, 1.2, 80),
        row('m1', 'mixed', 3, 3.1, 200),
      ],
      1,
    );
    expect(f.paraphrases).toEqual({ n: 1, within1: 0 });
    expect(f.denials).toEqual({ n: 1, atMost25: 0, flagged: 1 });
    expect(f.keywordLists).toEqual({ n: 1, atMost2: 1 });
    expect(f.raterSpearman).toBeCloseTo(1, 6);
    expect(f.signals.precision).toBe(1);
    expect(f.signals.recall).toBeLessThan(1);
  });
});
