import type { Command } from 'commander';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { composeLoop, TAKE_HOME_FEE_RANGE_USD } from '../../domain/loops/compose-loop.js';
import type { ComposedLoop, PayBand } from '../../domain/loops/types.js';
import { loadRubric } from '../../domain/rubric/rubric.js';
import { DIMENSIONS, LEVELS } from '../../shared/schemas/vocabulary.js';
import { CliError, output } from '../errors.js';
import { intFlag, oneOf } from '../options.js';

interface ComposeOptions {
  level?: string;
  minutes?: string;
  band?: string;
  takeHome?: boolean;
  fee?: string;
  json?: boolean;
}

/** Budgets outside this range are typos, not loops: a loop is hours, not minutes or days. */
const MINUTES_RANGE = { min: 30, max: 720 } as const;

/** `caliper loop`: compose interview loops calibrated to a level. */
export function registerLoop(program: Command): void {
  const loop = program.command('loop').description('compose interview loops calibrated to a level');
  loop
    .command('compose')
    .description('compose a loop from the built-in bank: stages, minutes, dimensions, questions and why')
    .option('--level <level>', `one of: ${LEVELS.join(', ')} (required)`)
    .option('--minutes <minutes>', 'candidate-time budget in minutes (default by level: 210, 225, 240, 270)')
    .option('--band <min-max>', 'published yearly base pay band in USD, e.g. 120000-160000 (120k-160k also works)')
    .option('--take-home', 'use a paid take-home instead of live coding (never both)')
    .option(
      '--fee <usd>',
      `take-home fee in USD, ${TAKE_HOME_FEE_RANGE_USD.min}-${TAKE_HOME_FEE_RANGE_USD.max} (default 200)`,
    )
    .option('--json', 'print the loop as JSON')
    .action((opts: ComposeOptions) => {
      const level = oneOf('level', opts.level, LEVELS);
      if (!level) throw new CliError(`--level is required (one of: ${LEVELS.join(', ')})`);
      const minutes = intFlag('minutes', opts.minutes, MINUTES_RANGE.min, MINUTES_RANGE.max);
      const band = opts.band === undefined ? undefined : parseBand(opts.band);
      if (opts.fee !== undefined && !opts.takeHome) throw new CliError('--fee only applies with --take-home');
      const fee = intFlag('fee', opts.fee, TAKE_HOME_FEE_RANGE_USD.min, TAKE_HOME_FEE_RANGE_USD.max);
      const composed = composeLoop(
        {
          level,
          ...(minutes !== undefined && { minutes }),
          ...(band !== undefined && { band }),
          exercise: opts.takeHome ? 'take-home' : 'live-coding',
          ...(fee !== undefined && { takeHomeFeeUsd: fee }),
        },
        loadBuiltInBank(),
        loadRubric(),
      );
      output(Boolean(opts.json), toJson(composed), () => humanText(composed));
    });
}

/**
 * Parse "120000-160000" (or "120k-160k") into a USD band. Values under $10,000 are rejected:
 * "120-160" almost always means thousands, and guessing would silently check the wrong band.
 */
export function parseBand(value: string): PayBand {
  const match = /^\s*(\d+)(k?)\s*-\s*(\d+)(k?)\s*$/i.exec(value);
  const bad = new CliError('--band must look like 120000-160000 (yearly USD; 120k-160k also works)');
  if (!match) throw bad;
  const min = Number(match[1]) * (match[2] ? 1000 : 1);
  const max = Number(match[3]) * (match[4] ? 1000 : 1);
  if (min < 10_000 || max < 10_000) throw bad;
  if (min > max) throw new CliError('--band must have its lower end first, e.g. 120000-160000');
  return { min, max, currency: 'USD' };
}

/**
 * The issue's shape first ({stages:[{name, minutes, dimensions, questions:[{id, why}]}], warnings}),
 * with the extra facts (stage key and kind, pay, notes, question category and minutes, kit,
 * coverage, totals) after them.
 */
function toJson(loop: ComposedLoop) {
  return {
    stages: loop.stages.map((s) => ({
      name: s.name,
      minutes: s.minutes,
      dimensions: s.dimensions,
      questions: s.questions.map((q) => ({
        id: q.id,
        why: q.why,
        dimension: q.dimension,
        category: q.category,
        minutes: q.minutes,
      })),
      key: s.key,
      kind: s.kind,
      ...(s.paid && { paid: s.paid }),
      ...(s.notes !== undefined && { notes: s.notes }),
    })),
    warnings: loop.warnings,
    level: loop.level,
    exercise: loop.exercise,
    totalMinutes: loop.totalMinutes,
    budgetMinutes: loop.budgetMinutes,
    kit: loop.kit,
    coverage: loop.coverage,
  };
}

function humanText(loop: ComposedLoop): string {
  const { kit } = loop;
  const lines = [
    `${loop.level} loop (${loop.exercise}): ${loop.totalMinutes} of ${loop.budgetMinutes} minutes, ${kit.total} questions ` +
      `(${kit.behavioural} behavioural, ${kit.technical} technical, ${kit.situational} situational, ${kit.values} values)`,
  ];
  loop.stages.forEach((s, i) => {
    lines.push('', `${i + 1}. ${s.name}: ${s.minutes} min${s.paid ? `, paid $${s.paid.feeUsd}` : ''}`);
    lines.push(`   scores: ${s.dimensions.length ? s.dimensions.join(', ') : 'none'}`);
    if (s.notes) lines.push(`   note: ${s.notes}`);
    for (const q of s.questions) lines.push(`   - ${q.id} (${q.category}, ${q.minutes} min)`, `     ${q.why}`);
  });
  lines.push('', 'Coverage (share of question time vs the level weight):');
  for (const d of DIMENSIONS) {
    const c = loop.coverage[d];
    lines.push(`   ${d.padEnd(22)} ${pct(c.share).padStart(4)} vs ${pct(c.weight)}`);
  }
  lines.push('', loop.warnings.length ? 'Warnings:' : 'No warnings.');
  for (const w of loop.warnings) lines.push(`   ! ${w.code}${w.stage ? ` (${w.stage})` : ''}: ${w.message}`);
  return lines.join('\n');
}

function pct(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
