import { loadRubric } from '../../domain/rubric/rubric.js';
import type { TRubric } from '../../shared/schemas/rubric.js';

/**
 * The rubric every panel and the practice coach score against: dimensions, default weights per
 * level, the 1–5 scale and per-level anchors. Published to anyone, as candidates are told how
 * they are scored.
 */
export function getRubric(): TRubric {
  return loadRubric();
}
