import { AppError } from './errors.js';

/** Opaque cursors: the last item's sort key, base64url-encoded so clients do not build them. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** Decode a cursor from a client; anything malformed is a 400, never a 500. */
export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) {
    throw new AppError('validation_failed', 'cursor is not valid', {
      details: [{ path: 'cursor', message: 'is not a cursor this API issued' }],
    });
  }
  return key;
}
