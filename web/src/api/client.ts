/**
 * The one way the web app talks to the API: same-origin cookies, JSON in and out, the CSRF
 * token on every write, and failures turned into an ApiError carrying the server's code.
 */

/** An error body as every API route sends it. */
interface ErrorBody {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

/** A failed API call: the HTTP status (0 when the server could not be reached) and the server's code and message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: { path: string; message: string }[];
  /** Seconds to wait before retrying, from a Retry-After header (rate limits). */
  readonly retryAfter: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    opts: { details?: { path: string; message: string }[]; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = opts.details ?? [];
    this.retryAfter = opts.retryAfter;
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | undefined;

/** Remember the session's CSRF token (from sign-in or the session); null when signed out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when an API call answers 401 because the session ended (not for sign-in itself). */
export function setUnauthenticatedHandler(handler: (() => void) | undefined): void {
  onUnauthenticated = handler;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryHeader = Number(response.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined;
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorBody(body)) {
    return new ApiError(response.status, String(body.error.code), String(body.error.message), {
      details: body.error.details,
      retryAfter,
    });
  }
  return new ApiError(response.status, 'http_error', `the server answered ${response.status}`, { retryAfter });
}

/** Options of one request. */
export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Do not call the unauthenticated handler on a 401 (sign-in and the session probe). */
  expectUnauthenticated?: boolean;
  /** Extra request headers (the practice profile's secret, for one). */
  headers?: Record<string, string>;
}

/**
 * Call the API and return its JSON (undefined for 204). Throws ApiError on any non-2xx
 * answer, or with status 0 and code `network_error` when the server could not be reached.
 */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (WRITE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', 'Caliper could not be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && !options.expectUnauthenticated) onUnauthenticated?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** GET a path with optional query parameters (empty values are left out). */
export function apiGet<T>(
  path: string,
  query: Record<string, string | number | undefined> = {},
  options: RequestOptions = {},
): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return apiRequest<T>('GET', search ? `${path}?${search}` : path, options);
}

/** POST a JSON body (or none); the CSRF token is added for you. */
export function apiPost<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return apiRequest<T>('POST', path, { ...options, body });
}

/** PUT a JSON body; the CSRF token is added for you. */
export function apiPut<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return apiRequest<T>('PUT', path, { ...options, body });
}

/** DELETE a resource; the CSRF token is added for you. */
export function apiDelete(path: string, options: RequestOptions = {}): Promise<void> {
  return apiRequest<undefined>('DELETE', path, options);
}
