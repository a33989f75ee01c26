import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../src/data/problem-list.js';
import { readCsv } from '../../src/data/read-csv.js';

function read(text: string) {
  const problems = new ProblemList();
  const cells = readCsv(text, { file: 'x.csv', problems });
  return { cells: cells && { header: cells.header, records: cells.records, lines: [...cells.lines] }, problems: problems.problems };
}

describe('readCsv', () => {
  it('splits header and records and numbers their lines', () => {
    expect(read('a,b\n1,2\n3,4\n')).toEqual({ cells: { header: ['a', 'b'], records: [['1', '2'], ['3', '4']], lines: [2, 3] }, problems: [] });
  });

  it('reads a header with no rows as zero records', () => {
    expect(read('a,b\n').cells).toEqual({ header: ['a', 'b'], records: [], lines: [] });
    expect(read('a,b').cells).toEqual({ header: ['a', 'b'], records: [], lines: [] });
  });

  it('reports an empty file', () => {
    expect(read('')).toEqual({ cells: undefined, problems: [{ file: 'x.csv', line: 1, expected: 'a header line naming the columns, but the file is empty' }] });
    expect(read('\uFEFF').cells).toBeUndefined();
  });

  it('drops a BOM and reads CRLF line ends', () => {
    expect(read('\uFEFFa,b\r\n1,2\r\n').cells).toEqual({ header: ['a', 'b'], records: [['1', '2']], lines: [2] });
  });

  it('counts the lines inside quoted fields, for LF, CRLF and CR', () => {
    expect(read('a,b\n1,"x\ny"\n3,4\n').cells?.lines).toEqual([2, 4]);
    expect(read('a,b\r\n1,"x\r\ny\r\nz"\r\n3,4\r\n').cells?.lines).toEqual([2, 5]);
    expect(read('a,"b\nc"\n1,2\n').cells).toEqual({ header: ['a', 'b\nc'], records: [['1', '2']], lines: [3] });
    expect(read('a,b\r1,2\r3,4\r').cells?.lines).toEqual([2, 3]);
  });

  it('skips blank lines but keeps counting them', () => {
    expect(read('a,b\n1,2\n\n3,4\n').cells).toEqual({ header: ['a', 'b'], records: [['1', '2'], ['3', '4']], lines: [2, 4] });
  });

  it('reads a blank line in a one-column file as an empty cell', () => {
    expect(read('a\n1\n\n3\n').cells).toEqual({ header: ['a'], records: [['1'], [''], ['3']], lines: [2, 3, 4] });
  });

  it('reports rows with the wrong number of fields by line, and keeps the others', () => {
    const { cells, problems } = read('a,b\n1,2,3\n4\n5,6\n');
    expect(cells?.records).toEqual([['5', '6']]);
    expect(cells?.lines).toEqual([4]);
    expect(problems).toEqual([
      { file: 'x.csv', line: 2, value: '1,2,3', expected: '2 fields, one per column (a, b), but this line has 3' },
      { file: 'x.csv', line: 3, value: '4', expected: '2 fields, one per column (a, b), but this line has 1' },
    ]);
  });

  it('reports an unclosed quote at the line where it opens', () => {
    expect(read('a,b\n1,2\n3,"4\n5,6\n')).toEqual({
      cells: undefined,
      problems: [{ file: 'x.csv', line: 3, expected: 'a closing quote (") for the field whose quote opens on this line' }],
    });
  });

  it('reports a stray closing quote and stops there', () => {
    expect(read('a,b\n1,"2"x\n3,4\n5,"6\n').problems).toEqual([
      { file: 'x.csv', line: 2, column: 2, expected: 'a comma or a line end right after a closing quote (double a quote inside a quoted field: "say ""hi""")' },
    ]);
  });

  it('reports every quote inside an unquoted field', () => {
    const { problems } = read('a,b\n1,2"x\n3,4\n5,6"\n');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[2, 2], [4, 2]]);
    expect(problems[0]?.expected).toMatch(/quotes only around a whole field/);
  });

  it('reports blank and repeated column names with their column', () => {
    expect(read('a,,b,a\n1,2,3,4\n').problems).toEqual([
      { file: 'x.csv', line: 1, column: 2, value: '', expected: 'a column name in the header, but this one is blank' },
      { file: 'x.csv', line: 1, column: 4, field: 'a', value: 'a', expected: 'a column name used once, but column 1 has it too' },
    ]);
  });
});
