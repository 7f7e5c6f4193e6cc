import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { type Grade, gradeAnswer } from '../../domain/grader/grade.js';
import { drawRound } from '../../domain/practice/draw.js';
import { historyOf } from '../../domain/practice/history.js';
import { TRACKS, type Track } from '../../domain/practice/tracks.js';
import { publicBank, publicQuestion } from '../../services/practice/public-bank.js';
import { LEVELS, type Level } from '../../shared/schemas/vocabulary.js';
import { readText } from '../bank-file.js';
import { CliError, output } from '../errors.js';
import { formatGrade } from '../grade-format.js';
import { intFlag, oneOf } from '../options.js';

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
    .option('--answers-file <file>', 'answers separated by lines of ---, instead of typing (for scripts)')
    .option('--json', 'print the round and its grades as JSON')
    .action(async (opts: { level: string; track: string; minutes: string; answersFile?: string; json?: boolean }) => {
      const level = oneOf('level', opts.level, LEVELS) as Level;
      const track = oneOf('track', opts.track, TRACKS) as Track;
      const minutes = intFlag('minutes', opts.minutes, 15, 60) ?? 30;
      const scripted = opts.answersFile
        ? readText(opts.answersFile)
            .split(/^---\s*$/m)
            .map((a) => a.trim())
        : undefined;
      const round = drawRound(publicBank(), { level, track, minutes, seed: `${Date.now()}` }, historyOf([]));
      const results: { questionId: string; seconds: number; grade: Grade }[] = [];
      if (!opts.json)
        process.stdout.write(
          `Practice round: ${level}, ${track}, ${minutes} minutes, ${round.length} questions. Coaching only, not a hiring verdict.\n`,
        );
      for (const [i, drawn] of round.entries()) {
        const question = publicQuestion(drawn.id);
        if (!question) continue;
        if (scripted && i >= scripted.length) break;
        if (!opts.json) process.stdout.write(`\n${i + 1}/${round.length} (${drawn.minutes} min) ${question.text}\n> `);
        const answer = scripted ? { text: scripted[i] ?? '', seconds: 0 } : await readAnswer(drawn.minutes * 60);
        const grade = gradeAnswer(question, answer.text, { level });
        results.push({ questionId: question.id, seconds: answer.seconds, grade });
        if (!opts.json) process.stdout.write(`\n${formatGrade(grade)}\n`);
      }
      if (opts.json) output(true, { level, track, minutes, answers: results }, () => '');
    });
}
