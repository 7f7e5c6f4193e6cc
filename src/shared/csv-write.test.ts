import { describe, expect, it } from 'vitest';
import { parseCsv } from '../domain/stats/csv.js';
import { csvCell, toCsv } from './csv-write.js';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and reads back to the same cells', () => {
    const rows = [
      ['Onsite, day 1', 'said "no"', 'two\nlines'],
      ['plain', '', 'x'],
    ];
    const text = toCsv(['a', 'b', 'c'], rows);
    expect(text).toBe('a,b,c\r\n"Onsite, day 1","said ""no""","two\nlines"\r\nplain,,x\r\n');
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ...rows]);
  });

  it('writes null as empty, numbers as they are, and defuses spreadsheet formulas', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1.5')).toBe('-1.5');
  });
});
