/**
 * The optional LLM grade on the test split: run only when a real OpenAI-compatible endpoint is
 * configured (CALIPER_LLM_BASE_URL, CALIPER_LLM_MODEL, CALIPER_LLM_API_KEY), reporting how it
 * agrees with the raters and with the built-in grade. Without one, it says so.
 */

import { loadBuiltInBank } from '../src/content/load-bank.js';
import type { CorpusAnswer } from '../src/content/load-corpus.js';
import type { Grade } from '../src/domain/grader/grade.js';
import { spearman } from '../src/domain/grader/stats.js';
import { gradeWithLlm } from '../src/services/practice/llm-grade.js';

/** A markdown paragraph with the LLM figures, or why there are none. */
export async function llmAgreement(graded: readonly { a: CorpusAnswer; g: Grade }[]): Promise<string> {
  const baseUrl = process.env.CALIPER_LLM_BASE_URL;
  if (!baseUrl) {
    return 'LLM grade: no endpoint configured (`CALIPER_LLM_BASE_URL`), so its agreement was not measured in this run.';
  }
  const llm = { baseUrl, model: process.env.CALIPER_LLM_MODEL ?? 'default', apiKey: process.env.CALIPER_LLM_API_KEY };
  const bank = new Map(loadBuiltInBank().map((q) => [q.id, q]));
  const rows: Array<{ llm: number; builtIn: number; label: number }> = [];
  let failed = 0;
  for (const { a, g } of graded) {
    const q = bank.get(a.questionId);
    if (!q) continue;
    const r = await gradeWithLlm(llm, q, a.answer, g);
    if (!r.grade) {
      failed++;
      continue;
    }
    rows.push({ llm: r.grade.overall, builtIn: g.overall, label: (a.labels[0].overall + a.labels[1].overall) / 2 });
  }
  const rho = (x: (r: (typeof rows)[number]) => number, y: (r: (typeof rows)[number]) => number) =>
    spearman(rows.map(x), rows.map(y)).toFixed(3);
  return [
    `LLM grade (model \`${llm.model}\`) on ${rows.length} test answers (${failed} failed):`,
    `Spearman with the mean label ${rho(
      (r) => r.llm,
      (r) => r.label,
    )},`,
    `with the built-in grade ${rho(
      (r) => r.llm,
      (r) => r.builtIn,
    )}`,
    `(built-in with the mean label on the same answers ${rho(
      (r) => r.builtIn,
      (r) => r.label,
    )}).`,
  ].join(' ');
}
