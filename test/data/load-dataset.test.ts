import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.js';
import { defineSchema } from '../../src/data/schema.js';
import { dataError, writeFiles } from './files.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'data');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('loadDataset with a sidecar', () => {
  it('loads typed columns, meta and row sources', async () => {
    const data = await loadDataset(join(FIXTURES, 'contingents', 'contingents.csv'));
    expect(data.name).toBe('contingents');
    expect(data.table.columnNames()).toEqual(['contingent', 'officers', 'event', 'date']);
    expect(data.objects()).toEqual([
      { contingent: 1, officers: 400, event: 'departed Kenya', date: day('2024-06-25') },
      { contingent: 2, officers: 200, event: 'landed in Port-au-Prince', date: day('2024-07-16') },
      { contingent: 3, officers: 217, event: 'departed Kenya', date: day('2025-01-18') },
    ]);
    expect(data.meta.source?.publication).toBe('Kenyans.co.ke');
    expect(data.schema.officers).toEqual({ type: 'integer', min: 0, unit: 'officers' });
    expect(data.rows[0]).toEqual({
      index: 0,
      line: 2,
      key: '1',
      quote: 'The officers departed for Haiti on 25,2024, to assist in combating gang violence and the restoration of peace and stability.',
      inferred: [{ field: 'date', reason: 'The article says "on 25,2024" without a month; the flag-off was June 24, 2024.' }],
    });
    expect(data.rows.map((row) => [row.index, row.line, row.key])).toEqual([[0, 2, '1'], [1, 3, '2'], [2, 4, '3']]);
  });

  it('loads every column type, with empty optional cells as null', async () => {
    const dir = writeFiles({
      'all.csv': 'n,x,ok,day,kind,usd,note\n-3,1200.5,yes,2024-02-29,a,13000000,hello\n,,,,,,\n',
      'all.meta.json': {
        columns: {
          n: { type: 'integer', required: false },
          x: { type: 'number', required: false },
          ok: { type: 'boolean', required: false },
          day: { type: 'date', required: false },
          kind: { type: 'category', values: ['a', 'b'], required: false },
          usd: { type: 'money', currency: 'USD', required: false },
          note: { type: 'string', required: false },
        },
      },
    });
    const data = await loadDataset(join(dir, 'all.csv'));
    expect(data.objects()).toEqual([
      { n: -3, x: 1200.5, ok: true, day: day('2024-02-29'), kind: 'a', usd: 13000000, note: 'hello' },
      { n: null, x: null, ok: null, day: null, kind: null, usd: null, note: null },
    ]);
    expect(data.rows).toEqual([{ index: 0, line: 2 }, { index: 1, line: 3 }]);
  });

  it('loads a header-only file as a table with the columns and no rows', async () => {
    const dir = writeFiles({ 'h.csv': 'a,b\n', 'h.meta.json': { columns: { a: { type: 'integer' }, b: { type: 'date' } } } });
    const data = await loadDataset(join(dir, 'h.csv'));
    expect([data.table.numRows(), data.table.columnNames(), data.rows]).toEqual([0, ['a', 'b'], []]);
  });

  it('reads a BOM and CRLF line ends', async () => {
    const dir = writeFiles({ 'b.csv': '\uFEFFa,b\r\n1,x\r\n2,y\r\n', 'b.meta.json': { columns: { a: { type: 'integer' }, b: { type: 'string' } } } });
    expect((await loadDataset(join(dir, 'b.csv'))).objects()).toEqual([{ a: 1, b: 'x' }, { a: 2, b: 'y' }]);
  });
});

