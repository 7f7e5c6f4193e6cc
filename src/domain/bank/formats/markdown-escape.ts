/**
 * How field values are written into the structured Markdown format so they read naturally yet
 * come back byte for byte.
 *
 * Two mechanisms, both plain Markdown:
 * - Backslash escapes. A value (or a line of a block) that starts with a character the reader
 *   would take as markup (`\`, `"`, `#`, or a `- key:` metadata line) gets one leading `\`.
 *   Markdown renders `\#` as `#`, so the file still reads right.
 * - Quoted fallback. A value that cannot be written as-is (line breaks in a one-line field, leading
 *   or trailing white space, control characters, or the field's own delimiter such as " — cues: ")
 *   is written as a JSON string literal `"..."`. Rare in practice, and always lossless.
 */

// Characters a line-based reader or an editor could split or swallow.
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
const EDGE_SPACE = /^\s|\s$/;
// A block line that would be read as a heading, a quoted value, an escape or a metadata item.
const BLOCK_LINE_NEEDS_ESCAPE = /^(?:[\\#"]|- [A-Za-z]+:)/;

/** Thrown by the decoders; the reader turns it into a problem for the field it was reading. */
export class FieldSyntaxError extends Error {}

/** JSON text that stays on one line even for U+2028/U+2029, which JSON.stringify leaves raw. */
export function toJsonLiteral(value: string | readonly string[]): string {
  return JSON.stringify(value).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Encodes a one-line value. `delimiter`, when given, matches text that would end the value early
 * in its line (e.g. the " — cues: " separator of a look-for signal); such values are quoted.
 */
export function encodeInline(value: string, delimiter?: RegExp): string {
  if (value === '' || EDGE_SPACE.test(value) || CONTROL.test(value) || delimiter?.test(value)) {
    return toJsonLiteral(value);
  }
  return /^[\\"]/.test(value) ? `\\${value}` : value;
}

/** Decodes what {@link encodeInline} wrote; surrounding white space is not part of the value. */
export function decodeInline(raw: string): string {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const read = readJsonString(text);
    if (read.rest.trim() !== '')
      throw new FieldSyntaxError(`unexpected text after the quoted value: ${read.rest.trim()}`);
    return read.value;
  }
  return text.startsWith('\\') ? text.slice(1) : text;
}

/**
 * Reads a JSON string literal at the start of `text` and returns it with what follows it.
 * Used where a quoted value is followed by more of the line (a signal's cues).
 */
export function readJsonString(text: string): { value: string; rest: string } {
  let end = -1;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') {
      end = i + 1;
      break;
    }
  }
  if (end < 0) throw new FieldSyntaxError('unterminated quoted value');
  try {
    const value: unknown = JSON.parse(text.slice(0, end));
    if (typeof value === 'string') return { value, rest: text.slice(end) };
  } catch {
    // Reported below with the same message as a non-string.
  }
  throw new FieldSyntaxError(`invalid quoted value: ${text.slice(0, end)}`);
}

/** Encodes a multi-line value (question text, example answers) as the lines of a Markdown block. */
export function encodeBlock(value: string): string[] {
  if (value === '' || EDGE_SPACE.test(value) || CONTROL.test(value.replace(/[\n\t]/g, ''))) {
    return [toJsonLiteral(value)];
  }
  return value.split('\n').map((line) => (BLOCK_LINE_NEEDS_ESCAPE.test(line) ? `\\${line}` : line));
}

/**
 * Decodes the lines of a block written by {@link encodeBlock}. Blank lines at either end are
 * layout, not content: encodeBlock quotes values that start or end with white space.
 */
export function decodeBlock(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start++;
  while (end > start && lines[end - 1]?.trim() === '') end--;
  const body = lines.slice(start, end);
  const first = body[0] ?? '';
  if (first.startsWith('"')) {
    if (body.length > 1) throw new FieldSyntaxError('a quoted value must be on one line');
    return decodeInline(first);
  }
  return body.map((line) => (line.startsWith('\\') ? line.slice(1) : line)).join('\n');
}
