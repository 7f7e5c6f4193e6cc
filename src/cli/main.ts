import { Command, CommanderError } from 'commander';
import { registerBank } from './commands/bank.js';
import { registerDemo } from './commands/demo.js';
import { registerGdpr } from './commands/gdpr.js';
import { registerLoop } from './commands/loop.js';
import { registerMigrate } from './commands/migrate.js';
import { registerPractice } from './commands/practice.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';
import { CliError, reportAndExit } from './errors.js';

/** Build the `caliper` program. Exported for tests. */
export function buildProgram(): Command {
  const program = new Command('caliper')
    .description('Caliper: structured interviews for hiring backend engineers')
    .version('0.1.0')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {} });
  registerServe(program);
  registerMigrate(program);
  registerDemo(program);
  registerBank(program);
  registerLoop(program);
  registerPractice(program);
  registerStats(program);
  registerGdpr(program);
  registerReport(program);
  return program;
}

async function main(): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      if (e.exitCode === 0) process.exit(0);
      throw new CliError(e.message.replace(/^error: /, ''));
    }
    throw e;
  }
}

// A reader that stops early (`caliper bank export | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main().catch(reportAndExit);
