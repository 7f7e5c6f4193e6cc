import type { FieldProblem } from '../editor/humanise.js';
import { type LoopDraft, STAGE_MINUTES, stageMinutes } from './loop-draft.js';

/** Stages whose minutes the API would refuse, as problems linked to their inputs. */
export function minutesProblems(draft: LoopDraft): FieldProblem[] {
  return draft.stages
    .filter((s) => stageMinutes(s) === null)
    .map((s) => ({
      field: `stage-${s.key}-minutes`,
      message: `${s.name}: minutes must be a whole number from ${STAGE_MINUTES.min} to ${STAGE_MINUTES.max}`,
    }));
}

const PARTS: Record<string, { label: string; suffix: string | null }> = {
  minutes: { label: 'minutes', suffix: 'minutes' },
  questionIds: { label: 'questions', suffix: null },
  interviewerIds: { label: 'interviewers', suffix: 'interviewers' },
};

/** A 400 on save ("body.stages.2.minutes") as problems naming the stage and linking to its field. */
export function saveDetailProblems(draft: LoopDraft, details: { path: string; message: string }[]): FieldProblem[] {
  return details.map((d) => {
    const match = /^(?:body\.)?stages\.(\d+)(?:\.([A-Za-z]+))?/.exec(d.path);
    const stage = match ? draft.stages[Number(match[1])] : undefined;
    if (!stage) return { field: null, message: d.message };
    const part = match?.[2] ? PARTS[match[2]] : undefined;
    return {
      field: part?.suffix ? `stage-${stage.key}-${part.suffix}` : null,
      message: `${stage.name}${part ? `, ${part.label}` : ''}: ${d.message}`,
    };
  });
}
