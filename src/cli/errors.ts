import { ConfigError } from '../config.js';
import { isAppError } from '../shared/errors.js';

/** A mistake in how the command was called; printed as one line, exit 1. */
export class CliError extends Error {}

/**
 * Turn any failure into one line on stderr and exit code 1. Expected errors print their
 * message; anything else prints its message too, but never a stack trace unless
 * CALIPER_DEBUG is set.
 */
export function reportAndExit(e: unknown): never {
  const expected = e instanceof CliError || e instanceof ConfigError || isAppError(e);
  const message = e instanceof Error ? e.message : String(e);
  const line = expected ? message : `unexpected error: ${message}`;
  process.stderr.write(`caliper: ${line.split('\n')[0]}\n`);
  if (process.env.CALIPER_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exit(1);
}

/** Print data as JSON (for --json) or as the given human text. */
export function output(json: boolean, data: unknown, human: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${human()}\n`);
}
