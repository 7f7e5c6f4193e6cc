/**
 * A small RFC 4180 CSV reader for the statistics commands: comma-separated, fields optionally
 * in double quotes ("" inside quotes is a literal quote), CRLF or LF line ends, blank lines
 * skipped. Cells are trimmed of surrounding spaces; an empty cell is a missing value.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && (row[0] as string).trim() === '')) rows.push(row.map((f) => f.trim()));
    row = [];
    field = '';
  };
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new RangeError('unterminated quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** A number cell: a plain decimal or exponent literal (no hex, no "Infinity"). */
export function parseNumberCell(cell: string): number | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell)) return undefined;
  const n = Number(cell);
  return Number.isFinite(n) ? n : undefined;
}
