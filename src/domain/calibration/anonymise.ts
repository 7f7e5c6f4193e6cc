/**
 * Anonymising interview evidence before it is reused for calibration: panellists re-score what
 * was said, never who said it. The candidate's own details are removed first (their exact email
 * and phone), then any email address or phone number at all, then the names of the people in
 * the room as they were given to us.
 */

/** The people whose identity must not survive in calibration material. */
export interface Identities {
  candidate: { name: string; email?: string | null; phone?: string | null };
  /** The panellists of the source interview, by display name. */
  interviewers: string[];
}

/** What each kind of removed detail is replaced with, so readers see that something was there. */
export const REDACTED = {
  candidate: '[candidate]',
  interviewer: '[interviewer]',
  email: '[email]',
  phone: '[phone]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * A run that could be a phone number: an optional "+" or "(", then digits with spaces, dots,
 * dashes or brackets between them. Whether it is one is decided by its digit count.
 */
const PHONE_LIKE = /[+(]?\d[\d\s().-]{5,}\d/g;
/** Seven digits is the shortest local number in common use; shorter runs are figures in the evidence. */
const MIN_PHONE_DIGITS = 7;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word pattern (letters and digits on either side break the match), Unicode-aware. */
const wholeWord = (literal: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${literal}(?![\\p{L}\\p{N}_])`, `gu${flags}`);

/** The capitalised form of a name part ("o'neil" -> "O'neil"); names are matched as given and capitalised. */
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * The forms of a person's name to remove, longest first: the full name as given, then each part
 * of two letters or more, also capitalised and in capitals. Parts are matched only in those
 * forms, so a panellist called "Will" does not take the verb "will" with them.
 */
function nameForms(name: string): string[] {
  const full = name.trim().replace(/\s+/g, ' ');
  if (!full) return [];
  const parts = full.split(' ').filter((p) => [...p].length >= 2);
  const forms = new Set<string>([
    full,
    ...parts,
    ...parts.map(capitalised),
    ...parts.map((p) => p.toLocaleUpperCase()),
  ]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Remove one literal, case-insensitively, wherever it appears (an email or phone as stored). */
function removeLiteral(text: string, literal: string | null | undefined, label: string): string {
  const value = literal?.trim();
  if (!value) return text;
  return text.replace(new RegExp(escapeRegExp(value), 'giu'), label);
}

/** Replace phone-like runs that hold at least seven digits (dates and figures with fewer stay). */
function removePhones(text: string): string {
  return text.replace(PHONE_LIKE, (run) => {
    const digits = run.replace(/\D/g, '').length;
    if (digits < MIN_PHONE_DIGITS) return run;
    // Keep a bracket that belongs to the prose around the number, not the number itself.
    const trailing = run.endsWith(')') && !run.includes('(') ? ')' : '';
    return REDACTED.phone + trailing;
  });
}

/** Replace every form of the names with the label; longer forms go first so "Ann Lee" is one label. */
function removeNames(text: string, names: string[], label: string): string {
  let out = text;
  for (const name of names) {
    for (const form of nameForms(name)) {
      out = out.replace(wholeWord(escapeRegExp(form), ''), label);
    }
  }
  return out;
}

/**
 * Anonymise one piece of evidence text. The candidate's stored email and phone are removed in
 * any case; then any email address and any phone number; then the candidate's name and the
 * panellists' names. Repeated labels ("[candidate] [candidate]") collapse into one.
 */
export function anonymiseText(text: string, who: Identities): string {
  let out = removeLiteral(text, who.candidate.email, REDACTED.email);
  out = removeLiteral(out, who.candidate.phone, REDACTED.phone);
  out = out.replace(EMAIL, REDACTED.email);
  out = removePhones(out);
  out = removeNames(out, [who.candidate.name], REDACTED.candidate);
  out = removeNames(
    out,
    who.interviewers.filter((n) => n.trim() !== who.candidate.name.trim()),
    REDACTED.interviewer,
  );
  for (const label of Object.values(REDACTED)) {
    const twice = new RegExp(`${escapeRegExp(label)}(?:\\s+${escapeRegExp(label)})+`, 'g');
    out = out.replace(twice, label);
  }
  return out;
}
