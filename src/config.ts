import { z } from 'zod';

/** Log levels pino understands, plus `silent` for tests. */
const ZLogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CALIPER_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: ZLogLevel.default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  CALIPER_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  CALIPER_LOGIN_MAX_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  CALIPER_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  CALIPER_SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  CALIPER_WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
  CALIPER_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  CALIPER_WEBHOOK_LEASE_MS: z.coerce.number().int().min(200).max(3_600_000).default(60_000),
  CALIPER_WEB_DIR: z.string().optional(),
  CALIPER_LLM_BASE_URL: z.string().url().optional(),
  CALIPER_LLM_MODEL: z.string().min(1).optional(),
  CALIPER_LLM_API_KEY: z.string().min(1).optional(),
});

/** Where the data lives: embedded PGlite in a folder, or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };

/** The whole runtime configuration, parsed once. */
export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: z.infer<typeof ZLogLevel>;
  env: 'development' | 'production' | 'test';
  trustProxy: boolean;
  login: { maxPerMinute: number; maxFailures: number; failureWindowMinutes: number };
  sessionDays: number;
  /** The webhook dispatcher's pause between polls, per-request timeout and claim lease (lease > timeout). */
  webhooks: { pollMs: number; timeoutMs: number; leaseMs: number };
  webDir: string | undefined;
  llm: { baseUrl: string; model: string; apiKey: string | undefined } | undefined;
}

/** Thrown for configuration the user must fix; the CLI prints its message on one line. */
export class ConfigError extends Error {}

/**
 * Parse the environment (plus overrides from CLI flags) into a Config.
 * No DATABASE_URL means embedded PGlite in the data directory.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Record<string, string>> = {},
): Config {
  const parsed = ZEnv.safeParse({ ...env, ...stripUndefined(overrides) });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`invalid configuration: ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  // A lease shorter than a request could let a second dispatcher send the same delivery mid-flight.
  if (e.CALIPER_WEBHOOK_LEASE_MS <= e.CALIPER_WEBHOOK_TIMEOUT_MS)
    throw new ConfigError('invalid configuration: CALIPER_WEBHOOK_LEASE_MS must exceed CALIPER_WEBHOOK_TIMEOUT_MS');
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: e.CALIPER_DATA_DIR },
    logLevel: e.LOG_LEVEL,
    env: e.NODE_ENV,
    trustProxy: e.CALIPER_TRUST_PROXY,
    login: {
      maxPerMinute: e.CALIPER_LOGIN_MAX_PER_MINUTE,
      maxFailures: e.CALIPER_LOGIN_MAX_FAILURES,
      failureWindowMinutes: 15,
    },
    sessionDays: e.CALIPER_SESSION_DAYS,
    webhooks: {
      pollMs: e.CALIPER_WEBHOOK_POLL_MS,
      timeoutMs: e.CALIPER_WEBHOOK_TIMEOUT_MS,
      leaseMs: e.CALIPER_WEBHOOK_LEASE_MS,
    },
    webDir: e.CALIPER_WEB_DIR,
    llm:
      e.CALIPER_LLM_BASE_URL && e.CALIPER_LLM_MODEL
        ? { baseUrl: e.CALIPER_LLM_BASE_URL, model: e.CALIPER_LLM_MODEL, apiKey: e.CALIPER_LLM_API_KEY }
        : undefined,
  };
}

function stripUndefined(o: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter((kv): kv is [string, string] => kv[1] !== undefined));
}
