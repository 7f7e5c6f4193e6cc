import { describe, expect, it } from 'vitest';
import { parseCsv, parseNumberCell } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, empty cells and skips blank lines', () => {
    const text = 'id,"rater, one",b\r\n1,"say ""hi""",\r\n\r\n2, 3 ,4\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'rater, one', 'b'],
      ['1', 'say "hi"', ''],
      ['2', '3', '4'],
    ]);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a,"b\n1,2')).toThrow(/unterminated/);
  });
});

describe('parseNumberCell', () => {
  it('takes plain decimals only', () => {
    expect(parseNumberCell('3')).toBe(3);
    expect(parseNumberCell('-2.5e1')).toBe(-25);
    expect(parseNumberCell('.5')).toBe(0.5);
    for (const bad of ['', 'x', '0x10', 'Infinity', '1,5', 'NaN']) expect(parseNumberCell(bad)).toBeUndefined();
  });
});
