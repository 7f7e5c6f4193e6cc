import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'Caliper-Signature';

/** How old a signed timestamp a receiver accepts by default (replay window), in seconds. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Hex HMAC-SHA256 of `${timestamp}.${body}` with the endpoint's secret. */
export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The Caliper-Signature header value for a body sent at `timestamp` (unix seconds). */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signature(secret, timestamp, body)}`;
}

/** What a receiver checks a delivery with. */
export interface VerifyInput {
  secret: string;
  /** The Caliper-Signature header as received. */
  header: string | undefined;
  /** The raw request body, exactly as received (not re-serialised JSON). */
  body: string;
  /** The receiver's clock; defaults to the current time. */
  now?: Date;
  /** Maximum age of the signed timestamp in seconds; defaults to 300. */
  toleranceSeconds?: number;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/**
 * Check a Caliper-Signature header: well-formed, its timestamp within the tolerance of `now`
 * (either side), and one of its `v1` values equal, in constant time, to the expected HMAC.
 * Several `v1` values are allowed so a secret can be rotated.
 */
export function verifySignature(input: VerifyInput): boolean {
  if (!input.header) return false;
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of input.header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return false;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value) || timestamp !== undefined) return false;
      timestamp = Number(value);
    } else if (key === 'v1' && HEX_SHA256.test(value)) {
      candidates.push(value);
    }
  }
  if (timestamp === undefined || !candidates.length) return false;
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signature(input.secret, timestamp, input.body), 'hex');
  // Compare every candidate so the time taken does not reveal which one matched.
  let ok = false;
  for (const c of candidates) ok = timingSafeEqual(expected, Buffer.from(c, 'hex')) || ok;
  return ok;
}
