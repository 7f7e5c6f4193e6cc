import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import type { Category, Dimension } from '../../shared/schemas/vocabulary.js';
import { loadRubric } from '../rubric/rubric.js';
import { composeLoop } from './compose-loop.js';
import { LEVEL_TEMPLATES, type LevelTemplate } from './stage-templates.js';
import { question } from './test-questions.js';
import type { ComposedLoop, TQuestionLike, WarningCode } from './types.js';

const bank = loadBuiltInBank();
const rubric = loadRubric();

function codes(loop: ComposedLoop): WarningCode[] {
  return loop.warnings.map((w) => w.code);
}

/** A made-up bank with enough of every category for any level's template, on light topics. */
function craftedBank(overrides: Partial<Record<Category, Partial<TQuestionLike>>> = {}): TQuestionLike[] {
  const dims: Dimension[][] = [
    ['fundamentals', 'debugging'],
    ['system_design', 'tradeoff_reasoning'],
    ['debugging', 'operational_judgment'],
    ['operational_judgment', 'system_design'],
    ['tradeoff_reasoning', 'fundamentals'],
  ];
  const counts: Record<Category, number> = { behavioural: 4, technical: 6, situational: 4, values: 3 };
  return (Object.keys(counts) as Category[]).flatMap((category) =>
    Array.from({ length: counts[category] }, (_, i) =>
      question(`${category}-${i}`, {
        category,
        dimensions: dims[i % dims.length],
        topics: i === 0 ? ['production-ownership', 'debugging', 'architecture'] : ['http'],
        ...overrides[category],
      }),
    ),
  );
}

