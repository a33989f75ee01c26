/**
 * Arrow columns checked where they lie, against a plain check of every value: the same rows found
 * bad, whatever the batches, the nulls, and where a bad value falls among the chunks scanned.
 */
import { float64, int32, utf8, type DataType } from '@uwdata/flechette';
import fc from 'fast-check';
import { fromArrow, table, toArrowIPC } from 'arquero';
import { describe, expect, it } from 'vitest';
import { checkArrowColumn, isArrowColumn } from '../../src/data/check-arrow-column.js';
import { ProblemList } from '../../src/data/problem-list.js';
import type { ColumnSpec } from '../../src/data/schema.js';

/** The rows reported bad when `values`, stored as `type` in batches of `batchRows`, are checked against `spec`. */
function badRows(values: readonly unknown[], type: DataType, spec: ColumnSpec, batchRows = Infinity): number[] {
  const bytes = toArrowIPC(table({ x: values }), { format: 'file', types: { x: type }, maxBatchRows: batchRows }) as Uint8Array;
  const column = fromArrow(bytes).column('x') as unknown;
  if (!isArrowColumn(column)) throw new Error('not an Arrow column');
  const problems = new ProblemList({ limit: 1_000_000 });
  expect(checkArrowColumn(column, spec, { field: 'x', locate: (index) => ({ file: `row ${index}` }), problems })).toBe(true);
  // Sorted: missing values are reported batch by batch, before the values that do not fit.
  return problems.problems.map((problem) => Number(problem.file.slice(4))).sort((a, b) => a - b);
}

/** Whether a value fits the spec, checked plainly. */
function fits(spec: ColumnSpec, value: unknown): boolean {
  if (value === null) return spec.required === false;
  if (spec.type === 'category') return spec.values.includes(value as string);
  const n = value as number;
  const { min = -Infinity, max = Infinity } = spec as { min?: number; max?: number };
  const whole = spec.type !== 'integer' || Number.isSafeInteger(n);
  return whole && Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER && n >= min && n <= max;
}
const expected = (values: readonly unknown[], spec: ColumnSpec) => values.flatMap((value, index) => (fits(spec, value) ? [] : [index]));

describe('checkArrowColumn', () => {
  it('finds bad values on both sides of every chunk boundary', () => {
    const values = Array.from({ length: 40_000 }, (_, i) => i + 1);
    for (const at of [0, 16_383, 16_384, 16_385, 32_767, 32_768, 39_999]) values[at] = 0;
    expect(badRows(values, int32(), { type: 'integer', min: 1 })).toEqual([0, 16_383, 16_384, 16_385, 32_767, 32_768, 39_999]);
    expect(badRows(values, int32(), { type: 'integer', min: 1 }, 10_000)).toEqual([0, 16_383, 16_384, 16_385, 32_767, 32_768, 39_999]);
  });

  it('refuses NaN, infinities, fractions in integer columns and numbers past 2^53 - 1', () => {
    const values = [1, Number.NaN, 2.5, Number.POSITIVE_INFINITY, -1, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, null, 0, -0];
    for (const spec of [{ type: 'number' }, { type: 'number', min: 0 }, { type: 'integer' }, { type: 'integer', required: false, max: 10 }, { type: 'money', currency: 'USD', min: -1 }] as ColumnSpec[]) {
      expect(badRows(values, float64(), spec), JSON.stringify(spec)).toEqual(expected(values, spec));
    }
  });

  it('agrees with a plain check on random columns, batches and bounds', () => {
    const number = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double(), fc.constantFrom(2 ** 53, -(2 ** 53), 0.5));
    const bound = fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined });
    fc.assert(fc.property(
      fc.array(fc.option(number, { freq: 8 }), { minLength: 1, maxLength: 200 }),
      fc.constantFrom('integer', 'number'),
      bound, bound, fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 64 }),
      (values, type, min, max, required, asInt, batchRows) => {
        const spec = { type, required, ...(min === undefined ? {} : { min }), ...(max === undefined || (min !== undefined && max < min) ? {} : { max }) } as ColumnSpec;
        // Stored as 32-bit integers, the values are what an int32 makes of them.
        const stored = asInt ? values.map((v) => (v === null || !Number.isFinite(v) ? null : v | 0)) : values;
        expect(badRows(stored, asInt ? int32() : float64(), spec, batchRows)).toEqual(expected(stored, spec));
      },
    ), { numRuns: 200, seed: Number(process.env.FC_SEED ?? 20_251_129) });
  });

  it('checks category text byte for byte, with nulls, across chunks and batches', () => {
    const spec: ColumnSpec = { type: 'category', values: ['North', 'South', 'Ñorth'] };
    const values = Array.from({ length: 33_000 }, (_, i): string | null => ['North', 'South', 'Ñorth'][i % 3] ?? null);
    for (const [at, value] of [[5, 'north'], [16_383, ''], [16_384, 'Nort'], [20_000, null], [32_999, 'Northh']] as const) values[at] = value;
    for (const batchRows of [Infinity, 7_000]) {
      expect(badRows(values, utf8(), spec, batchRows)).toEqual([5, 16_383, 16_384, 20_000, 32_999]);
      expect(badRows(values, utf8(), { ...spec, required: false }, batchRows)).toEqual([5, 16_383, 16_384, 32_999]);
    }
  });
});
