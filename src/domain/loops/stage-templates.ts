/**
 * Stage templates per level, as data: which stages a loop has, how long each may run, which
 * question categories it draws and which dimensions it focuses on. Built from the panel-design
 * facts in docs/product-rules.md, Loops (screen; hiring manager, behavioural first; a technical round of
 * fundamentals plus a bug; system design or production ownership; staff adds an architecture
 * review; junior swaps design for a longer pairing session; take-home or live coding, never both).
 *
 * Kit arithmetic: every level's required slots make 2 behavioural, 3 technical, 2 situational and
 * 1 values question (8); optional slots add at most 2 more (10), filled only when time allows.
 */
import type { Level, Topic } from '../../shared/schemas/vocabulary.js';
import type { LevelTemplate, ResolvedStage, SlotTemplate, StageTemplate, TakeHomeVariant } from './template-types.js';
import type { ExerciseKind } from './types.js';

export type { LevelTemplate, ResolvedStage, SlotTemplate, StageTemplate, TakeHomeVariant } from './template-types.js';

/** A design round's question should fill most of the hour: shorter ones cannot reach "now I break it". */
const DESIGN_QUESTION_MINUTES = 30;

/** Above this many stages a loop tires candidates and interviewers alike (docs/product-rules.md, Loops: a typical loop has five). */
export const MAX_STAGES = 5;

/**
 * The recruiter screen, shared by every level. Choice: it is exempt rather than padded with
 * dimensions it does not score. docs/product-rules.md (Loops) gives it "fit, timing, must-haves; no deep technical
 * questions", and the guardrails say to score demonstrated evidence, never credentials or
 * "culture fit"; a 30-minute non-technical call produces no evidence for fundamentals, system
 * design, debugging, operational judgement or trade-off reasoning, so listing any of them would
 * invite exactly the gut-feel score the rubric exists to prevent.
 */
const SCREEN: StageTemplate = {
  key: 'screen',
  name: 'Recruiter screen',
  kind: 'screen',
  minutes: 30,
  minMinutes: 30,
  overheadMinutes: 0,
  focus: [],
  slots: [],
  // Kept longest: it is the gate where timing, must-haves and the published band are checked.
  dropRank: 0,
  exemptReason:
    'The recruiter screen checks fit, timing, must-haves and the pay band; it asks no deep technical question and scores no rubric dimension.',
  notes: 'Not scored on the rubric: a gate for must-haves, timing and the published pay band.',
};

const TAKE_HOME_EXERCISE: TakeHomeVariant = {
  key: 'take-home',
  name: 'Take-home exercise (paid)',
  kind: 'take-home',
  // Worked asynchronously: no introductions to subtract from the time box.
  overheadMinutes: 0,
  sharedOnly: true,
  paid: true,
};

/** The technical round: fundamentals plus a bug, live or as a take-home. */
function technical(minutes: number, slots: readonly SlotTemplate[], name: string): StageTemplate {
  return {
    key: 'live-coding',
    name,
    kind: 'live-coding',
    minutes,
    minMinutes: 30,
    overheadMinutes: 5,
    focus: ['fundamentals', 'debugging'],
    slots,
    dropRank: 2,
    takeHome: TAKE_HOME_EXERCISE,
  };
}

/** The hiring manager round: behavioural first, then values (cross-functional partnership is merged here). */
function hiringManager(minutes: number, firstBehaviouralTopics?: readonly Topic[]): StageTemplate {
  return {
    key: 'hiring-manager',
    name: 'Hiring manager: ownership, judgement and values',
    kind: 'hiring-manager',
    minutes,
    minMinutes: 30,
    overheadMinutes: 5,
    focus: ['operational_judgment', 'tradeoff_reasoning', 'debugging'],
    slots: [
      firstBehaviouralTopics
        ? { category: 'behavioural', preferTopics: firstBehaviouralTopics }
        : { category: 'behavioural' },
      { category: 'behavioural' },
      { category: 'values' },
      { category: 'values', optional: true },
    ],
    dropRank: 3,
  };
}

/** Production ownership: roll back or fix forward, is it healthy now, the last incident. */
function productionOwnership(minutes: number, dropRank: number): StageTemplate {
  return {
    key: 'production-ownership',
    name: 'Production ownership',
    kind: 'production-ownership',
    minutes,
    minMinutes: 30,
    overheadMinutes: 5,
    focus: ['operational_judgment', 'debugging'],
    slots: [{ category: 'situational', preferTopics: ['production-ownership'] }, { category: 'situational' }],
    dropRank,
  };
}

/** System design under "now I break it" follow-ups: one design question fills most of the hour. */
function systemDesign(minutes: number, slots: readonly SlotTemplate[], name: string): StageTemplate {
  return {
    key: 'system-design',
    name,
    kind: 'system-design',
    minutes,
    minMinutes: 30,
    overheadMinutes: 5,
    focus: ['system_design', 'tradeoff_reasoning'],
    slots,
    dropRank: 4,
  };
}