describe('composeLoop warnings', () => {
  it('band-level-mismatch: a staff loop on a junior band', () => {
    const loop = composeLoop({ level: 'staff', band: { min: 90_000, max: 120_000 } }, bank, rubric);
    const warning = loop.warnings.find((w) => w.code === 'band-level-mismatch');
    expect(warning?.message).toMatch(/staff loop .* reads as junior/);
  });

  it('band-level-mismatch: a junior band with a distributed-systems gauntlet', () => {
    const gauntlet = craftedBank({
      technical: { levels: ['junior'], topics: ['distributed-systems', 'consistency'] },
      situational: { levels: ['junior'], topics: ['scaling'] },
    });
    const loop = composeLoop({ level: 'junior', band: { min: 95_000, max: 115_000 } }, gauntlet, rubric);
    expect(codes(loop)).toEqual(['band-level-mismatch']);
    expect(loop.warnings[0]?.message).toMatch(/gauntlet/);
    // The same questions on a band that pays for them are no longer a mismatch for a loop that
    // reads as senior; and a non-USD band is not compared with US anchors at all.
    const eur = composeLoop(
      { level: 'junior', band: { min: 95_000, max: 115_000, currency: 'EUR' } },
      gauntlet,
      rubric,
    );
    expect(eur.warnings).toEqual([]);
  });

  it('too-many-stages: a template with six stages', () => {
    const senior = LEVEL_TEMPLATES.senior;
    const extra = { ...senior.stages[4], key: 'peer', name: 'Peer interview' } as LevelTemplate['stages'][number];
    const six: LevelTemplate = { ...senior, stages: [...senior.stages, extra] };
    const loop = composeLoop({ level: 'senior', minutes: 400 }, bank, rubric, six);
    expect(loop.stages).toHaveLength(6);
    expect(codes(loop)).toContain('too-many-stages');
  });

  it('stage-without-questions and not-enough-questions: a small bank with no situational question', () => {
    const small = craftedBank().filter((q) => q.category !== 'situational');
    const loop = composeLoop({ level: 'mid' }, small, rubric);
    const po = loop.stages.find((s) => s.key === 'production-ownership');
    expect(po).toMatchObject({ minutes: 0, questions: [], dimensions: [] });
    expect(loop.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'stage-without-questions', stage: 'production-ownership' }),
        expect.objectContaining({ code: 'not-enough-questions', stage: 'production-ownership' }),
        expect.objectContaining({ code: 'unbalanced-kit' }),
      ]),
    );
    expect(loop.warnings.find((w) => w.code === 'unbalanced-kit')?.message).toMatch(/0 situational/);
    // The screen asks no question by design and is never warned about.
    expect(loop.warnings.filter((w) => w.stage === 'screen')).toEqual([]);
  });

  it('stage-without-dimensions: questions that name no dimension', () => {
    const loop = composeLoop({ level: 'mid' }, craftedBank({ situational: { dimensions: [] } }), rubric);
    const po = loop.stages.find((s) => s.key === 'production-ownership');
    expect(po?.questions.length).toBeGreaterThan(0);
    expect(po?.dimensions).toEqual([]);
    expect(loop.warnings).toContainEqual(
      expect.objectContaining({ code: 'stage-without-dimensions', stage: 'production-ownership' }),
    );
    expect(po?.questions[0]?.dimension).toBeNull();
  });

  it('unbalanced-kit and not-enough-questions: a bank of three questions', () => {
    const tiny = [
      question('only-tech-a'),
      question('only-tech-b'),
      question('only-values', { category: 'values', topics: ['ethics'] }),
    ];
    const loop = composeLoop({ level: 'senior' }, tiny, rubric);
    expect(loop.kit.total).toBe(3);
    expect(codes(loop)).toEqual(expect.arrayContaining(['unbalanced-kit', 'not-enough-questions']));
    expect(loop.warnings.find((w) => w.code === 'unbalanced-kit')?.message).toMatch(/3 questions \(want 8–10\)/);
  });

  it('shared-question-missing-rubric: shared technical questions without look-for signals', () => {
    const stripped = bank.map((q) =>
      q.category === 'technical' || q.category === 'behavioural' ? { ...q, lookFor: [] } : q,
    );
    const loop = composeLoop({ level: 'mid' }, stripped, rubric);
    const flagged = loop.warnings.filter((w) => w.code === 'shared-question-missing-rubric');
    const technical = loop.stages.flatMap((s) => s.questions.filter((q) => q.category === 'technical'));
    // Behavioural questions are not shared in advance, so their missing signals are not this warning.
    expect(flagged).toHaveLength(technical.length);
    for (const q of technical) expect(flagged.some((w) => w.message.startsWith(q.id))).toBe(true);
  });

  it('shared-question-missing-rubric: a draft technical question is shared by default, so needs its rubric', () => {
    const odd = craftedBank({ technical: { shareInAdvance: undefined, lookFor: ['one'] } });
    const loop = composeLoop({ level: 'mid', exercise: 'take-home' }, odd, rubric);
    expect(
      loop.warnings.filter((w) => w.code === 'shared-question-missing-rubric' && w.stage === 'take-home'),
    ).not.toEqual([]);
  });

  it('not-enough-questions: a take-home only takes questions shared in advance', () => {
    const secret = craftedBank({ technical: { shareInAdvance: false } });
    const loop = composeLoop({ level: 'mid', exercise: 'take-home' }, secret, rubric);
    const warning = loop.warnings.find((w) => w.code === 'not-enough-questions' && w.stage === 'take-home');
    expect(warning?.message).toMatch(/shared-in-advance technical/);
    expect(loop.stages.find((s) => s.kind === 'take-home')?.questions).toEqual([]);
  });

  it('over-budget: a tiny budget drops stages, says so, and still fits', () => {
    const loop = composeLoop({ level: 'staff', minutes: 60 }, bank, rubric);
    expect(loop.totalMinutes).toBeLessThanOrEqual(60);
    const warning = loop.warnings.find((w) => w.code === 'over-budget');
    expect(warning?.message).toMatch(/60-minute budget cannot hold the whole staff loop: dropped/);
    expect(codes(loop)).toContain('unbalanced-kit');
  });

  it('over-budget: a budget below the screen leaves an empty loop rather than overrun', () => {
    const loop = composeLoop({ level: 'mid', minutes: 20 }, bank, rubric);
    expect(loop.stages).toEqual([]);
    expect(loop.totalMinutes).toBe(0);
    expect(codes(loop)).toContain('over-budget');
  });
});
