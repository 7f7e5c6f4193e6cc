/**
 * The loop composer's contracts: what it reads from a question, what it is asked for and what
 * it returns. Kept apart from the algorithm so the CLI, the web app and the tests can import
 * the shapes without the code.
 */
import type { Category, Dimension, Level, Topic } from '../../shared/schemas/vocabulary.js';

/**
 * The fields of a question the composer reads: structurally a read-only Pick of TQuestionDraft,
 * so complete bank questions, organisation drafts and test fixtures all fit. `shareInAdvance`
 * may be absent on a draft; it then defaults by category (sharedInAdvanceByDefault).
 */
export interface TQuestionLike {
  readonly id: string;
  readonly category: Category;
  readonly levels: readonly Level[];
  readonly topics: readonly Topic[];
  /** Primary dimension first: the composer credits earlier dimensions with more of the question's time. */
  readonly dimensions: readonly Dimension[];
  readonly minutes: number;
  readonly shareInAdvance?: boolean | undefined;
  /** Only the count matters here: fewer than 3 signals means the rubric is missing. */
  readonly lookFor: readonly unknown[];
}

/** Whether the loop's coding evidence comes from a paid take-home or a live-coding round; never both. */
export type ExerciseKind = 'take-home' | 'live-coding';

/** A published pay band (yearly base). Only USD bands can be checked against the anchors. */
export interface PayBand {
  readonly min: number;
  readonly max: number;
  readonly currency?: string;
}

/** What to compose. */
export interface ComposeInput {
  readonly level: Level;
  /** Candidate-time budget in whole minutes; defaults by level (junior 210, mid 225, senior 240, staff 270). */
  readonly minutes?: number;
  readonly band?: PayBand;
  /** Defaults to live coding. */
  readonly exercise?: ExerciseKind;
  /** Fee for a take-home in USD, 150–300 (docs/product-rules.md, Loops: about $150–300 for two hours); default 200. */
  readonly takeHomeFeeUsd?: number;
}

/** What each stage is, so the web app can pick an icon and the tests can check exercise rules. */
export type StageKind =
  | 'screen'
  | 'hiring-manager'
  | 'live-coding'
  | 'take-home'
  | 'pairing'
  | 'take-home-review'
  | 'system-design'
  | 'production-ownership'
  | 'architecture-review';

/** One question placed in a stage, with the reason it was picked. */
export interface StageQuestion {
  readonly id: string;
  /** In words: which gap it fills, which dimension, and its place in the kit's category count. */
  readonly why: string;
  /** The dimension whose gap this pick reduces most (null only for a question with no dimensions). */
  readonly dimension: Dimension | null;
  readonly category: Category;
  readonly minutes: number;
}

/** One stage of the loop. */
export interface Stage {
  readonly key: string;
  readonly name: string;
  readonly kind: StageKind;
  /** Candidate minutes, 0 when the stage got no question (see the warnings). */
  readonly minutes: number;
  /** The dimensions the stage's questions give evidence for, in vocabulary order. */
  readonly dimensions: Dimension[];
  readonly questions: StageQuestion[];
  /** Present on a take-home: candidates are paid for their time. */
  readonly paid?: { readonly feeUsd: number };
  readonly notes?: string;
}

/** Every warning the composer can raise. */
export type WarningCode =
  | 'band-level-mismatch'
  | 'too-many-stages'
  | 'stage-without-questions'
  | 'stage-without-dimensions'
  | 'unbalanced-kit'
  | 'shared-question-missing-rubric'
  | 'over-budget'
  | 'not-enough-questions';

/** Something a hiring team should fix or accept knowingly before running the loop. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
  /** The stage key the warning is about, when it is about one stage. */
  readonly stage?: string;
}

/** Questions per category in the whole loop, and their total. */
export type KitCounts = Record<Category, number> & { total: number };

/** Per dimension: question-minutes credited to it, its share of all question-minutes, and the level's weight. */
export type Coverage = Record<Dimension, { minutes: number; share: number; weight: number }>;

/** A composed loop. Deterministic for the same input, bank and rubric. */
export interface ComposedLoop {
  readonly level: Level;
  readonly exercise: ExerciseKind;
  readonly budgetMinutes: number;
  readonly totalMinutes: number;
  readonly stages: Stage[];
  readonly kit: KitCounts;
  readonly coverage: Coverage;
  readonly warnings: Warning[];
}
