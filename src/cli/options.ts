import { type Config, loadConfig } from '../config.js';
import { CliError } from './errors.js';

/** Options every database-using command accepts. */
export interface DbOptions {
  dataDir?: string;
}

/** Build the configuration from the environment plus command-line flags. */
export function configFrom(opts: DbOptions & { port?: string; host?: string }): Config {
  return loadConfig(process.env, { CALIPER_DATA_DIR: opts.dataDir, PORT: opts.port, HOST: opts.host });
}

/** Parse a whole number flag, or fail with a one-line message. */
export function intFlag(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** Check a value against a list of allowed ones. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new CliError(`--${name} must be one of: ${allowed.join(', ')}`);
  return value as T;
}