const JUNIOR: LevelTemplate = {
  level: 'junior',
  defaultMinutes: 210,
  // The issue places production-ownership questions from mid up: a junior has rarely owned a
  // service in production, so such a question measures opportunity, not ability.
  excludeTopics: ['production-ownership'],
  stages: [
    SCREEN,
    hiringManager(45),
    technical(
      45,
      [
        // "One small real bug": the first technical question is a debugging one when the bank has it.
        { category: 'technical', preferTopics: ['debugging'] },
        { category: 'technical' },
      ],
      'Technical: fundamentals and one small real bug (live coding)',
    ),
    {
      // Junior swaps system design for a longer pairing session.
      key: 'pairing',
      name: 'Pairing session (longer, instead of system design)',
      kind: 'pairing',
      minutes: 90,
      minMinutes: 45,
      overheadMinutes: 10,
      focus: ['debugging', 'fundamentals', 'tradeoff_reasoning'],
      slots: [
        { category: 'technical' },
        { category: 'situational' },
        { category: 'situational' },
        { category: 'technical', optional: true },
      ],
      dropRank: 4,
      takeHome: {
        // Pairing is live coding; with a take-home the loop must not test coding twice, so the
        // long session becomes a conversation about the candidate's own submission.
        key: 'take-home-review',
        name: 'Take-home review (longer, instead of system design)',
        kind: 'take-home-review',
        notes: 'A conversation about the submitted take-home and the questions below; no new live coding.',
      },
    },
  ],
};

const MID: LevelTemplate = {
  level: 'mid',
  defaultMinutes: 225,
  excludeTopics: [],
  // Mid gets production ownership rather than a separate design round ("system design or
  // production ownership"); system design evidence comes from the technical questions.
  stages: [
    SCREEN,
    hiringManager(60, ['ownership']),
    technical(
      75,
      [
        { category: 'technical' },
        { category: 'technical' },
        { category: 'technical', preferTopics: ['debugging'] },
        { category: 'technical', optional: true },
      ],
      'Technical: fundamentals and a bug (live coding)',
    ),
    productionOwnership(60, 4),
  ],
};

const SENIOR: LevelTemplate = {
  level: 'senior',
  defaultMinutes: 240,
  excludeTopics: [],
  // Five stages: the typical loop of docs/product-rules.md (Loops) with cross-functional folded into the hiring
  // manager round, so both system design and production ownership get their own hour.
  stages: [
    SCREEN,
    hiringManager(60),
    technical(
      45,
      [{ category: 'technical', preferTopics: ['debugging'] }, { category: 'technical' }],
      'Technical: fundamentals and diagnosis before fixes (live coding)',
    ),
    systemDesign(
      60,
      [
        { category: 'technical', preferMinutes: DESIGN_QUESTION_MINUTES },
        { category: 'situational', optional: true },
      ],
      'System design: sized, defended, then broken',
    ),
    productionOwnership(45, 5),
  ],
};

const STAFF: LevelTemplate = {
  level: 'staff',
  defaultMinutes: 270,
  excludeTopics: [],
  // Staff adds an architecture review. Rather than grow to six stages (which would warn
  // too-many-stages on every staff loop), production ownership moves into the hiring manager
  // round (its first behavioural question prefers production-ownership stories, e.g. changing
  // practice across teams) and the architecture review carries the situational questions.
  stages: [
    SCREEN,
    hiringManager(60, ['production-ownership']),
    technical(
      45,
      [{ category: 'technical' }, { category: 'technical' }],
      'Technical: depth and correctness (live coding)',
    ),
    systemDesign(
      60,
      [{ category: 'technical', preferMinutes: DESIGN_QUESTION_MINUTES }],
      'System design: sized, defended, then broken',
    ),
    {
      key: 'architecture-review',
      name: 'Architecture review: cross-team decisions and their cost',
      kind: 'architecture-review',
      minutes: 75,
      minMinutes: 30,
      overheadMinutes: 5,
      focus: ['system_design', 'tradeoff_reasoning', 'operational_judgment'],
      slots: [
        { category: 'situational', preferTopics: ['architecture', 'decision-making'] },
        { category: 'situational' },
        // "A decision they reversed and its cost."
        { category: 'behavioural', optional: true, preferTopics: ['decision-making', 'architecture'] },
      ],
      dropRank: 5,
    },
  ],
};

/** The shipped templates, one per level. */
export const LEVEL_TEMPLATES: Readonly<Record<Level, LevelTemplate>> = {
  junior: JUNIOR,
  mid: MID,
  senior: SENIOR,
  staff: STAFF,
};

/** Apply the exercise choice: with a take-home, stages carrying a take-home variant take it. */
export function resolveStages(template: LevelTemplate, exercise: ExerciseKind): ResolvedStage[] {
  return template.stages.map(({ takeHome, ...stage }) => {
    const variant = exercise === 'take-home' ? takeHome : undefined;
    return {
      ...stage,
      ...(variant?.key !== undefined && { key: variant.key }),
      ...(variant?.name !== undefined && { name: variant.name }),
      ...(variant?.kind !== undefined && { kind: variant.kind }),
      ...(variant?.overheadMinutes !== undefined && { overheadMinutes: variant.overheadMinutes }),
      ...(variant?.notes !== undefined && { notes: variant.notes }),
      sharedOnly: variant?.sharedOnly ?? false,
      paid: variant?.paid ?? false,
    };
  });
}
