import { readFileSync } from 'node:fs';
import { loadBuiltInBank } from '../../../content/load-bank.js';
import { gradeAnswer } from '../grade.js';

const bank = loadBuiltInBank();
const labelled = JSON.parse(readFileSync('src/content/practice/labelled-answers.json', 'utf8')) as Array<{
  questionId: string;
  label: number;
  answer: string;
}>;
for (const l of labelled) {
  if (!l.answer.startsWith(process.argv[2]!)) continue;
  const q = bank.find((x) => x.id === l.questionId)!;
  const g = gradeAnswer(q, l.answer);
  console.log('=====', l.label, g.overall, l.questionId);
  for (const [d, v] of Object.entries(g.dimensions))
    if (v.score !== null) console.log(' ', d, v.score, v.reasons.filter((r) => !r.startsWith('Missing')).join(' | '));
  console.log(' hit:', g.signals.hit.map((h) => `${h.id}[${h.cues.join('/')}]${h.strength}`).join(', '));
  console.log(' missed:', g.signals.missed.map((h) => h.id).join(', '));
  console.log(' anti:', g.antiPatterns.map((a) => `${a.id} <<${a.quote}>>`).join('\n   '));
  console.log(' structure:', JSON.stringify(g.structure));
  console.log(' followUp:', g.followUp?.kind, g.followUp?.id, '-', g.followUp?.reason, '| notes', g.notes.join(' '));
}
