import { loadBuiltInBank } from '../../../content/load-bank.js';
import { gradeAnswer } from '../grade.js';

const bank = loadBuiltInBank();
const counts: Record<string, [number, number]> = {};
for (const q of bank) {
  for (const which of ['strong', 'weak'] as const) {
    const g = gradeAnswer(q, q.exampleAnswers[which]);
    for (const a of g.antiPatterns) {
      counts[a.id] ??= [0, 0];
      counts[a.id]![which === 'strong' ? 0 : 1]++;
      if (which === 'strong' || process.env.WEAK) console.log(which, q.id, a.id, '<<', a.quote, '>>');
    }
  }
}
console.log(counts);
