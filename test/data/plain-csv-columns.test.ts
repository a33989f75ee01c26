/**
 * The plain-CSV fast path against csv-parse's path: whenever the fast path returns columns, csv-parse
 * finds no problem and returns the same columns, lines and keys; whenever the file is not plain or
 * has a problem, the fast path steps aside (and the slow path reports, as it always did).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvColumns, parsedCsvColumns, type LoadedColumns } from '../../src/data/csv-columns.js';
import { plainCsvColumns } from '../../src/data/plain-csv-columns.js';
import { ProblemList } from '../../src/data/problem-list.js';
import type { ColumnSpec, Schema } from '../../src/data/schema.js';

const seed = Number(process.env.FC_SEED ?? 20_251_129);
const runs = (n: number) => ({ numRuns: n * Number(process.env.FC_RUNS ?? 1), seed });

/** What a loaded CSV hands on, as plain data: the values of its columns, and line and key of every row. */
function shape(loaded: LoadedColumns | undefined) {
  if (loaded === undefined) return undefined;
  const { fields, columns, rows } = loaded;
  const indices = Array.from({ length: rows.count }, (_, index) => index);
  return {
    fields,
    // A date column may be a day-number column (see `date-column.ts`): compared by the values it reads as.
    columns: Object.fromEntries(Object.entries(columns).map(([name, column]) => [name, Array.from(column as Iterable<unknown>)])),
    count: rows.count,
    lines: indices.map((index) => rows.lineOf(index)),
    keys: indices.map((index) => rows.keyOf(index)),
    keyColumn: rows.keyColumn,
    // Key values as the uniqueness check reads them (`uniqueNumbers`): a date as its time, an empty cell as NaN.
    keyValues: rows.keyValues === undefined ? undefined : Array.from(rows.keyValues, (value) => (value instanceof Date ? value.getTime() : value ?? Number.NaN)),
  };
}

/** Both paths over the same bytes. */
function both(bytes: Buffer, schema: Schema, key?: string) {
  const options = { file: 'x.csv', schema, declaredIn: 'the schema', ...(key === undefined ? {} : { key }) };
  const problems = new ProblemList({ limit: 10_000 });
  const slow = parsedCsvColumns(bytes, { ...options, problems });
  return { fast: shape(plainCsvColumns(bytes, options)), slow: shape(slow), problems: problems.problems };
}

/** The fast path's columns, if it takes the file, after checking that the slow path agrees. */
function agree(bytes: Buffer, schema: Schema, key?: string) {
  const { fast, slow, problems } = both(bytes, schema, key);
  if (fast !== undefined) {
    expect(problems).toEqual([]);
    expect(fast).toEqual(slow);
  }
  return { fast, problems };
}

const SCHEMA: Schema = {
  id: { type: 'integer', min: 1 },
  day: { type: 'date', required: false },
  region: { type: 'category', values: ['North', 'South', 'Ñorth'] },
  value: { type: 'number', min: 0, required: false },
  ok: { type: 'boolean', required: false },
  note: { type: 'string', required: false },
};
const bytes = (text: string) => Buffer.from(text);

