/**
 * The shape of stage templates: what a level's loop is made of, as data an organisation could
 * edit. The shipped values live in stage-templates.ts.
 */
import type { Category, Dimension, Level, Topic } from '../../shared/schemas/vocabulary.js';
import type { StageKind } from './types.js';

/** One question to ask in a stage. */
export interface SlotTemplate {
  readonly category: Category;
  /** Filled only when the stage still has time and the kit has fewer than 10 questions. */
  readonly optional?: boolean;
  /** Questions on these topics are tried first (e.g. production ownership in its own stage). */
  readonly preferTopics?: readonly Topic[];
  /** Questions at least this long are tried first (a design question needs time to be sized, defended and broken). */
  readonly preferMinutes?: number;
}

/** What changes in a stage when the loop uses a take-home instead of live coding. */
export interface TakeHomeVariant {
  readonly key?: string;
  readonly name?: string;
  readonly kind?: StageKind;
  readonly overheadMinutes?: number;
  readonly notes?: string;
  /** Only questions shared in advance can be worked at home. */
  readonly sharedOnly?: boolean;
  /** The stage is the paid take-home itself. */
  readonly paid?: boolean;
}

/** One stage of a level's loop. */
export interface StageTemplate {
  readonly key: string;
  readonly name: string;
  readonly kind: StageKind;
  /** Default (and longest) length in candidate minutes. */
  readonly minutes: number;
  /** Shortest useful length when the budget is tight; below it the stage is dropped instead. */
  readonly minMinutes: number;
  /** Introductions and the candidate's own questions: time in the stage no bank question uses. */
  readonly overheadMinutes: number;
  /** Dimensions the stage's interviewer probes; questions whose primary dimension is here go first. */
  readonly focus: readonly Dimension[];
  readonly slots: readonly SlotTemplate[];
  /** When even the minimum lengths exceed the budget, the stage with the highest rank is dropped first. */
  readonly dropRank: number;
  /**
   * Set on a stage that by design asks no bank question and scores no rubric dimension; it is
   * then exempt from the stage-without-questions and stage-without-dimensions warnings.
   */
  readonly exemptReason?: string;
  readonly notes?: string;
  readonly takeHome?: TakeHomeVariant;
}

/** A level's loop. */
export interface LevelTemplate {
  readonly level: Level;
  /** Candidate-time budget when the caller gives none. */
  readonly defaultMinutes: number;
  /** Topics never asked at this level. */
  readonly excludeTopics: readonly Topic[];
  readonly stages: readonly StageTemplate[];
}

/** A stage with its exercise variant applied. */
export interface ResolvedStage extends Omit<StageTemplate, 'takeHome'> {
  readonly sharedOnly: boolean;
  readonly paid: boolean;
}
