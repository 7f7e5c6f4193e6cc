import { loadBuiltInBank } from '../../../content/load-bank.js';
import { gradeAnswer } from '../grade.js';

const bank = loadBuiltInBank();
const q = bank.find((x) => x.id === process.argv[2])!;
for (const which of (process.argv[3] ?? 'strong,weak').split(',')) {
  const ans = which === 'strong' || which === 'weak' ? q.exampleAnswers[which] : which;
  const g = gradeAnswer(q, ans);
  console.log('=====', which, g.overall);
  for (const [d, v] of Object.entries(g.dimensions))
    if (v.score !== null) console.log(' ', d, v.score, v.reasons.filter((r) => !r.startsWith('Missing')).join(' | '));
  console.log(' hit:', g.signals.hit.map((h) => `${h.id}[${h.cues.join('/')}]${h.strength}`).join(', '));
  console.log(' missed:', g.signals.missed.map((h) => h.id).join(', '));
  console.log(' anti:', g.antiPatterns.map((a) => `${a.id} <<${a.quote}>>`).join('\n   '));
  console.log(
    ' structure:',
    JSON.stringify(
      Object.fromEntries(Object.entries(g.structure).map(([k, v]) => [k, typeof v === 'object' ? v.present : v])),
    ),
  );
  console.log(' followUp:', g.followUp?.kind, g.followUp?.id, '-', g.followUp?.reason, '| notes', g.notes.join(' '));
}
