import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openDatabase } from '../../services/bootstrap.js';
import type { Deps } from '../../services/context.js';
import { eraseCandidate } from '../../services/gdpr/erase-candidate.js';
import { exportCandidate } from '../../services/gdpr/export-candidate.js';
import { runRetentionSweep } from '../../services/gdpr/retention-sweep.js';
import { CliError, output } from '../errors.js';
import { configFrom, type DbOptions } from '../options.js';
import { resolveOrg } from '../org-target.js';

interface TargetOptions extends DbOptions {
  candidate?: string;
  org?: string;
  json?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function candidateId(opts: TargetOptions): string {
  if (!opts.candidate) throw new CliError('--candidate is required (the candidate id)');
  if (!UUID.test(opts.candidate)) throw new CliError('--candidate must be a candidate id (a UUID)');
  return opts.candidate;
}

/**
 * Open the database, pick the organisation and run the work as its operator: admin rights,
 * but on nobody's panel, so the independent-scoring rule applies as it does to an admin.
 */
async function withOrg<T>(
  opts: TargetOptions,
  work: (deps: Deps, org: { id: string; name: string }) => Promise<T>,
): Promise<T> {
  const config = configFrom(opts);
  const { handle } = await openDatabase(config);
  try {
    const org = await resolveOrg(handle.db, opts.org);
    return await work({ db: handle.db, config, now: () => new Date() }, org);
  } finally {
    await handle.close();
  }
}

const DATA_DIR = ['--data-dir <dir>', 'embedded database folder when DATABASE_URL is unset (default ./data)'] as const;
const ORG = ['--org <id>', 'organisation id or name (default: the only one)'] as const;

/** `caliper gdpr`: a candidate's privacy rights from the command line. */
export function registerGdpr(program: Command): void {
  const gdpr = program.command('gdpr').description('export or erase everything held about a candidate');
  gdpr
    .command('export')
    .description('everything held about a candidate, as JSON (subject access)')
    .option('--candidate <id>', 'the candidate id (required)')
    .option(...ORG)
    .option('--out <file>', 'write to a file instead of standard output')
    .option(...DATA_DIR)
    .action(async (opts: TargetOptions & { out?: string }) => {
      const id = candidateId(opts);
      const data = await withOrg(opts, (deps, org) =>
        exportCandidate(deps, { orgId: org.id, userId: null, role: 'admin' }, id),
      );
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (opts.out) {
        writeFileSync(opts.out, text);
        process.stdout.write(`wrote the export of candidate ${id} to ${opts.out}\n`);
      } else process.stdout.write(text);
    });
  gdpr
    .command('erase')
    .description('erase a candidate: identity and free text removed everywhere, anonymous counts kept')
    .option('--candidate <id>', 'the candidate id (required)')
    .option(...ORG)
    .option('--yes', 'confirm: erasure cannot be undone')
    .option('--json', 'print the result as JSON')
    .option(...DATA_DIR)
    .action(async (opts: TargetOptions & { yes?: boolean }) => {
      const id = candidateId(opts);
      if (!opts.yes) throw new CliError('erasure cannot be undone; run again with --yes to confirm');
      const result = await withOrg(opts, (deps, org) =>
        eraseCandidate(deps, { orgId: org.id, userId: null, role: 'admin' }, id),
      );
      output(
        Boolean(opts.json),
        result,
        () =>
          `erased candidate ${id}: ${result.applications} application(s), ${result.scorecards} scorecard(s), ${result.auditEntries} audit entr(ies) and ${result.webhookEvents} webhook event(s) scrubbed`,
      );
    });
  gdpr
    .command('retention')
    .description("apply the retention policy now: erase candidates past their organisation's retention period")
    .option('--org <id>', 'organisation id or name (default: every organisation with a retention period)')
    .option('--json', 'print the result as JSON')
    .option(...DATA_DIR)
    .action(async (opts: Omit<TargetOptions, 'candidate'>) => {
      const config = configFrom(opts);
      const { handle } = await openDatabase(config);
      try {
        const org = opts.org ? await resolveOrg(handle.db, opts.org) : undefined;
        const result = await runRetentionSweep({ db: handle.db }, new Date(), { orgId: org?.id });
        output(Boolean(opts.json), result, () => `erased ${result.erased} candidate(s) past the retention period`);
      } finally {
        await handle.close();
      }
    });
}
