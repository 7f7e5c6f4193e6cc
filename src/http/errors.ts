import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, type ErrorDetail, isAppError } from '../shared/errors.js';

/** The one table from error code to HTTP status. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  idempotency_in_progress: 409,
  idempotency_key_reused: 422,
  unprocessable: 422,
  rate_limited: 429,
  data_dir_locked: 503,
  internal_error: 500,
};

/** The error body every route returns. */
export interface ErrorBody {
  error: { code: string; message: string; details?: ErrorDetail[] };
}

/** Send an error body with its status. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: ErrorDetail[]) {
  const body: ErrorBody = { error: { code, message, ...(details?.length ? { details } : {}) } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Which part of the request a Fastify validation context names. */
function detailsFromValidation(err: FastifyError): ErrorDetail[] {
  const where = err.validationContext ?? 'body';
  if (hasZodFastifySchemaValidationErrors(err)) {
    return err.validation.map((v) => {
      const path = String(v.instancePath ?? '')
        .replace(/^\//, '')
        .replaceAll('/', '.');
      return { path: path ? `${where}.${path}` : where, message: v.message ?? 'is invalid' };
    });
  }
  return (err.validation ?? []).map((v) => ({ path: where, message: v.message ?? 'is invalid' }));
}

/**
 * Fastify's own errors that are the client's fault, by their code. Anything not listed
 * and not an AppError is a 500 whose text never leaves the server.
 */
const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'send JSON with Content-Type: application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'validation_failed', 'content length does not match the body'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'validation_failed', 'the body is empty but Content-Type says JSON'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'the request body is too large'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'validation_failed', 'the body is not valid JSON'],
  FST_ERR_CTP_INVALID_CONTENT_TYPE: [415, 'unsupported_media_type', 'the Content-Type header is not valid'],
};

/** The app-wide error handler: AppError by table, validation as 400 with fields, the rest 500. */
export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(err)) {
    if (err.retryAfter) reply.header('retry-after', String(err.retryAfter));
    return sendError(reply, STATUS_BY_CODE[err.code], err.code, err.message, err.details);
  }
  if (err.validation) {
    const details = detailsFromValidation(err);
    const first = details[0];
    return sendError(
      reply,
      400,
      'validation_failed',
      first ? `${first.path}: ${first.message}` : 'the request is not valid',
      details,
    );
  }
  if (err.statusCode === 429) {
    return sendError(reply, 429, 'rate_limited', 'too many requests; slow down and retry later');
  }
  const known = err.code ? CLIENT_ERRORS[err.code] : undefined;
  if (known) return sendError(reply, known[0], known[1], known[2]);
  if (err instanceof SyntaxError && (err.statusCode ?? 0) === 400) {
    return sendError(reply, 400, 'validation_failed', 'the body is not valid JSON');
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return sendError(reply, err.statusCode, 'bad_request', 'the request could not be processed');
  }
  request.log.error({ err }, 'unhandled error');
  return sendError(reply, 500, 'internal_error', 'something went wrong on our side; it has been logged');
}

/**
 * Errors Fastify's router raises before any route runs (a URL it cannot decode, a path
 * parameter longer than the router allows), answered in the same error shape as the rest.
 */
export function frameworkErrorHandler(err: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendError(reply, 414, 'uri_too_long', 'a path segment is too long');
  return sendError(reply, 400, 'validation_failed', 'the URL is not valid');
}
