/**
 * The loop builder's working copy: pure functions over it (reorder, swap, minutes,
 * interviewers) and the edit the API takes. Nothing here renders or fetches.
 */
import type { TEditLoop, TLoop, TLoopStage } from '../../../src/shared/schemas/panel.js';
import { CATEGORIES, type Category } from '../../../src/shared/schemas/vocabulary.js';
import type { TLoopQuestion, TSwapSuggestion } from '../api/panel-types.js';

/** A question in the working copy; `swappedFrom` is the id it replaced since the last save. */
export interface DraftQuestion extends TLoopQuestion {
  swappedFrom?: string;
}

/** A stage in the working copy; minutes stay text while typed. */
export interface DraftStage extends Omit<TLoopStage, 'minutes' | 'questions'> {
  minutes: string;
  questions: DraftQuestion[];
}

/** The working copy of a loop. */
export interface LoopDraft {
  version: number;
  stages: DraftStage[];
}

/** Stage minutes the API accepts. */
export const STAGE_MINUTES = { min: 5, max: 240 } as const;

/** The working copy of a loop as the server sent it. */
export function draftOf(loop: TLoop): LoopDraft {
  return {
    version: loop.version,
    stages: loop.stages.map((s) => ({
      ...s,
      minutes: String(s.minutes),
      questions: s.questions.map((q) => ({ ...q })),
    })),
  };
}

function updateStage(draft: LoopDraft, key: string, change: (stage: DraftStage) => DraftStage): LoopDraft {
  return { ...draft, stages: draft.stages.map((s) => (s.key === key ? change(s) : s)) };
}

/** Move the question at `from` to `to` within one stage (out-of-range moves change nothing). */
export function moveQuestion(draft: LoopDraft, key: string, from: number, to: number): LoopDraft {
  return updateStage(draft, key, (stage) => {
    const count = stage.questions.length;
    if (from === to || from < 0 || to < 0 || from >= count || to >= count) return stage;
    const questions = [...stage.questions];
    const [moved] = questions.splice(from, 1);
    if (!moved) return stage;
    questions.splice(to, 0, moved);
    return { ...stage, questions };
  });
}

/** Put a suggested question in place of the one at `index`. */
export function swapQuestion(draft: LoopDraft, key: string, index: number, suggestion: TSwapSuggestion): LoopDraft {
  return updateStage(draft, key, (stage) => {
    const old = stage.questions[index];
    if (!old) return stage;
    const replacement: DraftQuestion = {
      id: suggestion.id,
      version: 0,
      text: suggestion.text,
      category: suggestion.category,
      minutes: suggestion.minutes,
      dimension:
        old.dimension !== null && suggestion.dimensions.includes(old.dimension)
          ? old.dimension
          : (suggestion.dimensions[0] ?? null),
      why: suggestion.reason,
      swappedFrom: old.swappedFrom ?? old.id,
    };
    return { ...stage, questions: stage.questions.map((q, i) => (i === index ? replacement : q)) };
  });
}

/** Change a stage's minutes (as typed). */
export function setStageMinutes(draft: LoopDraft, key: string, minutes: string): LoopDraft {
  return updateStage(draft, key, (stage) => ({ ...stage, minutes }));
}

/** Change who interviews at a stage. */
export function setStageInterviewers(draft: LoopDraft, key: string, interviewerIds: string[]): LoopDraft {
  return updateStage(draft, key, (stage) => ({ ...stage, interviewerIds }));
}

/** The stage minutes as a number, or null when they are not whole minutes the API accepts. */
export function stageMinutes(stage: DraftStage): number | null {
  const text = stage.minutes.trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= STAGE_MINUTES.min && n <= STAGE_MINUTES.max ? n : null;
}

/** The whole working copy as the API's edit (call only when every stage's minutes are valid). */
export function toEditLoop(draft: LoopDraft): TEditLoop {
  return {
    stages: draft.stages.map((s) => ({
      key: s.key,
      minutes: stageMinutes(s) ?? Number(s.minutes),
      questionIds: s.questions.map((q) => q.id),
      interviewerIds: s.interviewerIds,
    })),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** True when the stage's questions or their order differ from the saved loop. */
export function questionsChanged(saved: TLoop, stage: DraftStage): boolean {
  const before = saved.stages.find((s) => s.key === stage.key);
  return (
    !before ||
    !sameList(
      before.questions.map((q) => q.id),
      stage.questions.map((q) => q.id),
    )
  );
}

/** Stages whose questions changed although a candidate has been interviewed there. */
export function lockedChanges(saved: TLoop, draft: LoopDraft): DraftStage[] {
  return draft.stages.filter((s) => s.locked && questionsChanged(saved, s));
}

/** True when the working copy differs from the saved loop in anything the API stores. */
export function isDirty(saved: TLoop, draft: LoopDraft): boolean {
  return draft.stages.some((s) => {
    const before = saved.stages.find((b) => b.key === s.key);
    if (!before) return true;
    return (
      questionsChanged(saved, s) ||
      String(before.minutes) !== s.minutes.trim() ||
      !sameList([...before.interviewerIds].sort(), [...s.interviewerIds].sort())
    );
  });
}

/** Questions per category across the working copy, and their total. */
export type KitCount = Record<Category, number> & { total: number };

/** Count the working copy's questions by category. */
export function kitOf(draft: LoopDraft): KitCount {
  const kit = { ...Object.fromEntries(CATEGORIES.map((c) => [c, 0])), total: 0 } as KitCount;
  for (const stage of draft.stages) {
    for (const q of stage.questions) {
      kit[q.category]++;
      kit.total++;
    }
  }
  return kit;
}

/** Every question id in the working copy (suggestions already in the loop are left out). */
export function idsInDraft(draft: LoopDraft): Set<string> {
  return new Set(draft.stages.flatMap((s) => s.questions.map((q) => q.id)));
}
