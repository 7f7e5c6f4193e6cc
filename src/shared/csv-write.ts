/**
 * Writing CSV (RFC 4180): a header row, then one line per row, CRLF line ends. A cell holding a
 * comma, a quote or a line break is quoted with its quotes doubled; null and undefined are empty.
 * A cell that a spreadsheet would read as a formula (starting with =, +, - or @ and not a
 * number) gets a leading apostrophe, so an exported report cannot run code when opened.
 */

/** What a cell may hold. */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && FORMULA.test(text) && !Number.isFinite(Number(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document from column names and rows of cells in the same order. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
