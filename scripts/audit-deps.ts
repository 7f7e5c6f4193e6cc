/**
 * `npm run audit:deps`: npm audit of the production dependencies. High or critical advisories
 * fail (exit 1); an advisory service this machine cannot reach is said so in one line and does
 * not fail the run, since nothing was checked either way.
 */
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.js';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const verdict = auditVerdict(run.stdout ?? '');
process.stdout.write(`${verdict.line}\n`);
if (verdict.outcome === 'fail') process.exitCode = 1;
