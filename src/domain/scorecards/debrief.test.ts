import { describe, expect, it } from 'vitest';
import { loadRubric } from '../rubric/rubric.js';
import { buildDebrief, type DebriefCard } from './debrief.js';

const card = (name: string, ratings: DebriefCard['ratings'], redFlags: string[] = []): DebriefCard => ({
  scorecardId: name,
  interviewer: { id: name, name },
  stage: { key: 'technical', name: 'Technical' },
  ratings,
  redFlags,
  recommendation: 3,
});

describe('the evidence-first debrief', () => {
  const cards = [
    card(
      'Ines',
      [
        {
          dimension: 'system_design',
          score: 2,
          evidence: 'They said "we would add a cache", which suggests fix before diagnosis.',
        },
        { dimension: 'fundamentals', score: null, evidence: '' },
      ],
      ['fix-before-diagnosis'],
    ),
    card(
      'Ivo',
      [{ dimension: 'system_design', score: 4, evidence: 'Sized writes at 2k/s and chose a queue for the fan-out.' }],
      ['fix-before-diagnosis'],
    ),
  ];
  const debrief = buildDebrief(cards, 'senior', loadRubric());

  it('groups quotes by dimension with who and which stage', () => {
    expect(debrief.evidence).toEqual([
      {
        dimension: 'system_design',
        quotes: [
          { quote: expect.stringContaining('add a cache'), interviewer: 'Ines', stage: 'Technical', score: 2 },
          { quote: expect.stringContaining('2k/s'), interviewer: 'Ivo', stage: 'Technical', score: 4 },
        ],
      },
    ]);
  });

  it('highlights a 2 and a 4 on the same dimension as a split, with guidance', () => {
    expect(debrief.perDimension.find((d) => d.dimension === 'system_design')).toEqual({
      dimension: 'system_design',
      mean: 3,
      min: 2,
      max: 4,
      split: true,
    });
    expect(debrief.splitGuidance).toContain('working session');
  });

  it('treats not assessed as missing, not zero, in the composite', () => {
    expect(debrief.perDimension.find((d) => d.dimension === 'fundamentals')?.mean).toBeNull();
    expect(debrief.composite).toBe(3);
  });

  it('tallies red flags by who raised them', () => {
    expect(debrief.redFlags).toEqual([{ flag: 'fix-before-diagnosis', raisedBy: ['Ines', 'Ivo'] }]);
  });
});
