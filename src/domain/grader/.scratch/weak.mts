import { loadBuiltInBank } from '../../../content/load-bank.js';
import { gradeAnswer } from '../grade.js';

const bank = loadBuiltInBank();
for (const q of bank) {
  const g = gradeAnswer(q, q.exampleAnswers.weak);
  if (g.overall >= Number(process.env.MIN ?? 2.2))
    console.log(g.overall, q.id, q.category, g.antiPatterns.map((a) => a.id).join(','), '\n   ', q.exampleAnswers.weak);
}