describe('plainCsvColumns', () => {
  it('reads a plain file into the same columns as csv-parse, with lines and keys', () => {
    const text = '\uFEFFid,day,region,value,ok,note\r\n1,2024-06-25,North,12.5,yes,café\n2,,Ñorth,,,\r\n3,2024-02-29,South,1e3,0,x y\n';
    const { fast } = agree(bytes(text), SCHEMA, 'id');
    expect(fast).toEqual({
      fields: ['id', 'day', 'region', 'value', 'ok', 'note'],
      columns: {
        id: [1, 2, 3],
        day: [new Date('2024-06-25T00:00:00Z'), null, new Date('2024-02-29T00:00:00Z')],
        region: ['North', 'Ñorth', 'South'],
        value: [12.5, null, 1000],
        ok: [true, null, false],
        note: ['café', null, 'x y'],
      },
      count: 3,
      lines: [2, 3, 4],
      keys: ['1', '2', '3'],
      keyColumn: 1,
      keyValues: [1, 2, 3],
    });
  });

  it('keeps keys as written, and reads a header without rows, and a last line without a line end', () => {
    const schema: Schema = { id: { type: 'integer' }, name: { type: 'string' } };
    expect(agree(bytes('id,name\n007,a\n+8,b'), schema, 'id').fast?.keys).toEqual(['007', '+8']);
    expect(agree(bytes('name,id\nb,1\n'), schema, 'name').fast).toMatchObject({ keys: ['b'], keyColumn: 1 });
    expect(agree(bytes('id,name\n'), schema).fast).toMatchObject({ columns: { id: [], name: [] }, count: 0 });
    expect(agree(bytes('id,name'), schema).fast).toMatchObject({ columns: { id: [], name: [] }, count: 0 });
  });

  it('reads a blank line of a one-column file as an empty cell, as csv-parse does', () => {
    const schema: Schema = { note: { type: 'string', required: false } };
    expect(agree(bytes('note\na\n\nb\n\n'), schema).fast?.columns).toEqual({ note: ['a', null, 'b', null] });
    expect(agree(bytes('note\r\n\r\n'), schema).fast?.columns).toEqual({ note: [null] });
  });

  it('settles numbers past its arithmetic the way the text parsers do', () => {
    const schema: Schema = { n: { type: 'number' }, i: { type: 'integer' } };
    const { fast } = agree(bytes('n,i\n1.2345678901234567,0000000000000000042\n-2.5e-3,-0\n0.1,9007199254740991\n'), schema);
    expect(fast?.columns).toEqual({ n: [1.2345678901234567, -0.0025, 0.1], i: [42, 0, 9007199254740991] });
    expect(Object.is((fast?.columns.i as number[])[1], 0)).toBe(true);
  });

  it('steps aside for what is not plain: quotes, lone CRs, blank lines', () => {
    const schema: Schema = { a: { type: 'integer', min: 0 }, b: { type: 'string', required: false } };
    for (const text of ['a,b\n1,"x"\n', 'a,b\r1,x\r', 'a,b\n1,x\r2,y\n', 'a,b\n1,x\n\n2,y\n', 'a,b\n1,x\n\n', 'a,b\r']) {
      expect(agree(bytes(text), schema).fast, JSON.stringify(text)).toBeUndefined();
    }
    expect(plainCsvColumns(Buffer.from('\uFEFFa,b\n1,x\n', 'utf16le'), { file: 'x.csv', schema, declaredIn: 'the schema' })).toBeUndefined();
  });

  it('steps aside for every problem, leaving it to csv-parse to report', () => {
    const schema: Schema = { a: { type: 'integer', min: 0 }, b: { type: 'string', required: false } };
    for (const text of [
      'a,b\n1\n', 'a,b\n1,x,y\n', 'a,b\n1,x\na,b\n', 'a,b\n1,x\n\uFEFFa,b\n', 'a,b\n-1,x\n', 'a,b\n1.5,x\n', 'a,b\n,x\n', 'a,b\n9007199254740992,x\n',
      'a,b,c\n1,x,y\n', 'a\n1\n', 'a, b\n1,x\n', 'a,a\n1,2\n', 'a,b,\n1,x,\n', '__proto__,a,b\n1,2,3\n', '', '\uFEFF', '\n1,x\n',
    ]) {
      const { fast, problems } = agree(bytes(text), schema);
      expect(fast, JSON.stringify(text)).toBeUndefined();
      expect(problems.length, JSON.stringify(text)).toBeGreaterThan(0);
    }
  });

  it('is what csvColumns uses for a plain Buffer, and csv-parse for text', () => {
    const schema: Schema = { a: { type: 'integer' } };
    const problems = new ProblemList();
    const options = { file: 'x.csv', schema, declaredIn: 'the schema', problems };
    expect(shape(csvColumns(bytes('a\n1\n2\n'), options))).toEqual(shape(csvColumns('a\n1\n2\n', options)));
    expect(problems.problems).toEqual([]);
  });
});

