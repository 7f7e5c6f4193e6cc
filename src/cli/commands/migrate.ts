import type { Command } from 'commander';
import { migrateDatabase } from '../../services/bootstrap.js';
import { configFrom, type DbOptions } from '../options.js';

/** `caliper migrate`: apply pending migrations and exit. */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (the server also does this at start)')
    .option('--data-dir <dir>', 'embedded database folder when DATABASE_URL is unset (default ./data)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: DbOptions & { json?: boolean }) => {
      const handle = await migrateDatabase(configFrom(opts));
      process.stdout.write(
        opts.json
          ? `${JSON.stringify({ migrated: true, database: handle.kind })}\n`
          : `migrations applied (${handle.kind})\n`,
      );
    });
}
