import type { Command } from 'commander';
import { openDatabase } from '../../services/bootstrap.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { output } from '../errors.js';
import { configFrom, type DbOptions } from '../options.js';

/** `caliper demo seed`: create one more demo organisation. */
export function registerDemo(program: Command): void {
  const demo = program.command('demo').description('demo data');
  demo
    .command('seed')
    .description('create one more demo organisation with users and tokens; prints how to sign in')
    .option('--data-dir <dir>', 'embedded database folder when DATABASE_URL is unset (default ./data)')
    .option('--org-name <name>', 'name of the new organisation')
    .option('--json', 'print the result as JSON')
    .action(async (opts: DbOptions & { orgName?: string; json?: boolean }) => {
      const config = configFrom(opts);
      const { handle } = await openDatabase(config);
      try {
        const seed = await seedDemo({ db: handle.db, config, now: () => new Date() }, { orgName: opts.orgName });
        output(Boolean(opts.json), seed, () =>
          [
            `Created ${seed.org.name} (${seed.org.id})`,
            ...seed.users.map((u) => `  ${u.role.padEnd(15)} ${u.email}  password: ${u.password}`),
          ].join('\n'),
        );
      } finally {
        await handle.close();
      }
    });
}
