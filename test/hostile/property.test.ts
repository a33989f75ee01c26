/**
 * Property tests of the loader: whatever bytes a file holds, `loadDataset` returns a table that keeps
 * its schema's promises or throws a `DataError`; nothing else, and never slowly. Valid random tables,
 * written as CSV or JSON, load back exactly.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isUtcDay } from '../../src/data/coerce.js';
import type { Dataset } from '../../src/data/dataset.js';
import { loadDataset } from '../../src/data/load-dataset.js';
import type { ColumnSpec, Schema } from '../../src/data/schema.js';
import { DataError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each run has this long; a loader that takes longer on a few hundred bytes is stuck. */
const RUN_BUDGET_MS = 2_000;
// A fixed seed keeps CI repeatable; `FC_SEED=<n> FC_RUNS=<factor>` explores further.
const settings = (numRuns: number) => ({ numRuns: numRuns * Number(process.env.FC_RUNS ?? 1), timeout: RUN_BUDGET_MS, seed: Number(process.env.FC_SEED ?? 20_251_129) });

let files = 0;
/** Write a data file and its sidecar under fresh names; returns the data file's path. */
function write(data: Uint8Array | string, meta: object | string, extension = 'csv'): string {
  files += 1;
  const file = join(dir, `f${files}.${extension}`);
  writeFileSync(file, data);
  writeFileSync(join(dir, `f${files}.meta.json`), typeof meta === 'string' ? meta : JSON.stringify(meta));
  return file;
}

/** Load, and sort the outcome into a dataset or a DataError; anything else fails the property. */
async function outcome(file: string): Promise<{ dataset: Dataset } | { error: DataError }> {
  try {
    return { dataset: await loadDataset(file) };
  } catch (error) {
    if (error instanceof DataError) return { error };
    throw new Error(`loadDataset threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}, not a DataError`, { cause: error });
  }
}

/** Whether a loaded value keeps its column's promise. */
function fits(spec: ColumnSpec, value: unknown): boolean {
  if (value === null) return spec.required === false;
  const inRange = (n: number) => (!('min' in spec) || spec.min === undefined || n >= spec.min) && (!('max' in spec) || spec.max === undefined || n <= spec.max);
  switch (spec.type) {
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) && inRange(value);
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER && inRange(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return value instanceof Date && isUtcDay(value);
    case 'category':
      return typeof value === 'string' && spec.values.includes(value);
    case 'string':
      return typeof value === 'string' && value !== '';
  }
}

/** A loaded dataset keeps every promise of its schema: its columns, and a fitting value in every cell. */
function expectValid(dataset: Dataset, schema: Schema): void {
  expect([...dataset.table.columnNames()].sort()).toEqual(Object.keys(schema).sort());
  for (const [name, spec] of Object.entries(schema)) {
    const values = Array.from(dataset.table.array(name) as ArrayLike<unknown>);
    const bad = values.findIndex((value) => !fits(spec, value));
    expect(bad, `column ${name}, row ${bad}: ${String(values[bad])}`).toBe(-1);
  }
  expect(dataset.rows).toHaveLength(dataset.table.numRows());
}

// Random bytes, biased toward what breaks CSV: quotes, separators, every line end, BOMs, invalid UTF-8.
const TOKENS = [
  ',', ',', '"', '""', '\n', '\r\n', '\r', ' ', '\t', ';', '\uFEFF', 'a', 'b', 'd', 'a,b,d\n', '1', '-', '.', '0x1F', 'NaN',
  'Infinity', '9007199254740993', '2024-02-30', '2024-06-25', 'é', '\u2028', '=', '\\', '\u0000',
].map((token) => Buffer.from(token));
const INVALID_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf]].map((bytes) => Buffer.from(bytes));
const csvBytes = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.constantFrom(...INVALID_UTF8) }), { maxLength: 80 }).map((parts) => Buffer.concat(parts)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
);
const BYTES_SCHEMA: Schema = { a: { type: 'integer', required: false }, b: { type: 'string', required: false }, d: { type: 'date', required: false } };

