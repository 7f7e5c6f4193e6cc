import { readFileSync } from 'node:fs';
import { loadBuiltInBank } from '../../../content/load-bank.js';
import { gradeAnswer } from '../grade.js';

const bank = loadBuiltInBank();
const byId = new Map(bank.map((q) => [q.id, q]));
const margins: Array<[number, string, number, number]> = [];
for (const q of bank) {
  const s = gradeAnswer(q, q.exampleAnswers.strong);
  const w = gradeAnswer(q, q.exampleAnswers.weak);
  margins.push([Math.round((s.overall - w.overall) * 10) / 10, q.id, s.overall, w.overall]);
}
margins.sort((a, b) => a[0] - b[0]);
const vals = margins.map((m) => m[0]);
console.log('min', vals[0], 'median', vals[Math.floor(vals.length / 2)], 'fails', vals.filter((v) => v < 1.5).length);
for (const m of margins.slice(0, Number(process.env.SHOW ?? 12))) console.log(m.join('  '));
const strongs = margins.map((m) => m[2]);
const weaks = margins.map((m) => m[3]);
console.log(
  'strong min/med',
  Math.min(...strongs),
  strongs.sort((a, b) => a - b)[56],
  'weak max/med',
  Math.max(...weaks),
  weaks.sort((a, b) => a - b)[56],
);
// salad
let saladFail = 0;
for (const q of bank) {
  const cues = q.lookFor.flatMap((s) => s.cues);
  for (const ans of [
    cues.join(', '),
    cues.join(' '),
    cues.map((c) => `- ${c}`).join('\n'),
    q.lookFor.map((s) => s.cues.join(', ')).join('. ') + '.',
  ]) {
    const g = gradeAnswer(q, ans);
    if (g.overall > 2) {
      saladFail++;
      if (saladFail < 5) console.log('SALAD', q.id, g.overall, JSON.stringify(ans.slice(0, 80)));
    }
  }
}
console.log('salad failures', saladFail);
// labelled
const labelled = JSON.parse(readFileSync('src/content/practice/labelled-answers.json', 'utf8')) as Array<{
  questionId: string;
  label: number;
  answer: string;
}>;
const xs: number[] = [],
  ys: number[] = [];
const rows: string[] = [];
for (const l of labelled) {
  const g = gradeAnswer(byId.get(l.questionId)!, l.answer);
  xs.push(g.overall);
  ys.push(l.label);
  rows.push(
    `${l.label} ${g.overall} ${l.questionId} ${g.antiPatterns.map((a) => a.id).join(',')} :: ${l.answer.slice(0, 60).replace(/\n/g, ' ')}`,
  );
}
function ranks(v: number[]) {
  const idx = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array(v.length);
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    for (let k = i; k <= j; k++) r[idx[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}
function pearson(a: number[], b: number[]) {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n,
    mb = b.reduce((s, x) => s + x, 0) / n;
  let num = 0,
    da = 0,
    db = 0;
  for (let i = 0; i < n; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}
console.log('spearman', pearson(ranks(xs), ranks(ys)).toFixed(3));
if (process.env.ROWS) for (const r of rows.sort()) console.log(r);
