import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toDownloadCSV } from '../../src/report/csv.js';

describe('neutraliseFormula', () => {
  it('prefixes a cell that starts a formula', () => {
    expect(['=1+1', '+1', '-x', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-x", "'@SUM(A1)", "'\tx", "'\rx"]);
  });

  it('prefixes a formula after a semicolon, where a semicolon-locale spreadsheet starts a new cell', () => {
    expect(neutraliseFormula('a;=1+1')).toBe("a;'=1+1");
    expect(neutraliseFormula('=1;=2;ok;-3')).toBe("'=1;'=2;ok;'-3");
  });

  it('leaves text, numbers and dates alone', () => {
    expect(neutraliseFormula('a=1; b')).toBe('a=1; b');
    expect(neutraliseFormula(-3)).toBe(-3);
    const day = new Date(Date.UTC(2024, 5, 24));
    expect(neutraliseFormula(day)).toBe(day);
  });
});

describe('toDownloadCSV', () => {
  it('neutralises cells and headers, semicolon-separated parts included', () => {
    expect(toDownloadCSV([{ 'name;=cmd': 'a;=1+1', n: -2 }])).toBe("name;'=cmd,n\na;'=1+1,-2\n");
  });
});
