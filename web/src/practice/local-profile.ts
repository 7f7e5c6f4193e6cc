/**
 * Practice without an account: the local profile's secret is kept in this browser's
 * localStorage (it is the only key to the profile; the server stores it hashed).
 */

const SECRET_KEY = 'caliper.practice.profile';
const LAST_ROUND_KEY = 'caliper.practice.lastRound';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage can be full or blocked (private windows); practice still works for this visit.
  }
}

/** The local profile's secret on this device, or null. */
export function readLocalSecret(): string | null {
  return read(SECRET_KEY);
}

/** Remember (or, with null, forget) the local profile's secret. */
export function storeLocalSecret(secret: string | null): void {
  write(SECRET_KEY, secret);
  if (secret === null) write(`${LAST_ROUND_KEY}.local`, null);
}

/** The last round started in this mode ("local" or "account"), to offer resuming it. */
export function readLastRound(mode: 'local' | 'account'): string | null {
  return read(`${LAST_ROUND_KEY}.${mode}`);
}

/** Remember the round just started in this mode. */
export function storeLastRound(mode: 'local' | 'account', roundId: string): void {
  write(`${LAST_ROUND_KEY}.${mode}`, roundId);
}
