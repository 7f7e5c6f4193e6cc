import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type BankFormat, exportQuestions } from '../../domain/bank/formats/formats.js';
import { openDatabase } from '../../services/bootstrap.js';
import { builtInQuestions, organisationQuestions } from '../../services/questions/export-questions.js';
import { importQuestions } from '../../services/questions/import-questions.js';
import { BANK_FORMATS, formatOf, lintFile, readQuestions } from '../bank-file.js';
import { CliError, output } from '../errors.js';
import { configFrom, type DbOptions, oneOf } from '../options.js';
import { resolveOrg } from '../org-target.js';

/** `caliper bank lint|import|export`: keep question files honest and move them in and out. */
export function registerBankIo(bank: Command): void {
  bank
    .command('lint')
    .description(
      'check a question file: protected characteristics, salary history, schema, duplicates, topics, signals',
    )
    .argument('<file>', 'a .json, .yaml or .md question file')
    .option('--format <format>', `one of: ${BANK_FORMATS.join(', ')} (default: from the extension)`)
    .option('--json', 'print {"issues":[...]} as JSON')
    .action((file: string, opts: { format?: string; json?: boolean }) => {
      const issues = lintFile(file, formatOf(file, oneOf('format', opts.format, BANK_FORMATS)));
      const errors = issues.filter((i) => i.severity === 'error').length;
      output(Boolean(opts.json), { issues }, () =>
        issues.length
          ? [
              ...issues.map((i) => `${i.severity.padEnd(7)} ${i.questionId}  [${i.rule}] ${i.message}`),
              `${errors} error(s), ${issues.length - errors} warning(s)`,
            ].join('\n')
          : 'no issues',
      );
      if (errors > 0) process.exitCode = 1;
    });

  bank
    .command('import')
    .description("import a question file into an organisation's bank (all or nothing; lint errors refuse it)")
    .argument('<file>', 'a .json, .yaml or .md file (plain Markdown question lists too)')
    .option('--format <format>', `one of: ${BANK_FORMATS.join(', ')} (default: from the extension)`)
    .option('--org <id>', 'organisation id or name (default: the only one)')
    .option('--dry-run', 'check and report, write nothing')
    .option('--data-dir <dir>', 'embedded database folder when DATABASE_URL is unset (default ./data)')
    .option('--json', 'print the report as JSON')
    .action(
      async (file: string, opts: DbOptions & { format?: string; org?: string; dryRun?: boolean; json?: boolean }) => {
        const { questions, problems } = readQuestions(file, formatOf(file, oneOf('format', opts.format, BANK_FORMATS)));
        if (problems.length > 0)
          throw new CliError(
            `${file}: ${problems.length} question(s) invalid, nothing imported; first: ${problems[0]}`,
          );
        const config = configFrom(opts);
        const { handle } = await openDatabase(config);
        try {
          const org = await resolveOrg(handle.db, opts.org);
          const deps = { db: handle.db, config, now: () => new Date() };
          const report = await importQuestions(deps, { orgId: org.id, actorUserId: null }, questions, {
            dryRun: Boolean(opts.dryRun),
          });
          output(Boolean(opts.json), { organisation: org, ...report }, () =>
            [
              ...report.refused.map((r) => `refused  ${r.questionId}: ${r.reason}`),
              ...report.warnings.map((w) => `warning  ${w.questionId}: ${w.message}`),
              report.refused.length
                ? `nothing imported: ${report.refused.length} question(s) refused`
                : `${report.dryRun ? 'would import' : 'imported'} ${report.imported.length} question(s) into ${org.name}`,
            ].join('\n'),
          );
          if (report.refused.length > 0) process.exitCode = 1;
        } finally {
          await handle.close();
        }
      },
    );

  bank
    .command('export')
    .description("export the built-in bank, or an organisation's own questions with --org")
    .option('--format <format>', `one of: ${BANK_FORMATS.join(', ')}`, 'json')
    .option('--org <id>', "export this organisation's own questions instead of the built-in bank")
    .option('--output <file>', 'write to a file instead of standard output')
    .option('--data-dir <dir>', 'embedded database folder when DATABASE_URL is unset (default ./data)')
    .action(async (opts: DbOptions & { format: string; org?: string; output?: string }) => {
      const format = oneOf('format', opts.format, BANK_FORMATS) as BankFormat;
      let questions = builtInQuestions();
      if (opts.org) {
        const config = configFrom(opts);
        const { handle } = await openDatabase(config);
        try {
          const org = await resolveOrg(handle.db, opts.org);
          questions = await organisationQuestions({ db: handle.db, config, now: () => new Date() }, org.id);
        } finally {
          await handle.close();
        }
      }
      const text = exportQuestions(questions, format);
      if (opts.output) writeFileSync(opts.output, text);
      else process.stdout.write(text);
    });
}
