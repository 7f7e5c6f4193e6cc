import type { Command } from 'commander';
import { loadGraderValidation } from '../../content/load-grader-validation.js';
import { buildMethodology } from '../../domain/methodology/methodology.js';
import { loadRubric } from '../../domain/rubric/rubric.js';
import { output } from '../errors.js';

/** `caliper report`: reports that need no database, starting with the scoring methodology. */
export function registerReport(program: Command): void {
  const report = program.command('report').description('reports, including the scoring methodology');
  report
    .command('methodology')
    .description('how scores are produced and combined, and that a human makes every decision (Markdown)')
    .option('--json', 'print {"markdown": ...} instead of the Markdown itself')
    .action((opts: { json?: boolean }) => {
      const markdown = buildMethodology(loadRubric(), { graderValidation: loadGraderValidation() });
      output(Boolean(opts.json), { markdown }, () => markdown.trimEnd());
    });
}
