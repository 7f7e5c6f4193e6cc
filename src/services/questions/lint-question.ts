import { lintQuestions, lintText } from '../../domain/bank/lint.js';
import type { TLintReport } from '../../shared/schemas/question.js';

/**
 * Lint a question as it is being written, without storing it: whole-question issues plus
 * findings in the text with offsets, so an editor can underline them.
 */
export function lintQuestion(input: unknown): TLintReport {
  const text =
    typeof input === 'object' && input !== null && 'text' in input && typeof input.text === 'string' ? input.text : '';
  return {
    issues: lintQuestions([input]).map((i) => ({ ...i })),
    textFindings: lintText(text).map(({ severity, rule, message, match, start, end }) => ({
      severity,
      rule,
      message,
      match,
      start,
      end,
    })),
  };
}
