import { describe, expect, it } from 'vitest';
import { DIMENSIONS, LEVELS } from '../../shared/schemas/vocabulary.js';
import { loadRubric } from '../rubric/rubric.js';
import { buildMethodology, HUMAN_DECISION_STATEMENT, percent } from './methodology.js';

const rubric = loadRubric();
const md = buildMethodology(rubric);

describe('methodology statement', () => {
  it('names every dimension with its weight at every level, in the weights table', () => {
    for (const d of DIMENSIONS) {
      const name = rubric.dimensions.find((x) => x.id === d)?.name ?? '';
      const row = md.split('\n').find((l) => l.startsWith(`| ${name} |`));
      expect(row, name).toBeDefined();
      const cells = (row ?? '')
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      expect(cells.slice(1)).toEqual(LEVELS.map((l) => percent(rubric.weights[l][d])));
    }
  });

  it('shows the shipped senior weight of system design as 35% and mid fundamentals as 30%', () => {
    const row = (name: string) => md.split('\n').find((l) => l.startsWith(`| ${name} |`)) ?? '';
    expect(row('System design')).toBe('| System design | 25% | 25% | 35% | 35% |');
    expect(row('Fundamentals')).toBe('| Fundamentals | 30% | 30% | 15% | 15% |');
  });

  it('states that a human records every decision with a reason', () => {
    expect(md).toContain(HUMAN_DECISION_STATEMENT);
    expect(HUMAN_DECISION_STATEMENT).toMatch(/never decides/);
    expect(HUMAN_DECISION_STATEMENT).toMatch(/named person, with a written reason/);
  });

  it('includes the five scale anchors, "not assessed", and every level-specific anchor', () => {
    for (const k of ['1', '2', '3', '4', '5'] as const) expect(md).toContain(`- **${k}**: ${rubric.scale[k]}`);
    expect(md).toContain(rubric.notAssessed);
    for (const l of LEVELS) for (const d of DIMENSIONS) expect(md).toContain(rubric.anchors[l][d]['5']);
  });

  it('describes the composite, independence, fairness tests and erasure truthfully', () => {
    expect(md).toMatch(/weights are rescaled to add up to one/);
    expect(md).toMatch(/only after submitting their own scorecard/);
    expect(md).toMatch(/strictly below four-fifths/);
    expect(md).toMatch(/Fisher’s exact test/);
    expect(md).toMatch(/fewer than 5 people are not shown/);
    expect(md).toMatch(/does \*\*not\*\* score real candidates/);
    expect(md).toMatch(/## Retention and erasure/);
  });

  it('reflects an organisation’s own minimum group size and retention period', () => {
    const own = buildMethodology(rubric, { minGroupSize: 10, retentionDays: 365 });
    expect(own).toMatch(/fewer than 10 people are not shown/);
    expect(own).toMatch(/for 365 days after the last application closed/);
  });

  it('formats weights without floating-point noise', () => {
    expect(percent(0.35)).toBe('35%');
    expect(percent(0.1)).toBe('10%');
    expect(percent(0.125)).toBe('12.5%');
  });
});

describe('the grader’s validation figures', () => {
  const validation = {
    date: '2026-12-08',
    corpusCommit: '0123456789abcdef0123',
    answers: 180,
    questions: 20,
    targets: [
      { target: 'Spearman with the mean label ≥ 0.80', measured: '0.638', met: false },
      { target: 'deterministic', measured: 'same grade twice', met: true },
    ],
  };

  it('publishes every target with what was measured, the date, the corpus version and how many were missed', () => {
    const md = buildMethodology(loadRubric(), { graderValidation: validation });
    expect(md).toContain('Measured on 2026-12-08 on a held-out set of 180 answers to 20 bank questions');
    expect(md).toContain('`0123456789ab`');
    expect(md).toContain('| Spearman with the mean label ≥ 0.80 | 0.638 | no |');
    expect(md).toContain('1 of 2 targets are missed');
  });

  it('says so when no figures are published', () => {
    expect(buildMethodology(loadRubric())).toContain('No validation figures are published');
  });
});