describe('loadDataset problems', () => {
  const sidecar = { key: 'contingent', columns: { contingent: { type: 'integer', min: 1 }, officers: { type: 'integer', min: 0 }, date: { type: 'date' } } };

  it('collects every bad cell and names file:line:column, value and expectation', async () => {
    const dir = writeFiles({
      'c.csv': 'contingent,officers,date\n1,2O0,2024-06-25\n2,1,200,2024-02-30\n3,-5,25,2024\n4,,2024-13-01\n',
      'c.meta.json': sidecar,
    });
    const file = join(dir, 'c.csv');
    const error = await dataError(() => loadDataset(file));
    expect(error.problems).toEqual([
      { file, line: 2, column: 2, field: 'officers', value: '2O0', expected: 'an integer (digits with an optional sign, like 42 or -7)' },
      { file, line: 3, value: '2,1,200,2024-02-30', expected: '3 fields, one per column (contingent, officers, date), but this line has 4' },
      { file, line: 4, value: '3,-5,25,2024', expected: '3 fields, one per column (contingent, officers, date), but this line has 4' },
      { file, line: 5, column: 2, field: 'officers', value: '', expected: 'a value (the column is required; set "required": false in its spec to allow empty cells)' },
      { file, line: 5, column: 3, field: 'date', value: '2024-13-01', expected: 'a date whose month is 01 to 12' },
    ]);
    expect(error.message).toContain(`${file}:2:2 column "officers": got "2O0", expected an integer (digits with an optional sign, like 42 or -7)`);
    expect(error.message).toMatch(/^5 problems in /);
    expect(error.hint).toBeDefined();
  });

  it('explains number formats, day lengths and categories in the message', async () => {
    const dir = writeFiles({
      'n.csv': 'x,d,k\n"1,200",2024-02-30,Paused\n1.200.5,2024-02-28,paused\n',
      'n.meta.json': { columns: { x: { type: 'number' }, d: { type: 'date' }, k: { type: 'category', values: ['paused', 'released'] } } },
    });
    const error = await dataError(() => loadDataset(join(dir, 'n.csv')));
    expect(error.problems.map((p) => [p.line, p.column, p.expected])).toEqual([
      [2, 1, 'a number without thousands separators: write 1200'],
      [2, 2, 'a day that exists: February 2024 has 29 days'],
      [2, 3, 'one of "paused", "released" (did you mean "paused"?)'],
      [3, 1, 'a number written with a dot for decimals (like 1200.5)'],
    ]);
  });

  it('stops listing at the limit and counts the rest', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `${i + 1},x,2024-01-01`).join('\n');
    const dir = writeFiles({ 'l.csv': `contingent,officers,date\n${rows}\n`, 'l.meta.json': sidecar });
    const error = await dataError(() => loadDataset(join(dir, 'l.csv')));
    expect(error.problems).toHaveLength(50);
    expect(error.problems.at(-1)?.line).toBe(51);
    expect(error.message).toMatch(/^80 problems in .*\n[\s\S]*… and 30 more problems$/);
    const few = await dataError(() => loadDataset(join(dir, 'l.csv'), { maxProblems: 2 }));
    expect(few.problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('names columns missing from the file and extra ones, and says how to fix them', async () => {
    const dir = writeFiles({ 'm.csv': 'contingent,officer, notes ,date\n1,2,3,2024-01-01\n', 'm.meta.json': { columns: { ...sidecar.columns, notes: { type: 'string' } } } });
    const file = join(dir, 'm.csv');
    const declared = `the "columns" of ${join(dir, 'm.meta.json')}`;
    expect((await dataError(() => loadDataset(file))).problems).toEqual([
      { file, line: 1, field: 'officers', expected: `this column, which ${declared} declares: add it to the file, or remove it from ${declared}` },
      { file, line: 1, column: 2, field: 'officer', value: 'officer', expected: `only columns that ${declared} declares: add "officer" to ${declared}, or remove the column from the file` },
      { file, line: 1, column: 3, field: ' notes ', value: ' notes ', expected: 'the column name without spaces around it ("notes")' },
    ]);
  });

  it('does not match rows against a key column that is missing from the file', async () => {
    const dir = writeFiles({ 'k.csv': 'officers,date\n1,2024-01-01\n', 'k.meta.json': { ...sidecar, rows: { 1: { quote: 'q' } } } });
    expect((await dataError(() => loadDataset(join(dir, 'k.csv')))).problems.map((p) => p.field)).toEqual(['contingent']);
  });

  it('reports an empty file, an unclosed quote and duplicate headers', async () => {
    const dir = writeFiles({
      'e.csv': '',
      'e.meta.json': sidecar,
      'q.csv': 'contingent,officers,date\n1,"2,2024-01-01\n',
      'q.meta.json': sidecar,
      'd.csv': 'contingent,officers,officers,date\n1,2,3,2024-01-01\n',
      'd.meta.json': sidecar,
    });
    expect((await dataError(() => loadDataset(join(dir, 'e.csv')))).problems).toEqual([
      { file: join(dir, 'e.csv'), line: 1, expected: 'a header line naming the columns, but the file is empty' },
    ]);
    expect((await dataError(() => loadDataset(join(dir, 'q.csv')))).problems).toMatchObject([{ line: 2, expected: expect.stringMatching(/closing quote/) }]);
    expect((await dataError(() => loadDataset(join(dir, 'd.csv')))).problems).toMatchObject([{ line: 1, column: 3, field: 'officers', expected: 'a column name used once, but column 2 has it too' }]);
  });

  it('reports a missing sidecar, a missing file and an unknown format', async () => {
    const dir = writeFiles({ 'a.csv': 'a\n1\n', 'b.txt': 'x', 'b.meta.json': { columns: { a: { type: 'string' } } } });
    expect((await dataError(() => loadDataset(join(dir, 'a.csv')))).problems).toEqual([
      { file: join(dir, 'a.meta.json'), expected: `a sidecar ${join(dir, 'a.meta.json')} describing the columns (or a schema passed to loadDataset with {schema})` },
    ]);
    expect((await dataError(() => loadDataset(join(dir, 'none.csv'), { schema: { a: { type: 'string' } } }))).problems).toEqual([
      { file: join(dir, 'none.csv'), expected: 'a readable file (no such file)' },
    ]);
    expect((await dataError(() => loadDataset(join(dir, 'b.txt')))).problems[0]?.expected).toMatch(/a \.csv, \.json, \.arrow, \.feather or \.parquet file/);
  });

  it('reports a sidecar with a JSON syntax error by line and column, together with the data problems it can still see', async () => {
    const dir = writeFiles({ 's.csv': 'a,b\n1\n', 's.meta.json': '{\n  "columns": {\n    "a": {"type": "string"}\n  \n}' });
    const problems = (await dataError(() => loadDataset(join(dir, 's.csv')))).problems;
    expect(problems).toMatchObject([{ file: join(dir, 's.meta.json'), line: 5, column: 2 }, { file: join(dir, 's.csv'), line: 2 }]);
  });

  it('still checks the data when the sidecar has problems other than its columns', async () => {
    const dir = writeFiles({ 'p.csv': 'contingent,officers,date\n1,x,2024-01-01\n', 'p.meta.json': { ...sidecar, titel: 'typo' } });
    expect((await dataError(() => loadDataset(join(dir, 'p.csv')))).problems.map((p) => [p.field, p.value])).toEqual([
      ['titel', 'titel'],
      ['officers', 'x'],
    ]);
  });

  it('checks keys: unique, with a source each when rows are given, and no source for a row that is not there', async () => {
    const dir = writeFiles({
      'k.csv': 'contingent,officers,date\n1,400,2024-06-25\n2,200,2024-07-16\n2,217,2025-01-18\n3,1,2025-02-01\n',
      'k.meta.json': { ...sidecar, rows: { 1: { quote: 'q' }, 2: { quote: 'q' }, 9: { quote: 'q' } } },
    });
    const file = join(dir, 'k.csv');
    const meta = join(dir, 'k.meta.json');
    expect((await dataError(() => loadDataset(file))).problems).toEqual([
      { file, line: 4, column: 1, field: 'contingent', value: '2', expected: 'a value no other row has: column "contingent" is the key, and line 3 has it too' },
      { file, line: 5, column: 1, field: 'contingent', value: '3', expected: `a source for this row: add its key to "rows" in ${meta}` },
      { file: meta, line: 23, column: 5, field: 'rows.9', value: '9', expected: `a value of column "contingent" in ${file}, but no row has it` },
    ]);
  });

  it('finds every quote verbatim (whitespace aside) in the source text, or says where it parts', async () => {
    const dir = writeFiles({
      'article.txt': 'The officers departed\nfor Haiti on 25,2024.\nA second batch landed.',
      'r.csv': 'id,n\n1,400\n2,200\n',
      'r.meta.json': {
        source: { publication: 'P', file: 'article.txt' },
        key: 'id',
        columns: { id: { type: 'integer' }, n: { type: 'integer' } },
        rows: { 1: { quote: 'The officers  departed for Haiti on 25,2024.' }, 2: { quote: 'A second batch arrived.' } },
      },
    });
    expect((await dataError(() => loadDataset(join(dir, 'r.csv')))).problems).toEqual([
      {
        file: join(dir, 'r.meta.json'),
        line: 20,
        column: 7,
        field: 'rows.2.quote',
        value: 'A second batch arrived.',
        expected: 'text found verbatim in article.txt; it matches up to "A second batch" and then differs',
      },
    ]);
  });

  it('reports a source file that cannot be read', async () => {
    const dir = writeFiles({ 'r.csv': 'id\n1\n', 'r.meta.json': { source: { publication: 'P', file: 'gone.txt' }, key: 'id', columns: { id: { type: 'integer' } }, rows: { 1: { quote: 'q' } } } });
    expect((await dataError(() => loadDataset(join(dir, 'r.csv')))).problems).toMatchObject([
      { file: join(dir, 'r.meta.json'), field: 'source.file', value: 'gone.txt', expected: expect.stringMatching(/^a readable source text at .*gone\.txt \(no such file\)$/) },
    ]);
  });
});

describe('loadDataset with a schema in TypeScript', () => {
  const schema = defineSchema({
    contingent: { type: 'integer', min: 1 },
    officers: { type: 'integer', min: 0 },
    event: { type: 'category', values: ['departed Kenya', 'landed in Port-au-Prince'] },
    date: { type: 'date', required: false },
  });

  it('types the rows after the schema and needs no sidecar', async () => {
    const dir = writeFiles({ 't.csv': 'contingent,officers,event,date\n1,400,departed Kenya,\n' });
    const data = await loadDataset(join(dir, 't.csv'), { schema });
    const [row] = data.objects();
    expectTypeOf(row!).toEqualTypeOf<{ contingent: number; officers: number; event: 'departed Kenya' | 'landed in Port-au-Prince'; date: Date | null }>();
    expect(row).toEqual({ contingent: 1, officers: 400, event: 'departed Kenya', date: null });
    expect(data.meta).toEqual({ columns: schema });
  });

  it('types an inline schema too, and leaves rows untyped without one', async () => {
    const dir = writeFiles({ 'u.csv': 'ok\nyes\n', 'u.meta.json': { columns: { ok: { type: 'boolean' } } } });
    const typed = await loadDataset(join(dir, 'u.csv'), { schema: { ok: { type: 'boolean' } } });
    expectTypeOf(typed.objects()).toEqualTypeOf<{ ok: boolean }[]>();
    const untyped = await loadDataset(join(dir, 'u.csv'));
    expectTypeOf(untyped.objects()).toEqualTypeOf<Record<string, unknown>[]>();
    expect(typed.objects()).toEqual(untyped.objects());
  });

  it('uses the sidecar beside it for source and rows, and says "the schema" in fixes', async () => {
    const dir = writeFiles({
      't.csv': 'contingent,officers,event,extra\n1,400,departed Kenya,x\n',
      't.meta.json': { title: 'T', key: 'contingent', rows: { 1: { quote: 'q' } } },
    });
    const file = join(dir, 't.csv');
    expect((await dataError(() => loadDataset(file, { schema }))).problems).toEqual([
      { file, line: 1, field: 'date', expected: 'this column, which the schema declares: add it to the file, or remove it from the schema' },
      { file, line: 1, column: 4, field: 'extra', value: 'extra', expected: 'only columns that the schema declares: add "extra" to the schema, or remove the column from the file' },
    ]);
    const ok = await loadDataset(join(writeFiles({ 't.csv': 'contingent,officers,event,date\n1,400,departed Kenya,\n', 't.meta.json': { title: 'T', key: 'contingent', rows: { 1: { quote: 'q' } } } }), 't.csv'), { schema });
    expect([ok.meta.title, ok.rows[0]?.quote]).toEqual(['T', 'q']);
  });

  it('checks what TypeScript cannot, such as currency codes, with or without a sidecar', async () => {
    const dir = writeFiles({ 'v.csv': 'usd\n1\n', 'w.csv': 'usd\n1\n', 'w.meta.json': { title: 'W' } });
    const schema = { usd: { type: 'money', currency: 'US$' } } as const;
    for (const name of ['v.csv', 'w.csv']) {
      const file = join(dir, name);
      expect((await dataError(() => loadDataset(file, { schema }))).problems).toEqual([
        { file, field: 'schema.usd.currency', value: 'US$', expected: 'an ISO 4217 currency code such as "USD" or "KES"' },
      ]);
    }
  });
});

describe('loadDataset of JSON', () => {
  const columns = { id: { type: 'integer' }, day: { type: 'date' }, note: { type: 'string', required: false } };

  it('loads an array of row objects, typed values or strings', async () => {
    const dir = writeFiles({ 'j.json': [{ id: 1, day: '2024-06-25', note: 'a' }, { id: '2', day: '2024-07-16' }], 'j.meta.json': { key: 'id', columns } });
    const data = await loadDataset(join(dir, 'j.json'));
    expect(data.objects()).toEqual([{ id: 1, day: day('2024-06-25'), note: 'a' }, { id: 2, day: day('2024-07-16'), note: null }]);
    expect(data.rows).toEqual([{ index: 0, line: 2, key: '1' }, { index: 1, line: 7, key: '2' }]);
  });

  it('names the line of the row object for bad values', async () => {
    const dir = writeFiles({
      'j.json': '[\n  {"id": 1, "day": "2024-06-25"},\n  {"id": 1.5, "day": "25,2024", "extra": true},\n  7\n]',
      'j.meta.json': { columns },
    });
    const file = join(dir, 'j.json');
    expect((await dataError(() => loadDataset(file))).problems).toEqual([
      { file, field: 'extra', value: 'extra', expected: `only columns that the "columns" of ${join(dir, 'j.meta.json')} declares: add "extra" to the "columns" of ${join(dir, 'j.meta.json')}, or remove the column from the file` },
      { file, line: 3, field: 'id', value: '1.5', expected: 'a whole number (no decimals)' },
      { file, line: 3, field: 'day', value: '25,2024', expected: 'a date written YYYY-MM-DD (like 2024-06-25)' },
      { file, line: 4, value: '7', expected: 'row 2 to be an object ({"column": value, ...})' },
    ]);
  });

  it('reports empty files, syntax errors and values that are not arrays', async () => {
    const dir = writeFiles({ 'e.json': ' ', 's.json': '[{"id": 1,}]', 'o.json': '{"id": 1}', 'z.json': '[]', 'e.meta.json': { columns }, 's.meta.json': { columns }, 'o.meta.json': { columns }, 'z.meta.json': { columns } });
    expect((await dataError(() => loadDataset(join(dir, 'e.json')))).problems).toMatchObject([{ line: 1, expected: 'a JSON array of row objects, but the file is empty' }]);
    expect((await dataError(() => loadDataset(join(dir, 's.json')))).problems).toMatchObject([{ line: 1, column: 11, expected: expect.stringMatching(/^valid JSON/) }]);
    expect((await dataError(() => loadDataset(join(dir, 'o.json')))).problems).toMatchObject([{ line: 1, expected: expect.stringMatching(/^a JSON array/) }]);
    const empty = await loadDataset(join(dir, 'z.json'));
    expect([empty.table.numRows(), empty.table.columnNames()]).toEqual([0, ['id', 'day', 'note']]);
  });
});
