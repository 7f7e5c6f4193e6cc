import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { gradeAnswer } from '../../domain/grader/grade.js';
import { drawRound } from '../../domain/practice/draw.js';
import { type GradedAnswer, historyOf, progressOf } from '../../domain/practice/history.js';
import { buildPlan } from '../../domain/practice/plan.js';
import { TRACKS, type Track } from '../../domain/practice/tracks.js';
import { publicBank, publicQuestion } from '../../services/practice/public-bank.js';
import { type Dimension, LEVELS, type Level } from '../../shared/schemas/vocabulary.js';
import { readText } from '../bank-file.js';
import { CliError, output } from '../errors.js';
import { formatGrade } from '../grade-format.js';
import { intFlag, oneOf } from '../options.js';
import { DEFAULT_HISTORY_FILE, readHistory, writeHistory } from '../practice-history.js';
import { dimensionMeans, finalGrade, formatSummary, type RoundResult } from '../practice-summary.js';

/** Read one answer from the terminal: ends at an empty line or Ctrl-D, with reminders as time runs out. */
function readAnswer(limitSeconds: number): Promise<{ text: string; seconds: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const lines: string[] = [];
    const rl = createInterface({ input: process.stdin, terminal: false });
    const remind = setInterval(() => {
      const left = limitSeconds - Math.round((Date.now() - started) / 1000);
      if (left === 60 || left === 0)
        process.stderr.write(left === 0 ? '\n[time is up: finish your sentence]\n' : '\n[1 minute left]\n');
    }, 1000);
    const done = () => {
      clearInterval(remind);
      rl.close();
      resolve({ text: lines.join('\n').trim(), seconds: Math.round((Date.now() - started) / 1000) });
    };
    rl.on('line', (line) => (line.trim() === '' && lines.length > 0 ? done() : lines.push(line)));
    rl.on('close', () => {
      clearInterval(remind);
      resolve({ text: lines.join('\n').trim(), seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

/** `caliper practice` and `caliper grade`: the coach in a terminal. */
export function registerPractice(program: Command): void {
  program
    .command('grade')
    .description('grade an answer against a bank question (practice feedback)')
    .requiredOption('--question <id>', 'bank question id')
    .requiredOption('--answer-file <file>', 'a text file with the answer')
    .option('--level <level>', `one of: ${LEVELS.join(', ')} (default: the question's first level)`)
    .option('--json', "print the grader's JSON")
    .action((opts: { question: string; answerFile: string; level?: string; json?: boolean }) => {
      const question = publicQuestion(opts.question);
      if (!question) throw new CliError(`no question with id ${opts.question}`);
      const level = oneOf('level', opts.level, LEVELS);
      const grade = gradeAnswer(question, readText(opts.answerFile), level ? { level } : {});
      output(Boolean(opts.json), grade, () => formatGrade(grade));
    });

  program
    .command('practice')
    .description('a timed practice round in the terminal; end each answer with an empty line or Ctrl-D')
    .option('--level <level>', `one of: ${LEVELS.join(', ')}`, 'mid')
    .option('--track <track>', `one of: ${TRACKS.join(', ')}`, 'mix')
    .option('--minutes <n>', 'length of the round, 15–60', '30')
    .option('--question <id>', 'practise this one bank question (as the prep plan suggests)')
    .option('--days <n>', 'days until your interview, for the prep plan (1–60)', '7')
    .option('--history <file>', 'where your graded answers are kept for progress and planning', DEFAULT_HISTORY_FILE)
    .option('--no-history', 'keep nothing from this round')
    .option(
      '--answers-file <file>',
      'answers separated by lines of ---, instead of typing (for scripts); a line of +++ inside an answer starts its follow-up answer',
    )
    .option('--json', 'print the round, its grades, the plan and progress as JSON')
    .action(async (opts: PracticeOptions) => {
      const level = oneOf('level', opts.level, LEVELS) as Level;
      const track = oneOf('track', opts.track, TRACKS) as Track;
      const minutes = intFlag('minutes', opts.minutes, 15, 60) ?? 30;
      const days = intFlag('days', opts.days, 1, 60) ?? 7;
      const historyFile = typeof opts.history === 'string' ? opts.history : undefined;
      const history = historyFile ? readHistory(historyFile) : [];
      const scripted = opts.answersFile
        ? readText(opts.answersFile)
            .split(/^---\s*$/m)
            .map((a) => a.split(/^\+\+\+\s*$/m).map((part) => part.trim()))
        : undefined;
      const round = opts.question
        ? [{ id: oneQuestion(opts.question, level).id, minutes: oneQuestion(opts.question, level).minutes }]
        : drawRound(publicBank(), { level, track, minutes, seed: `${Date.now()}` }, historyOf(history));
      const say = (text: string) => {
        if (!opts.json) process.stdout.write(text);
      };
      say(
        `Practice round: ${level}, ${track}, ${minutes} minutes, ${round.length} questions. Coaching only, not a hiring verdict.\n`,
      );
      const results: RoundResult[] = [];
      for (const [i, drawn] of round.entries()) {
        const question = publicQuestion(drawn.id);
        if (!question) continue;
        if (scripted && i >= scripted.length) break;
        say(`\n${i + 1}/${round.length} (${drawn.minutes} min) ${question.text}\n> `);
        const answer = scripted ? { text: scripted[i]?.[0] ?? '', seconds: 0 } : await readAnswer(drawn.minutes * 60);
        const grade = gradeAnswer(question, answer.text, { level });
        say(`\n${formatGrade(grade)}\n`);
        const result: RoundResult = {
          questionId: question.id,
          question: question.text,
          seconds: answer.seconds,
          grade,
        };
        if (grade.followUp) {
          say(`\nFollow-up (answer it, or press Enter to move on): ${grade.followUp.text}\n> `);
          const reply = scripted ? (scripted[i]?.[1] ?? '') : (await readAnswer(FOLLOW_UP_SECONDS)).text;
          if (reply.trim()) {
            // The whole exchange is graded together, as an interviewer weighs it.
            const after = gradeAnswer(question, `${answer.text.trimEnd()}\n\n${reply.trim()}`, { level });
            say(`\nAfter the follow-up: ${after.overall.toFixed(1)} / 5 (was ${grade.overall.toFixed(1)})\n`);
            results.push({
              ...result,
              followUp: { question: grade.followUp.text, answer: reply.trim(), grade: after },
            });
            continue;
          }
        }
        results.push(result);
      }
      const roundId = `cli-${Date.now()}`;
      const all = [...history, ...results.map((r) => gradedAnswer(r, roundId))];
      if (historyFile && results.length > 0) writeHistory(historyFile, all);
      const plan = buildPlan(publicBank(), level, days, historyOf(all));
      const progress = progressOf(all).map(({ roundId: id, at, overall }) => ({ roundId: id, at, overall }));
      if (opts.json)
        output(
          true,
          { level, track, minutes, answers: results, summary: dimensionMeans(results), plan, progress },
          () => '',
        );
      else if (results.length > 0) say(`${formatSummary(results, plan, progress)}\n`);
    });
}

/** How long the follow-up may take in the terminal. */
const FOLLOW_UP_SECONDS = 180;

interface PracticeOptions {
  level: string;
  track: string;
  minutes: string;
  question?: string;
  days: string;
  history: string | false;
  answersFile?: string;
  json?: boolean;
}

/** The one question asked for with --question, or a one-line error. */
function oneQuestion(id: string, level: Level): { id: string; minutes: number } {
  const q = publicQuestion(id);
  if (!q) throw new CliError(`no question with id ${id}`);
  if (!q.levels.includes(level)) throw new CliError(`${id} is not a ${level} question; pass --level ${q.levels[0]}`);
  return { id: q.id, minutes: q.minutes };
}

/** A round result as the history keeps it. */
function gradedAnswer(r: RoundResult, roundId: string): GradedAnswer {
  const grade = finalGrade(r);
  const dimensions: GradedAnswer['dimensions'] = {};
  for (const [d, v] of Object.entries(grade.dimensions)) dimensions[d as Dimension] = v.score;
  return {
    roundId,
    questionId: r.questionId,
    topics: publicQuestion(r.questionId)?.topics ?? [],
    overall: grade.overall,
    dimensions,
    at: new Date(),
  };
}
