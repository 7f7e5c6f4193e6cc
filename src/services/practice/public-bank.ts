import { loadBuiltInBank } from '../../content/load-bank.js';
import type { TQuestion } from '../../shared/schemas/question.js';

/**
 * Practice draws only from the public built-in bank: an organisation's own questions are
 * live interview material and must never leak into practice.
 */
export function publicQuestion(id: string): TQuestion | undefined {
  return loadBuiltInBank().find((q) => q.id === id);
}

/** The whole public bank. */
export function publicBank(): TQuestion[] {
  return loadBuiltInBank();
}
