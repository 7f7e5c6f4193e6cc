/** Small formatting helpers for the calibration pages. */

/** A signed divergence: "+1.5", "−0.5", "0"; a dash when there is nothing to compare with. */
export function signed(value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return '0';
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}

/** A number that may be missing. */
export function maybe(value: number | null): string {
  return value === null ? '—' : String(value);
}
