/**
 * Kebab-case ids for imported questions: readable, stable for the same text, and valid for the
 * question schema's slug rule (lower-case ASCII letters and digits joined by single hyphens).
 */

/** The shortest slug the question schema accepts. */
const MIN_SLUG_LENGTH = 3;

/**
 * Turns free text into a kebab-case slug of at most `maxLength` characters. Accents are folded
 * ("café" -> "cafe"), apostrophes vanish ("what's" -> "whats") and a cut falls on a word boundary
 * when one is near, so ids do not end in half a word. Returns '' when nothing usable is left
 * (text in a non-Latin script, punctuation only).
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return truncateSlug(slug, maxLength);
}

/** Cuts a slug to `maxLength`, backing up to the last hyphen unless that loses more than half. */
function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  // Mid-word cut: drop the partial word when the rest still says enough.
  const atBoundary = slug[maxLength] === '-';
  const trimmed = !atBoundary && lastHyphen >= maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
  return trimmed.replace(/-+$/, '');
}

/**
 * Returns `base` (or `fallback` when `base` is too short to be a slug) made unique against
 * `taken` with -2, -3, ... suffixes, kept within `maxLength`, and records it in `taken`.
 */
export function uniqueSlug(base: string, taken: Set<string>, maxLength = 60, fallback = 'question'): string {
  const stem = base.length >= MIN_SLUG_LENGTH ? base : fallback;
  let candidate = stem;
  for (let n = 2; taken.has(candidate); n++) {
    const suffix = `-${n}`;
    candidate = `${truncateSlug(stem, maxLength - suffix.length)}${suffix}`;
  }
  taken.add(candidate);
  return candidate;
}