describe('loadDataset on random bytes', () => {
  it('returns a table that keeps the schema, or throws a DataError, for CSV', async () => {
    await fc.assert(
      fc.asyncProperty(csvBytes, async (bytes) => {
        const result = await outcome(write(bytes, { columns: BYTES_SCHEMA }));
        if ('dataset' in result) expectValid(result.dataset, BYTES_SCHEMA);
        else expect(result.error.problems.length).toBeGreaterThan(0);
      }),
      settings(300),
    );
  }, 60_000);

  it('does the same for JSON data files and for sidecars', async () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'd', 'x', '__proto__'), fc.jsonValue(), { maxKeys: 4 }), { maxLength: 5 }).map((rows) => JSON.stringify(rows)),
      csvBytes.map((bytes) => bytes.toString('latin1')),
    );
    await fc.assert(
      fc.asyncProperty(jsonish, fc.oneof(fc.constant(JSON.stringify({ columns: BYTES_SCHEMA })), fc.json()), async (data, meta) => {
        const result = await outcome(write(data, meta, 'json'));
        if ('dataset' in result) expectValid(result.dataset, result.dataset.schema);
      }),
      settings(200),
    );
  }, 60_000);
});

// Random valid tables.
const NAMES = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a b', 'x,y', 'say "hi"', '=SUM(A1)', 'line\nbreak'),
).filter((name) => name.trim() === name && name !== '' && !name.includes('\u0000') && !name.startsWith('\uFEFF') && !/[\uD800-\uDFFF]/.test(name));

const SAFE = Number.MAX_SAFE_INTEGER;
const noSurrogates = (text: string) => !/[\uD800-\uDFFF]/.test(text);
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((value) => !value.includes('\u0000') && noSurrogates(value));

/** A column spec with a generator of values that fit it, and how a value is written in CSV. */
interface Column { spec: ColumnSpec; value: fc.Arbitrary<unknown>; csv: (value: unknown, flip: boolean) => string }

