/**
 * The optional LLM grade on the test split: run only when a real OpenAI-compatible endpoint is
 * configured (CALIPER_LLM_BASE_URL, CALIPER_LLM_MODEL, CALIPER_LLM_API_KEY), reporting how it
 * agrees with the raters and with the built-in grade. Without one, it says so.
 */
import { loadBuiltInBank } from '../src/content/load-bank.js';
import type { CorpusAnswer } from '../src/content/load-corpus.js';
import type { Grade } from '../src/domain/grader/grade.js';
import { type AgreementItem, llmAgreement } from '../src/services/practice/llm-agreement.js';

/** A markdown paragraph with the LLM figures, or why there are none. */
export async function llmParagraph(graded: readonly { a: CorpusAnswer; g: Grade }[]): Promise<string> {
  const baseUrl = process.env.CALIPER_LLM_BASE_URL;
  if (!baseUrl) {
    return 'LLM grade: no endpoint configured (`CALIPER_LLM_BASE_URL`), so its agreement was not measured in this run.';
  }
  const llm = { baseUrl, model: process.env.CALIPER_LLM_MODEL ?? 'default', apiKey: process.env.CALIPER_LLM_API_KEY };
  const bank = new Map(loadBuiltInBank().map((q) => [q.id, q]));
  const items: AgreementItem[] = graded.flatMap(({ a, g }) => {
    const question = bank.get(a.questionId);
    const label = (a.labels[0].overall + a.labels[1].overall) / 2;
    return question ? [{ question, answer: a.answer, builtIn: g, label }] : [];
  });
  const r = await llmAgreement(llm, items);
  return [
    `LLM grade (model \`${llm.model}\`) on ${r.graded} test answers (${r.failed} failed):`,
    `Spearman with the mean label ${r.llmVsLabel.toFixed(3)},`,
    `with the built-in grade ${r.llmVsBuiltIn.toFixed(3)}`,
    `(built-in with the mean label on the same answers ${r.builtInVsLabel.toFixed(3)}).`,
  ].join(' ');
}
