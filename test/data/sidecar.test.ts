import { describe, expect, it } from 'vitest';
import { parseSidecar } from '../../src/data/sidecar.js';
import { dataError } from './files.js';

const file = 'x.meta.json';
const parse = (meta: unknown, options: Omit<Parameters<typeof parseSidecar>[1], 'file'> = {}) =>
  parseSidecar(typeof meta === 'string' ? meta : JSON.stringify(meta, null, 2), { file, ...options });
const problemsOf = async (meta: unknown, options = {}) => (await dataError(() => parse(meta, options))).problems;

describe('parseSidecar', () => {
  it('returns the meta of a valid sidecar', () => {
    const meta = {
      name: 'funding',
      source: { publication: 'Kenyans.co.ke', date: '2025-05-09', file: 'article.txt' },
      key: 'item',
      columns: {
        item: { type: 'string', description: 'What the money was for.' },
        amount: { type: 'money', currency: 'USD', min: 0 },
        status: { type: 'category', values: ['paused', 'released'] },
        note: { type: 'string', required: false },
      },
      rows: { 'US funding': { quote: 'More than $13 million', inferred: { status: 'The article says "was paused".' } } },
    };
    expect(parse(meta)).toEqual(meta);
  });

  it('names file, line and column of a JSON syntax error', async () => {
    const error = await dataError(() => parse('{\n  "columns": {\n    "a": {"type": "string",}\n  }\n}'));
    expect(error.problems).toMatchObject([{ file, line: 3, column: 28 }]);
    expect(error.message).toMatch(/^1 problem in x\.meta\.json:\n {2}x\.meta\.json:3:28, expected valid JSON/);
  });

  it('lists the allowed column types', async () => {
    expect(await problemsOf({ columns: { a: { type: 'int' } } })).toEqual([
      { file, field: 'columns.a.type', value: 'int', expected: 'a column "type": one of integer, number, string, boolean, date, category, money' },
    ]);
  });

  it('needs values for a category and a known ISO 4217 currency for money', async () => {
    expect(await problemsOf({ columns: { a: { type: 'category' }, b: { type: 'category', values: ['x', 'x'] } } })).toEqual([
      { file, field: 'columns.a.values', expected: 'a "values" list of the allowed categories (non-empty strings, each once)' },
      { file, field: 'columns.b.values', value: '["x","x"]', expected: 'a "values" list of the allowed categories (non-empty strings, each once)' },
    ]);
    expect(await problemsOf({ columns: { a: { type: 'money', currency: 'XYZ' }, b: { type: 'money', currency: 'usd' }, c: { type: 'money' } } })).toEqual([
      { file, field: 'columns.a.currency', value: 'XYZ', expected: 'an ISO 4217 currency code such as "USD" or "KES"' },
      { file, field: 'columns.b.currency', value: 'usd', expected: 'an ISO 4217 currency code such as "USD" or "KES" (did you mean "USD"?)' },
      { file, field: 'columns.c.currency', expected: 'an ISO 4217 currency code such as "USD" or "KES"' },
    ]);
  });

  it('checks bounds, flags and unknown properties (usually typos)', async () => {
    expect(await problemsOf({ columns: { a: { type: 'integer', min: 5, max: 1, requird: false }, b: { type: 'string', required: 'no', min: 1 } } })).toEqual([
      { file, field: 'columns.a.requird', value: 'requird', expected: 'one of the known properties: type, description, unit, required, min, max' },
      { file, field: 'columns.a.min', value: '5', expected: '"min" not greater than "max"' },
      { file, field: 'columns.b.min', value: 'min', expected: 'one of the known properties: type, description, unit, required' },
      { file, field: 'columns.b.required', value: 'no', expected: 'true or false' },
    ]);
  });

  it('needs columns unless a schema is given', async () => {
    expect(await problemsOf({ title: 'x' })).toEqual([{ file, field: 'columns', expected: 'a "columns" property' }]);
    expect(parse({ title: 'x' }, { schema: { a: { type: 'string' } } })).toEqual({ title: 'x', columns: { a: { type: 'string' } } });
  });

  it('checks that columns given beside a schema agree with it', async () => {
    const schema = { a: { type: 'integer' } } as const;
    expect(await problemsOf({ columns: { a: { type: 'string' }, b: { type: 'string' } } }, { schema })).toEqual([
      { file, field: 'columns.a.type', value: 'string', expected: 'the same type as the schema passed to loadDataset (integer)' },
      { file, field: 'columns.b', value: 'b', expected: 'a column that the schema passed to loadDataset also declares' },
    ]);
  });

  it('needs a key that names a required column', async () => {
    const columns = { a: { type: 'string' }, b: { type: 'date', required: false } };
    expect(await problemsOf({ key: 'c', columns })).toEqual([{ file, field: 'key', value: 'c', expected: 'the name of a column: one of "a", "b"' }]);
    expect(await problemsOf({ key: 'b', columns })).toEqual([{ file, field: 'key', value: 'b', expected: 'a required column (a key column cannot have empty cells)' }]);
  });

  it('checks rows: a key to go by, objects, string quotes, inferred columns that exist', async () => {
    const columns = { a: { type: 'string' } };
    expect(await problemsOf({ columns, rows: { x: { quote: 'q' } } })).toEqual([
      { file, field: 'key', expected: 'a "key" naming the column whose values "rows" is keyed by' },
    ]);
    expect(await problemsOf({ columns, key: 'a', rows: { x: 'q', y: { quote: 3, inferred: { b: 'why', a: 4 }, note: 'n' } } })).toEqual([
      { file, field: 'rows.x', value: 'q', expected: 'an object' },
      { file, field: 'rows.y.note', value: 'note', expected: 'one of the known properties: quote, inferred' },
      { file, field: 'rows.y.quote', value: '3', expected: 'a string' },
      { file, field: 'rows.y.inferred.b', value: 'b', expected: 'a column name: one of "a"' },
      { file, field: 'rows.y.inferred.a', value: '4', expected: 'a string' },
    ]);
  });

  it('checks the source', async () => {
    expect(await problemsOf({ columns: { a: { type: 'string' } }, source: { title: 'T', date: 'May 8', publisher: 'P' } })).toEqual([
      { file, field: 'source.publisher', value: 'publisher', expected: 'one of the known properties: publication, title, url, date, file' },
      { file, field: 'source.publication', expected: 'a "publication" property' },
      { file, field: 'source.date', value: 'May 8', expected: 'a date written YYYY-MM-DD (like 2024-06-25)' },
    ]);
  });

  it('refuses a sidecar that is not an object, and unknown top-level properties', async () => {
    expect(await problemsOf([1])).toEqual([{ file, line: 1, expected: 'a JSON object with "columns" (and optionally "name", "title", "source", "key", "rows")' }]);
    expect(await problemsOf({ columns: { a: { type: 'string' } }, colums: {} })).toEqual([
      { file, field: 'colums', value: 'colums', expected: 'one of the known properties: name, title, description, source, key, columns, rows' },
    ]);
  });
});
