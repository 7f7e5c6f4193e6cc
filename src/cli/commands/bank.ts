import type { Command } from 'commander';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { CATEGORIES, LEVELS, TOPICS } from '../../shared/schemas/vocabulary.js';
import { CliError, output } from '../errors.js';
import { oneOf } from '../options.js';
import { registerBankIo } from './bank-io.js';

/** `caliper bank`: browse the built-in question bank. */
export function registerBank(program: Command): void {
  const bank = program.command('bank').description('the question bank: list, show, lint, import, export');
  bank
    .command('list')
    .description('list built-in questions, optionally filtered')
    .option('--category <category>', `one of: ${CATEGORIES.join(', ')}`)
    .option('--level <level>', `one of: ${LEVELS.join(', ')}`)
    .option('--topic <topic>', 'a topic slug (see docs/bank.md)')
    .option('--json', 'print an array of questions as JSON')
    .action((opts: { category?: string; level?: string; topic?: string; json?: boolean }) => {
      const category = oneOf('category', opts.category, CATEGORIES);
      const level = oneOf('level', opts.level, LEVELS);
      const topic = oneOf('topic', opts.topic, TOPICS);
      const list = loadBuiltInBank().filter(
        (q) =>
          (!category || q.category === category) &&
          (!level || q.levels.includes(level)) &&
          (!topic || q.topics.includes(topic)),
      );
      output(Boolean(opts.json), list, () =>
        list.length
          ? list.map((q) => `${q.id.padEnd(48)} ${q.category.padEnd(12)} ${q.levels.join(',')}`).join('\n')
          : 'no questions match',
      );
    });
  bank
    .command('show')
    .description('show one question with its signals, follow-ups and examples')
    .argument('<id>', 'question id')
    .option('--json', 'print the question as JSON')
    .action((id: string, opts: { json?: boolean }) => {
      const q = loadBuiltInBank().find((x) => x.id === id);
      if (!q) throw new CliError(`no question with id ${id}`);
      output(Boolean(opts.json), q, () =>
        [
          `${q.id} (${q.category}; ${q.levels.join(', ')}; ${q.minutes} min)`,
          '',
          q.text,
          '',
          'Look for:',
          ...q.lookFor.map((s) => `  - ${s.text}`),
          'Follow-ups:',
          ...q.followUps.map((f) => `  - ${f.text}`),
          'Common mistakes:',
          ...q.commonMistakes.map((m) => `  - ${m}`),
        ].join('\n'),
      );
    });
  registerBankIo(bank);
}
