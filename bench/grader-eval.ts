/**
 * `npm run bench:grader`: the grader against the validation corpus (docs/grader-validation.md).
 * Grades every labelled answer, prints the figures for the held-out test split (and the dev
 * split it was tuned on, for contrast), checks the targets, and writes them to
 * bench/grader-results.md and src/content/grader/evaluation.json (read by the methodology page).
 * With CALIPER_LLM_BASE_URL set, the configured LLM grades the test split too and its agreement
 * with the raters and with the built-in grade is reported.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadBuiltInBank } from '../src/content/load-bank.js';
import { type CorpusAnswer, loadCorpus } from '../src/content/load-corpus.js';
import { builtInVectors } from '../src/domain/grader/built-in-vectors.js';
import { type EvaluatedAnswer, type EvaluationFigures, evaluate } from '../src/domain/grader/evaluation.js';
import { type Grade, gradeAnswer } from '../src/domain/grader/grade.js';
import { analyse } from '../src/domain/grader/nlp.js';
import { spearman } from '../src/domain/grader/stats.js';
import { graderSpeed } from './grader.js';
import { llmParagraph } from './grader-llm.js';
import { checkTargets, type TargetCheck } from './grader-targets.js';

const bank = new Map(loadBuiltInBank().map((q) => [q.id, q]));

function corpusCommit(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%H', '--', 'src/content/practice/corpus'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

function gradeOf(a: CorpusAnswer): Grade {
  const q = bank.get(a.questionId);
  if (!q) throw new Error(`corpus names unknown question ${a.questionId}`);
  return gradeAnswer(q, a.answer, { level: q.levels[0] });
}

function evaluated(a: CorpusAnswer, g: Grade): EvaluatedAnswer {
  const [la, lb] = a.labels;
  const dimensionLabels: Record<string, readonly [number, number]> = {};
  for (const d of Object.keys(la.dimensions)) {
    const x = la.dimensions[d];
    const y = lb.dimensions[d];
    if (x !== undefined && y !== undefined) dimensionLabels[d] = [x, y];
  }
  const dimensions: Record<string, number | null> = {};
  for (const [d, v] of Object.entries(g.dimensions)) dimensions[d] = v.score;
  return {
    id: a.id,
    kind: a.kind,
    style: a.style,
    derivedFrom: a.derivedFrom,
    words: analyse(a.answer).words,
    labels: [la.overall, lb.overall],
    dimensionLabels,
    signalLabels: [la.signals, lb.signals],
    overall: g.overall,
    dimensions,
    signalsHit: g.signals.hit.map((h) => h.id),
    contradictions: g.contradictions.length,
  };
}

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);

function figuresTable(name: string, f: EvaluationFigures): string {
  const rows = [
    `### ${name}: ${f.answers} answers over ${f.questions} questions`,
    '',
    '| figure | value |',
    '|---|---|',
    `| Spearman, grade vs mean of the two raters | ${f3(f.spearman)} |`,
    `| Spearman, rater A vs rater B | ${f3(f.raterSpearman)} |`,
    `| grader as a share of rater–rater agreement | ${f3(f.shareOfRaterAgreement)} |`,
    `| raters' ICC(2,1) / Krippendorff's alpha (ordinal) | ${f3(f.raterIcc)} / ${f3(f.raterAlpha)} |`,
    `| Spearman within realistic kinds (strong, paraphrase, partial, mixed, vague, rambling) | ${f3(f.realisticSpearman)} |`,
    `| partial Spearman with word count held fixed | ${f3(f.partialForLength)} |`,
    `| (word count vs mean label, for reference) | ${f3(f.lengthSpearman)} |`,
    `| written answers: n, Spearman | ${f.written.n}, ${f3(f.written.spearman)} |`,
    `| imitated speech: n, Spearman | ${f.spoken.n}, ${f3(f.spoken.spearman)} |`,
    `| signals: precision / recall over ${f.signals.answers} answers | ${f3(f.signals.precision)} / ${f3(f.signals.recall)} |`,
    `| fluent denials at most 2.5 / flagged | ${f.denials.atMost25} of ${f.denials.n} / ${f.denials.flagged} of ${f.denials.n} |`,
    `| paraphrases within 1.0 of their original | ${f.paraphrases.within1} of ${f.paraphrases.n} |`,
    `| term lists at most 2 | ${f.keywordLists.atMost2} of ${f.keywordLists.n} |`,
    '',
    '| kind | n | mean label | mean grade | mean abs. error |',
    '|---|---|---|---|---|',
    ...f.kinds.map((k) => `| ${k.kind} | ${k.n} | ${f2(k.meanLabel)} | ${f2(k.meanGrade)} | ${f2(k.meanAbsError)} |`),
    '',
    '| dimension | n | Spearman vs raters | rater vs rater | partial, length fixed |',
    '|---|---|---|---|---|',
    ...f.dimensions.map(
      (d) => `| ${d.dimension} | ${d.n} | ${f3(d.spearman)} | ${f3(d.raterSpearman)} | ${f3(d.partialForLength)} |`,
    ),
  ];
  return rows.join('\n');
}

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const started = performance.now();
  builtInVectors();
  const loadMs = performance.now() - started;
  const vectorBytes = statSync(new URL('../src/content/grader/word-vectors.bin', import.meta.url)).size;
  const neighbourBytes = statSync(new URL('../src/content/grader/word-neighbours.bin', import.meta.url)).size;
  const graded = corpus.answers.map((a) => ({ a, g: gradeOf(a) }));
  const deterministic = graded.every(({ a, g }) => JSON.stringify(gradeOf(a)) === JSON.stringify(g));
  const split = (s: 'dev' | 'test') => graded.filter((x) => x.a.split === s).map(({ a, g }) => evaluated(a, g));
  const test = evaluate(split('test'), corpus.split.test.length);
  const dev = evaluate(split('dev'), corpus.split.dev.length);
  const speed = graderSpeed(Number(process.env.BENCH_SECONDS ?? 3));
  const checks: TargetCheck[] = checkTargets(test, deterministic, speed.perSecond);
  const llm = await llmParagraph(graded.filter((x) => x.a.split === 'test'));
  const commit = corpusCommit();
  const date = new Date().toISOString().slice(0, 10);
  const met = checks.filter((c) => c.met).length;

  const md = [
    '# Grader validation',
    '',
    `Written by \`npm run bench:grader\` on ${date}. Corpus commit \`${commit}\`; the protocol is in docs/grader-validation.md.`,
    corpus.unlabelledBatches.length > 0
      ? `Batches without both raters' labels yet, left out: ${corpus.unlabelledBatches.join(', ')}.`
      : "Every batch has both raters' labels.",
    '',
    `## Targets on the held-out test split: ${met} of ${checks.length} met`,
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.target} | ${c.measured} | ${c.met ? 'yes' : '**no**'} |`),
    '',
    `Word vectors: ${(vectorBytes / 1e6).toFixed(1)} MB and their precomputed neighbour lists ${(neighbourBytes / 1e6).toFixed(1)} MB on disk, loaded together in ${loadMs.toFixed(0)} ms. Speed: ${speed.perSecond.toFixed(0)} answers of 300 words per second on one core (${f3(speed.perSecond / speed.tokenisePerSecond)} of plain tokenisation).`,
    '',
    llm,
    '',
    '## Figures',
    '',
    figuresTable('Test split (held out: never tuned on)', test),
    '',
    figuresTable('Dev split (tuned on)', dev),
    '',
  ].join('\n');
  writeFileSync(new URL('./grader-results.md', import.meta.url), md);
  writeFileSync(
    new URL('../src/content/grader/evaluation.json', import.meta.url),
    `${JSON.stringify({ date, corpusCommit: commit, answers: test.answers, questions: test.questions, targets: checks }, null, 2)}\n`,
  );
  appendHistory(date, commit, test, met, checks.length);
  process.stdout.write(`${md}\n`);
  const oldSet = graderOldSet();
  process.stdout.write(`Older 96-answer dev set: Spearman ${f3(oldSet)}\n`);
}

const HISTORY = new URL('./grader-history.md', import.meta.url);

/** Appends this run to the dated log of held-out runs (never edited by hand). */
function appendHistory(date: string, corpus: string, f: EvaluationFigures, met: number, of: number): void {
  let code = 'unknown';
  try {
    code = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // Outside a git checkout the code version is unknown.
  }
  if (!existsSync(HISTORY)) {
    writeFileSync(
      HISTORY,
      [
        '# Grader runs on the held-out test split',
        '',
        'Appended by `npm run bench:grader` on every run; never edited by hand.',
        '',
        '| date | code | corpus | Spearman | realistic kinds | partial (length) | signal P / R | targets met |',
        '|---|---|---|---|---|---|---|---|',
        '',
      ].join('\n'),
    );
  }
  appendFileSync(
    HISTORY,
    `| ${date} | ${code} | ${corpus.slice(0, 7)} | ${f3(f.spearman)} | ${f3(f.realisticSpearman)} | ${f3(f.partialForLength)} | ${f3(f.signals.precision)} / ${f3(f.signals.recall)} | ${met} of ${of} |\n`,
  );
}

/** Spearman on the older hand-labelled set (dev only: the grader was built with it in view). */
function graderOldSet(): number {
  const labelled: { questionId: string; label: number; answer: string }[] = JSON.parse(
    readFileSync(new URL('../src/content/practice/labelled-answers.json', import.meta.url), 'utf8'),
  );
  const pairs = labelled.flatMap((l) => {
    const q = bank.get(l.questionId);
    return q ? [[gradeAnswer(q, l.answer).overall, l.label] as const] : [];
  });
  return spearman(
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  );
}

await main();
