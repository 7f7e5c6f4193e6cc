/**
 * Error codes a service may throw. The HTTP layer maps each to one status in
 * src/http/errors.ts; the CLI prints the message on one line and exits 1.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'unprocessable',
  'rate_limited',
  'data_dir_locked',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One detail of a validation failure: which field, and what is wrong with it. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** An expected failure with a stable code and a message safe to show the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  /** Seconds a client should wait before retrying (rate limits). */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, opts: { details?: ErrorDetail[]; retryAfter?: number } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = opts.details;
    this.retryAfter = opts.retryAfter;
  }
}

/** Narrowing helper that also works across module copies. */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (e instanceof Error && e.name === 'AppError' && 'code' in e);
}
