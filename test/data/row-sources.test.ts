import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../src/data/problem-list.js';
import { checkRowSources, keyText, normalizeSpace, rowSources, type RowKeys } from '../../src/data/row-sources.js';

const keys = (texts: readonly string[], values?: readonly unknown[]): RowKeys => ({
  count: texts.length,
  keyOf: (index) => texts[index],
  lineOf: (index) => index + 2,
  keyColumn: 1,
  ...(values === undefined ? {} : { keyValues: values }),
});

function check(meta: Parameters<typeof checkRowSources>[0], rows: RowKeys, source?: { file: string; text: string }) {
  const problems = new ProblemList();
  checkRowSources(meta, rows, { file: 'd.csv', sidecar: 'd.meta.json', problems, ...(source === undefined ? {} : { source }) });
  return problems.problems;
}

describe('checkRowSources', () => {
  it('finds duplicate keys, by text even when the numbers agree', () => {
    const meta = { key: 'id', columns: { id: { type: 'integer' } } } as const;
    expect(check(meta, keys(['1', '2', '3'], [1, 2, 3]))).toEqual([]);
    expect(check(meta, keys(['1', '2', '1'], [1, 2, 1]))).toEqual([
      { file: 'd.csv', line: 4, column: 1, field: 'id', value: '1', expected: 'a value no other row has: column "id" is the key, and line 2 has it too' },
    ]);
    // "01" and "1" are the same number but different keys as written: not a duplicate.
    expect(check(meta, keys(['01', '1'], [1, 1]))).toEqual([]);
  });

  it('checks string and date keys', () => {
    const meta = { key: 'day', columns: { day: { type: 'date' } } } as const;
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(check(meta, keys(['2024-01-01', '2024-01-02'], [day('2024-01-01'), day('2024-01-02')]))).toEqual([]);
    expect(check(meta, keys(['2024-01-01', '2024-01-01'], [day('2024-01-01'), day('2024-01-01')]))).toHaveLength(1);
    expect(check({ key: 's', columns: { s: { type: 'string' } } }, keys(['a', 'b', 'a']))).toHaveLength(1);
  });

  it('needs nothing of a dataset without a key', () => {
    expect(check({ columns: { a: { type: 'string' } } }, keys(['x', 'x']))).toEqual([]);
  });

  it('matches quotes whatever the whitespace, and only verbatim otherwise', () => {
    const meta = { key: 's', columns: { s: { type: 'string' } }, rows: { a: { quote: 'one  two\nthree' }, b: { quote: 'three four' }, c: {} } } as const;
    expect(check(meta, keys(['a', 'b', 'c']), { file: 'article.txt', text: 'one\ttwo three\u00a0four' })).toEqual([]);
    expect(check(meta, keys(['a', 'b', 'c']), { file: 'article.txt', text: 'one two three, four' })).toEqual([
      { file: 'd.meta.json', field: 'rows.b.quote', value: 'three four', expected: 'text found verbatim in article.txt; it matches up to "three" and then differs' },
    ]);
    expect(check(meta, keys(['a', 'b', 'c']), { file: 'article.txt', text: 'One two three four' }).map((p) => p.field)).toEqual(['rows.a.quote']);
    expect(check({ ...meta, rows: { a: { quote: 'zzz' } } }, keys(['a']), { file: 'article.txt', text: 'abc' })[0]?.expected).toBe('text found verbatim in article.txt');
  });
});

describe('rowSources', () => {
  it('builds one entry per row with the sidecar entry of its key', () => {
    const meta = { key: 's', columns: { s: { type: 'string' } }, rows: { a: { quote: 'qa', inferred: { s: 'why' } } } } as const;
    expect(rowSources(meta, keys(['a', 'b']))).toEqual([
      { index: 0, line: 2, key: 'a', quote: 'qa', inferred: [{ field: 's', reason: 'why' }] },
      { index: 1, line: 3, key: 'b' },
    ]);
  });
});

describe('keyText and normalizeSpace', () => {
  it('write keys as text', () => {
    expect([keyText('a'), keyText(3), keyText(true), keyText(new Date('2024-06-25T00:00:00Z')), keyText(null), keyText('')]).toEqual(['a', '3', 'true', '2024-06-25', undefined, undefined]);
  });

  it('collapse whitespace', () => {
    expect(normalizeSpace('  a \n\t b\u00a0c ')).toBe('a b c');
  });
});
