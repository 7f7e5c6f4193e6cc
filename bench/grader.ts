/**
 * Grader benchmarks, in this process on one core: answers of 300 words graded per second, as a
 * ratio to plain tokenisation of the same texts, and the Spearman correlation between the
 * grader and the hand-labelled answers in src/content/practice/labelled-answers.json.
 */
import { readFileSync } from 'node:fs';
import { loadBuiltInBank } from '../src/content/load-bank.js';
import { gradeAnswer } from '../src/domain/grader/grade.js';
import { tokeniseOnly } from '../src/domain/grader/nlp.js';
import { spearman } from '../src/domain/grader/stats.js';

/** One grader figure. */
export interface GraderFigure {
  name: string;
  value: string;
  ratio: string;
  target: string;
}

/** A 300-word answer built from a question's own strong answer (repeated if shorter). */
function answerOf300Words(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  while (out.length < 300) out.push(...words);
  return out.slice(0, 300).join(' ');
}

/** Answers of 300 words graded per second on one core, and plain tokenisation for scale. */
export function graderSpeed(seconds: number): { perSecond: number; tokenisePerSecond: number } {
  const bank = loadBuiltInBank();
  const cases = bank.map((q) => ({ q, text: answerOf300Words(q.exampleAnswers.strong) }));
  for (const c of cases) gradeAnswer(c.q, c.text); // warm up the model, the vectors and each question's claims
  // Timed by this process's CPU time, not the wall clock, so other load on the machine does
  // not move the figures (and both sides of the ratio are measured the same way).
  const cpuSeconds = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const rate = (work: (i: number) => void) => {
    const start = cpuSeconds();
    let n = 0;
    while (cpuSeconds() - start < seconds) work(n++);
    return n / (cpuSeconds() - start);
  };
  const tokenisePerSecond = rate((i) => tokeniseOnly(cases[i % cases.length]?.text ?? ''));
  const perSecond = rate((i) => {
    const c = cases[i % cases.length];
    if (c) gradeAnswer(c.q, c.text);
  });
  return { perSecond, tokenisePerSecond };
}

/** Run the grader benchmarks for about `seconds` each. */
export function benchGrader(seconds: number): GraderFigure[] {
  const bank = loadBuiltInBank();
  const { perSecond: grade, tokenisePerSecond: tokenise } = graderSpeed(seconds);

  const labelled: { questionId: string; label: number; answer: string }[] = JSON.parse(
    readFileSync('src/content/practice/labelled-answers.json', 'utf8'),
  );
  const byId = new Map(bank.map((q) => [q.id, q]));
  const pairs = labelled.flatMap((l) => {
    const q = byId.get(l.questionId);
    return q ? [[gradeAnswer(q, l.answer).overall, l.label] as const] : [];
  });
  const rho = spearman(
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  );
  return [
    {
      name: 'grader, 300-word answers per second (one core)',
      value: grade.toFixed(0),
      ratio: `${(grade / tokenise).toFixed(3)} of plain tokenisation (${tokenise.toFixed(0)}/s)`,
      target: '≥ 200/s',
    },
    {
      name: `grader vs the older hand labels (dev only), Spearman over ${pairs.length} answers`,
      value: rho.toFixed(3),
      ratio: '—',
      target: '≥ 0.75',
    },
  ];
}
