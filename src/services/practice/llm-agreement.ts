/**
 * How the optional LLM grade agrees with people and with the built-in grade, over labelled
 * answers (the validation corpus's test split, in `npm run bench:grader`). Only a real endpoint
 * gives a figure worth reporting; a fake one checks the plumbing.
 */
import type { Grade } from '../../domain/grader/grade.js';
import { spearman } from '../../domain/grader/stats.js';
import type { TQuestion } from '../../shared/schemas/question.js';
import { gradeWithLlm, type LlmEndpoint, type LlmGradeOptions } from './llm-grade.js';

/** One labelled answer with its built-in grade. */
export interface AgreementItem {
  readonly question: TQuestion;
  readonly answer: string;
  readonly builtIn: Grade;
  /** The people's label (the mean of the raters), 1..5. */
  readonly label: number;
}

/** Spearman correlations over the answers the model graded, and how many it failed. */
export interface LlmAgreement {
  readonly graded: number;
  readonly failed: number;
  readonly llmVsLabel: number;
  readonly llmVsBuiltIn: number;
  readonly builtInVsLabel: number;
}

/** Grades each item with the model, one after another, and compares. */
export async function llmAgreement(
  llm: LlmEndpoint,
  items: readonly AgreementItem[],
  opts: LlmGradeOptions = {},
): Promise<LlmAgreement> {
  const rows: Array<{ llm: number; builtIn: number; label: number }> = [];
  let failed = 0;
  for (const item of items) {
    const r = await gradeWithLlm(llm, item.question, item.answer, item.builtIn, opts);
    if (r.grade) rows.push({ llm: r.grade.overall, builtIn: item.builtIn.overall, label: item.label });
    else failed++;
  }
  const rho = (x: (r: (typeof rows)[number]) => number, y: (r: (typeof rows)[number]) => number) =>
    spearman(rows.map(x), rows.map(y));
  return {
    graded: rows.length,
    failed,
    llmVsLabel: rho(
      (r) => r.llm,
      (r) => r.label,
    ),
    llmVsBuiltIn: rho(
      (r) => r.llm,
      (r) => r.builtIn,
    ),
    builtInVsLabel: rho(
      (r) => r.builtIn,
      (r) => r.label,
    ),
  };
}