const day = fc.integer({ min: Date.UTC(1, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }).map((days) => new Date(days * 864e5));
const isoDay = (value: Date) => {
  const year = String(value.getUTCFullYear()).padStart(4, '0');
  return `${year}-${String(value.getUTCMonth() + 1).padStart(2, '0')}-${String(value.getUTCDate()).padStart(2, '0')}`;
};

const column: fc.Arbitrary<Column> = fc.oneof(
  fc.record({ min: fc.option(fc.integer({ min: -1000, max: 0 }), { nil: undefined }), required: fc.boolean() }).map(({ min, required }): Column => ({
    spec: { type: 'integer', ...(min === undefined ? {} : { min }), required },
    value: fc.integer({ min: min ?? -SAFE, max: SAFE }),
    csv: (value) => String(value),
  })),
  fc.boolean().map((required): Column => ({
    spec: { type: 'number', required },
    value: fc.double({ min: -SAFE, max: SAFE, noNaN: true }).map((x) => x + 0),
    csv: (value) => String(value),
  })),
  fc.constantFrom('USD', 'KES', 'EUR').map((currency): Column => ({
    spec: { type: 'money', currency, min: 0 },
    value: fc.double({ min: 0, max: 1e12, noNaN: true }).map((x) => x + 0),
    csv: (value) => String(value),
  })),
  fc.boolean().map((required): Column => ({
    spec: { type: 'boolean', required },
    value: fc.boolean(),
    csv: (value, flip) => (flip ? (value ? 'YES' : 'No') : String(value)),
  })),
  fc.boolean().map((required): Column => ({ spec: { type: 'date', required }, value: day, csv: (value) => isoDay(value as Date) })),
  fc.uniqueArray(text, { minLength: 1, maxLength: 4 }).map((values): Column => ({
    spec: { type: 'category', values },
    value: fc.constantFrom(...values),
    csv: (value) => String(value),
  })),
  fc.boolean().map((required): Column => ({ spec: { type: 'string', required }, value: text, csv: (value) => String(value) })),
);

/** A random schema with rows that fit it; optional columns get empty cells now and then. */
const table = fc.uniqueArray(fc.tuple(NAMES, column), { minLength: 1, maxLength: 5, selector: ([name]) => name }).chain((columns) =>
  fc.tuple(
    fc.constant(columns),
    fc.array(fc.tuple(...columns.map(([, c]) => (c.spec.required === false ? fc.option(c.value, { nil: null, freq: 4 }) : c.value))), { maxLength: 12 }),
    fc.boolean(),
    fc.constantFrom('\n', '\r\n', '\r'),
  ));

/** A column named `__proto__` cannot live in an Arquero table: the load must say so, not drop the column. */
function expectReserved(result: Awaited<ReturnType<typeof outcome>>): void {
  expect('error' in result && result.error.message).toMatch(/"__proto__", which JavaScript tables cannot hold/);
}

/** A CSV field: quoted when it must be, or now and then when it need not. */
const field = (value: string) => (/[",\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value);

describe('loadDataset on random valid tables', () => {
  it('loads CSV back to exactly the values written, with any line ends', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ([columns, rows, flip, eol]) => {
        const schema = Object.fromEntries(columns.map(([name, c]) => [name, c.spec]));
        const header = columns.map(([name]) => field(name)).join(',');
        const lines = rows.map((row) => row.map((value, j) => {
          const c = columns[j];
          return value === null || c === undefined ? '' : field(c[1].csv(value, flip));
        }).join(','));
        // A one-column row with an empty cell is an empty line, which is how CSV writes it.
        const result = await outcome(write(`${[header, ...lines].join(eol)}${eol}`, { columns: schema }));
        if (Object.hasOwn(schema, '__proto__')) return expectReserved(result);
        if ('error' in result) {
          // Only one thing may go wrong with valid values: a row of strings that happens to repeat the header.
          expect(result.error.problems.map((p) => p.expected), result.error.message).toEqual(result.error.problems.map(() => expect.stringMatching(/repeats the header/)));
          return;
        }
        expectValid(result.dataset, schema);
        expect(result.dataset.table.columnNames()).toEqual(columns.map(([name]) => name));
        expect(result.dataset.table.numRows()).toBe(rows.length);
        columns.forEach(([name], j) => expect(Array.from(result.dataset.table.array(name) as ArrayLike<unknown>), name).toEqual(rows.map((row) => row[j])));
      }),
      settings(250),
    );
  }, 60_000);

  it('loads JSON rows back to exactly the values written', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ([columns, rows]) => {
        const schema = Object.fromEntries(columns.map(([name, c]) => [name, c.spec]));
        const objects = rows.map((row) => Object.fromEntries(columns.map(([name], j) => {
          const value = row[j];
          return [name, value instanceof Date ? isoDay(value) : value];
        })));
        const result = await outcome(write(JSON.stringify(objects, null, 1), { columns: schema }, 'json'));
        if (Object.hasOwn(schema, '__proto__')) return expectReserved(result);
        if ('error' in result) throw result.error;
        expectValid(result.dataset, schema);
        columns.forEach(([name], j) => expect(Array.from(result.dataset.table.array(name) as ArrayLike<unknown>), name).toEqual(rows.map((row) => row[j])));
      }),
      settings(150),
    );
  }, 60_000);

  it('returns a valid table or a DataError when a valid CSV is damaged at random', async () => {
    const damage = fc.tuple(fc.nat(), fc.constantFrom(...TOKENS, ...INVALID_UTF8), fc.constantFrom('insert', 'replace', 'delete'));
    await fc.assert(
      fc.asyncProperty(table, fc.array(damage, { minLength: 1, maxLength: 4 }), async ([columns, rows], damages) => {
        const schema = Object.fromEntries(columns.map(([name, c]) => [name, c.spec]));
        const csv = [columns.map(([name]) => field(name)).join(','), ...rows.map((row) => row.map((value, j) => (value === null ? '' : field(columns[j]?.[1].csv(value, false) ?? ''))).join(','))].join('\n');
        let bytes = Buffer.from(csv);
        for (const [at, token, how] of damages) {
          const i = bytes.length === 0 ? 0 : at % bytes.length;
          bytes = Buffer.concat([bytes.subarray(0, i), how === 'delete' ? Buffer.alloc(0) : token, bytes.subarray(how === 'insert' ? i : i + 1)]);
        }
        const result = await outcome(write(bytes, { columns: schema }));
        if ('dataset' in result) expectValid(result.dataset, schema);
      }),
      settings(300),
    );
  }, 60_000);
});
