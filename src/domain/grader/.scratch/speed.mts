import { loadBuiltInBank } from '../../../content/load-bank.js';
import { gradeAnswer } from '../grade.js';
import { tokeniseOnly } from '../nlp.js';

const bank = loadBuiltInBank();
// 300-word answers: strong answers trimmed/padded to 300 words
const answers = bank.map((q) => {
  const w = q.exampleAnswers.strong.split(/\s+/);
  const out: string[] = [];
  while (out.length < 300) out.push(...w);
  return { q, text: out.slice(0, 300).join(' ') };
});
for (const { q, text } of answers.slice(0, 20)) gradeAnswer(q, text);
let n = 0;
const t0 = performance.now();
while (performance.now() - t0 < 5000) {
  const a = answers[n % answers.length]!;
  gradeAnswer(a.q, a.text);
  n++;
}
const gps = n / ((performance.now() - t0) / 1000);
n = 0;
const t1 = performance.now();
while (performance.now() - t1 < 3000) {
  tokeniseOnly(answers[n % answers.length]!.text);
  n++;
}
const tps = n / ((performance.now() - t1) / 1000);
console.log('grade/s', gps.toFixed(0), 'tokenise/s', tps.toFixed(0), 'ratio', (gps / tps).toFixed(3));