// Random files made of the pieces that matter: the header's names, separators, every line end, and
// cells that fit or almost fit the schema.
const NAMES = ['id', 'day', 'region', 'value', 'ok', 'note'];
const CELLS = [
  '1', '2', '42', '007', '+3', '-1', '0', '-0', '1.5', '.5', '5.', '1e3', '1E-7', '12345678901234567', '9007199254740993', '0x1F', 'NaN', 'Infinity', '1,5',
  '2024-06-25', '2024-02-30', '0099-01-01', '2024-6-25', 'North', 'South', 'Ñorth', 'north', 'North ', 'yes', 'No', 'maybe', 'café', 'x y', '', ' ', '\uFEFF', 'id', '\uFEFFid',
];
const PIECES = [...NAMES, ...CELLS, ',', ',', ',', '\n', '\n', '\r\n', '\r', '"', '\uFEFF'];
const VALID: Readonly<Record<string, readonly string[]>> = {
  id: ['1', '2', '42', '007', '+3', '12345678901234567'],
  day: ['2024-06-25', '0099-01-01', ''],
  region: ['North', 'South', 'Ñorth'],
  value: ['1.5', '.5', '5.', '1e3', '0', '', '-0', '0.1000000000000000055511151231257827'],
  ok: ['yes', 'No', '0', ''],
  note: ['café', 'x y', ' ', '', 'id', '\uFEFF', '\uFEFFid'],
};
const anyCells = fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 7 }).map((cells) => cells.join(','));
const rowFor = (names: readonly string[]) => fc.oneof(
  { weight: 4, arbitrary: fc.tuple(...names.map((name) => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...(VALID[name] ?? [])) }, { weight: 1, arbitrary: fc.constantFrom(...CELLS) }))).map((cells) => cells.join(',')) },
  { weight: 1, arbitrary: anyCells },
);
const eol = fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', '\r\n', '\r');
const randomCsv = fc.oneof(
  { weight: 4, arbitrary: fc.shuffledSubarray(NAMES, { minLength: 1 }).chain((names) => fc.tuple(fc.boolean(), fc.constant(names.join(',')), fc.array(fc.tuple(rowFor(names), eol), { maxLength: 8 }), fc.boolean())).map(([bom, head, rows, last]) =>
    `${bom ? '\uFEFF' : ''}${head}\n${rows.map(([row, end], i) => (i === rows.length - 1 && !last ? row : row + end)).join('')}`) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')) },
);
const schemaOf = (head: string): Schema => Object.fromEntries(head.replace(/^\uFEFF/, '').split(/\r?\n/)[0]?.split(',').filter((name) => Object.hasOwn(SCHEMA, name)).map((name) => [name, SCHEMA[name] as ColumnSpec]) ?? []);

// Random valid tables, written plainly.
const SAFE = Number.MAX_SAFE_INTEGER;
const plainText = fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }).filter((text) => !/[",\r\n\uD800-\uDFFF]/.test(text));
const day = fc.integer({ min: Date.UTC(1, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }).map((days) => new Date(days * 864e5));
const isoDay = (value: Date) => `${String(value.getUTCFullYear()).padStart(4, '0')}-${String(value.getUTCMonth() + 1).padStart(2, '0')}-${String(value.getUTCDate()).padStart(2, '0')}`;
interface Column { spec: ColumnSpec; value: fc.Arbitrary<unknown>; csv: (value: unknown) => string }
const column: fc.Arbitrary<Column> = fc.oneof(
  fc.record({ min: fc.option(fc.integer({ min: -1000, max: 0 }), { nil: undefined }), required: fc.boolean() }).map(({ min, required }): Column => ({
    spec: { type: 'integer', ...(min === undefined ? {} : { min }), required },
    value: fc.integer({ min: min ?? -SAFE, max: SAFE }),
    csv: String,
  })),
  fc.record({ required: fc.boolean(), fixed: fc.integer({ min: 0, max: 20 }) }).map(({ required, fixed }): Column => ({
    spec: { type: 'number', required },
    value: fc.double({ min: -SAFE, max: SAFE, noNaN: true }).map((x) => x + 0),
    // Numbers also written the way spreadsheets do, with a fixed count of decimals.
    csv: (value) => (fixed % 3 === 0 ? String(value) : (value as number).toFixed(fixed)),
  })),
  fc.boolean().map((required): Column => ({ spec: { type: 'boolean', required }, value: fc.boolean(), csv: String })),
  fc.boolean().map((required): Column => ({ spec: { type: 'date', required }, value: day, csv: (value) => isoDay(value as Date) })),
  fc.uniqueArray(plainText, { minLength: 1, maxLength: 4 }).map((values): Column => ({ spec: { type: 'category', values }, value: fc.constantFrom(...values), csv: String })),
  fc.boolean().map((required): Column => ({ spec: { type: 'string', required }, value: plainText, csv: String })),
);
const names = plainText.filter((name) => name.trim() === name && name !== '__proto__' && !name.startsWith('\uFEFF'));
const plainTable = fc.uniqueArray(fc.tuple(names, column), { minLength: 1, maxLength: 5, selector: ([name]) => name }).chain((columns) =>
  fc.record({
    columns: fc.constant(columns),
    rows: fc.array(fc.tuple(...columns.map(([, c]) => (c.spec.required === false ? fc.option(c.value, { nil: null, freq: 4 }) : c.value))), { maxLength: 10 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    last: fc.boolean(),
    key: fc.nat(),
  }));

describe('plainCsvColumns against csv-parse', () => {
  it('agrees on random files: the same columns, lines and keys, or steps aside', () => {
    let taken = 0;
    fc.assert(
      fc.property(randomCsv, fc.nat(), (text, pick) => {
        const schema = schemaOf(text);
        const names = Object.keys(schema);
        const key = pick % 3 === 0 ? names[pick % Math.max(1, names.length)] : undefined;
        if (agree(bytes(text), schema, key).fast !== undefined) taken += 1;
      }),
      runs(1000),
    );
    // The property says little if the fast path never runs.
    expect(taken).toBeGreaterThan(200);
  });

  it('takes every valid plain table, and reads it as csv-parse does', () => {
    fc.assert(
      fc.property(plainTable, ({ columns, rows, eol: end, bom, last, key }) => {
        const schema = Object.fromEntries(columns.map(([name, c]) => [name, c.spec]));
        const lines = rows.map((row) => row.map((value, j) => (value === null ? '' : columns[j]?.[1].csv(value) ?? '')).join(','));
        const text = `${bom ? '\uFEFF' : ''}${[columns.map(([name]) => name).join(','), ...lines].join(end)}${last ? end : ''}`;
        const required = columns.filter(([, c]) => c.spec.required !== false).map(([name]) => name);
        const keyName = required.length > 0 && key % 2 === 0 ? required[key % required.length] : undefined;
        const { fast, problems } = agree(bytes(text), schema, keyName);
        // What the fast path leaves to csv-parse in a valid table: a row that may repeat the header, and
        // (without a line end after it) a one-column file's last empty cell.
        const first = columns[0]?.[0];
        const mayRepeat = columns.length > 1 && lines.some((row) => row.split(',')[0] === first);
        const lastEmpty = columns.length === 1 && !last && lines.at(-1) === '';
        if (!mayRepeat && !lastEmpty) {
          expect(problems).toEqual([]);
          expect(fast).toBeDefined();
          // Numbers come back as the digits written (`toFixed` rounds); everything else as it was.
          const back = (value: unknown, j: number) => (value !== null && columns[j]?.[1].spec.type === 'number' ? Number(columns[j]?.[1].csv(value)) + 0 : value);
          columns.forEach(([name], j) => expect(fast?.columns[name]).toEqual(rows.map((row) => back(row[j], j))));
        }
      }),
      runs(500),
    );
  });
});
