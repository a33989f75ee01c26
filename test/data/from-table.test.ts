import * as aq from 'arquero';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { datasetFromTable, inferSchema } from '../../src/data/from-table.js';
import { defineSchema } from '../../src/data/schema.js';
import { dataError } from './files.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const schema = defineSchema({ day: { type: 'date' }, kes_per_usd: { type: 'number', min: 0 }, note: { type: 'string', required: false } });

describe('datasetFromTable', () => {
  it('wraps row objects, checking and converting values against the schema', () => {
    const rates = datasetFromTable([{ day: '2025-05-08', kes_per_usd: '129.27' }, { day: day('2025-05-15'), kes_per_usd: 129.25, note: 'w' }], { name: 'rates', schema });
    expectTypeOf(rates.objects()).toEqualTypeOf<{ day: Date; kes_per_usd: number; note: string | null }[]>();
    expect(rates.objects()).toEqual([
      { day: day('2025-05-08'), kes_per_usd: 129.27, note: null },
      { day: day('2025-05-15'), kes_per_usd: 129.25, note: 'w' },
    ]);
    expect([rates.name, rates.file, rates.schema, rates.meta]).toEqual(['rates', 'rates (in memory)', schema, { name: 'rates', columns: schema }]);
    expect(rates.rows).toEqual([{ index: 0 }, { index: 1 }]);
  });

  it('wraps an Arquero table without changing it', () => {
    const input = aq.table({ day: ['2025-05-08'], kes_per_usd: [129.27] });
    const rates = datasetFromTable(input, { name: 'rates', schema: { day: { type: 'date' }, kes_per_usd: { type: 'number' } }, file: 'fx.csv' });
    expect(rates.table.get('day', 0)).toEqual(day('2025-05-08'));
    expect(input.get('day', 0)).toBe('2025-05-08');
    expect(rates.file).toBe('fx.csv');
  });

  it('reads a filtered table as it shows', () => {
    const input = aq.table({ n: [1, 2, 3] }).filter((d: { n: number }) => d.n > 1);
    expect(datasetFromTable(input, { name: 'n', schema: { n: { type: 'integer' } } }).objects()).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('names the row and column of each bad value, and missing or extra columns', async () => {
    const error = await dataError(() =>
      datasetFromTable([{ day: '2025-02-30', kes_per_usd: -1, extra: 1 }, { day: new Date('2025-05-08T12:00:00Z'), kes_per_usd: null }], { name: 'rates', schema }),
    );
    expect(error.problems).toEqual([
      { file: 'rates (in memory)', field: 'extra', value: 'extra', expected: 'only columns that the schema declares: add "extra" to the schema, or remove the column from the file' },
      { file: 'rates (in memory), row 0', field: 'day', value: '2025-02-30', expected: 'a day that exists: February 2025 has 28 days' },
      { file: 'rates (in memory), row 0', field: 'kes_per_usd', value: '-1', expected: 'a number of at least 0' },
      { file: 'rates (in memory), row 1', field: 'day', value: '2025-05-08T12:00:00.000Z', expected: 'a date: a Date at UTC midnight or a string YYYY-MM-DD' },
      { file: 'rates (in memory), row 1', field: 'kes_per_usd', expected: 'a value (the column is required; set "required": false in its spec to allow empty cells)' },
    ]);
    expect(error.message).toContain('rates (in memory), row 0 column "day": got "2025-02-30", expected a day that exists');
  });

  it('infers a schema when none is given, and keeps the values as they are', () => {
    const rows: { n: number; x: number; ok: boolean | null; d: Date; s: string | number }[] = [
      { n: 1, x: 1.5, ok: true, d: day('2024-01-01'), s: 'a' },
      { n: 2, x: 2, ok: null, d: day('2024-01-02'), s: 3 },
    ];
    const data = datasetFromTable(rows, { name: 'mixed' });
    expectTypeOf(data.objects()).toEqualTypeOf<typeof rows>();
    expect(data.schema).toEqual({ n: { type: 'integer' }, x: { type: 'number' }, ok: { type: 'boolean', required: false }, d: { type: 'date' }, s: { type: 'string' } });
    expect(data.objects()[1]).toEqual({ n: 2, x: 2, ok: null, d: day('2024-01-02'), s: 3 });
  });

  it('takes meta: key and per-row sources, and its columns as the schema', async () => {
    const meta = { key: 'id', source: { publication: 'P' }, rows: { a: { quote: 'qa', inferred: { n: 'guess' } } }, columns: { id: { type: 'string' }, n: { type: 'integer' } } } as const;
    const data = datasetFromTable([{ id: 'a', n: '4' }], { name: 'm', meta });
    expect(data.objects()).toEqual([{ id: 'a', n: 4 }]);
    expect(data.rows).toEqual([{ index: 0, key: 'a', quote: 'qa', inferred: [{ field: 'n', reason: 'guess' }] }]);
    expect(data.meta.source).toEqual({ publication: 'P' });
    const error = await dataError(() => datasetFromTable([{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'b', n: 3 }], { name: 'm', meta }));
    expect(error.problems.map((p) => [p.file, p.value, p.expected])).toEqual([
      ['m (in memory), row 2', 'b', 'a value no other row has: column "id" is the key, and row 1 has it too'],
      ['m (in memory), row 1', 'b', 'a source for this row: add its key to "rows" in m (in memory)'],
    ]);
  });

  it('needs the key to name a column', async () => {
    const error = await dataError(() => datasetFromTable([{ id: 'a' }], { name: 'm', meta: { key: 'code' } }));
    expect(error.problems).toEqual([{ file: 'm (in memory)', field: 'key', value: 'code', expected: 'the name of a column: one of "id"' }]);
  });
});

describe('inferSchema', () => {
  it('falls back to text for mixed columns and marks columns with nulls optional', () => {
    expect(inferSchema(aq.table({ a: [1, 'x'], b: [null, null], c: [1, 2.5] }))).toEqual({
      a: { type: 'string' },
      b: { type: 'string', required: false },
      c: { type: 'number' },
    });
  });
});
