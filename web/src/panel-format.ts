/** How the panel's numbers, times and names read on the page. */

/** A yearly amount in its currency, whole units: "$165,000". Unknown codes fall back to "165,000 XYZ". */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat('en-US').format(amount)} ${currency}`;
  }
}

/** A pay band: "$165,000 – $235,000 (USD)". */
export function bandLabel(band: { min: number; max: number; currency: string }): string {
  return `${money(band.min, band.currency)} – ${money(band.max, band.currency)} (${band.currency})`;
}

/** Minutes as people say them: "45 min", "1 h 30 min", "4 h". */
export function minutesLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A moment in the reader's time zone: "12 Mar 2026, 14:30". */
export function dateTimeLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A `datetime-local` value ("2026-03-12T14:30") as ISO 8601 with the browser's offset
 * ("2026-03-12T14:30:00+01:00"), or null when it is not a valid time.
 */
export function localToOffsetIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${value}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A `datetime-local` value for a moment some days from now at a round hour (a form's starting value). */
export function localInDays(days: number, hour = 10): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}

const STATUS_LABELS: Record<string, string> = {
  active: 'Active',
  withdrawn: 'Withdrawn',
  hired: 'Hired',
  rejected: 'Rejected',
  scheduled: 'Scheduled',
  completed: 'Held',
  cancelled: 'Cancelled',
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
};

/** A role, application or interview status as a word. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** "Live coding" or "Paid take-home". */
export function exerciseLabel(exercise: 'live-coding' | 'take-home'): string {
  return exercise === 'take-home' ? 'Paid take-home' : 'Live coding';
}
