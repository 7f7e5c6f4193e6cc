import type { Grade } from '../domain/grader/grade.js';
import { dimensionWords } from '../domain/rubric/rubric.js';
import { DIMENSIONS } from '../shared/schemas/vocabulary.js';

/** A grade as a person reads it in a terminal: the score, what was shown and missed, and what comes next. */
export function formatGrade(grade: Grade): string {
  const lines = [`Overall: ${grade.overall.toFixed(1)} / 5 (practice feedback, not a hiring verdict)`, ''];
  for (const d of DIMENSIONS) {
    const g = grade.dimensions[d];
    if (g.score === null) continue;
    const name = dimensionWords(d);
    lines.push(
      `  ${(name.charAt(0).toUpperCase() + name.slice(1)).padEnd(26)} ${g.score.toFixed(1)}  ${g.reasons[0] ?? ''}`,
    );
  }
  if (grade.signals.hit.length)
    lines.push('', 'Shown:', ...grade.signals.hit.map((h) => `  + ${h.text}\n      "${h.quote}"`));
  if (grade.signals.missed.length) lines.push('', 'Missed:', ...grade.signals.missed.map((m) => `  - ${m.text}`));
  if (grade.contradictions.length)
    lines.push(
      '',
      'Contradicts what the rubric looks for:',
      ...grade.contradictions.map((c) => `  x ${c.text}\n      "${c.quote}"`),
    );
  if (grade.antiPatterns.length)
    lines.push(
      '',
      'Watch out:',
      ...grade.antiPatterns.map((a) => `  ! ${a.name}: ${a.explanation}\n      "${a.quote}"`),
    );
  if (grade.followUp) lines.push('', `Next the interviewer would ask: ${grade.followUp.text}`);
  for (const n of grade.notes) lines.push(`note: ${n}`);
  return lines.join('\n');
}
