import { describe, expect, it } from 'vitest';
import { CATEGORIES, LEVELS } from '../../shared/schemas/vocabulary.js';
import { LEVEL_TEMPLATES, MAX_STAGES, resolveStages } from './stage-templates.js';

describe.each(LEVELS)('the %s stage template', (level) => {
  const template = LEVEL_TEMPLATES[level];
  const slots = template.stages.flatMap((s) => s.slots);
  const required = slots.filter((s) => !s.optional);

  it('plans the balanced kit: 2 behavioural, 3 technical, 2 situational, 1 values, and at most 10 with extras', () => {
    const count = Object.fromEntries(CATEGORIES.map((c) => [c, required.filter((s) => s.category === c).length]));
    expect(count).toEqual({ behavioural: 2, technical: 3, situational: 2, values: 1 });
    expect(slots.length).toBeLessThanOrEqual(10);
  });

  it('fits the default budget at full length, within five stages, with unique keys', () => {
    expect(template.stages.reduce((acc, s) => acc + s.minutes, 0)).toBeLessThanOrEqual(template.defaultMinutes);
    expect(template.stages.length).toBeLessThanOrEqual(MAX_STAGES);
    for (const exercise of ['live-coding', 'take-home'] as const) {
      const keys = resolveStages(template, exercise).map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('gives every stage a sane length: minimum ≤ default, overhead below the minimum', () => {
    for (const s of template.stages) {
      expect(s.minMinutes).toBeLessThanOrEqual(s.minutes);
      expect(s.overheadMinutes).toBeLessThan(s.minMinutes);
    }
  });

  it('exempts only the screen, which has no slots', () => {
    const exempt = template.stages.filter((s) => s.exemptReason !== undefined);
    expect(exempt.map((s) => s.kind)).toEqual(['screen']);
    expect(exempt[0]?.slots).toEqual([]);
  });

  it('has exactly one coding round: live, or a paid take-home that only takes shared questions', () => {
    const live = resolveStages(template, 'live-coding');
    expect(live.filter((s) => s.kind === 'live-coding')).toHaveLength(1);
    expect(live.filter((s) => s.paid)).toEqual([]);
    const home = resolveStages(template, 'take-home');
    const paid = home.filter((s) => s.paid);
    expect(paid.map((s) => [s.kind, s.sharedOnly])).toEqual([['take-home', true]]);
    expect(home.map((s) => s.kind)).not.toContain('live-coding');
    expect(home.map((s) => s.kind)).not.toContain('pairing');
  });
});

describe('level-specific shapes', () => {
  it('excludes production-ownership topics for junior only', () => {
    expect(LEVEL_TEMPLATES.junior.excludeTopics).toEqual(['production-ownership']);
    for (const level of ['mid', 'senior', 'staff'] as const) expect(LEVEL_TEMPLATES[level].excludeTopics).toEqual([]);
  });

  it('asks production ownership first in one slot from mid up', () => {
    for (const level of ['mid', 'senior', 'staff'] as const) {
      const po = LEVEL_TEMPLATES[level].stages.flatMap((s) =>
        s.slots.filter((slot) => !slot.optional && slot.preferTopics?.includes('production-ownership')),
      );
      expect(po.length).toBeGreaterThanOrEqual(1);
    }
  });
});
