/**
 * Arrow IPC and Parquet files through loadDataset: typed columns checked against the sidecar where
 * they lie (Arrow columns stay Arrow-backed), problems named by row, and the columns stored in
 * another form (64-bit integers) converted.
 */

import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dateDay, float64, int32, utf8, bool } from '@uwdata/flechette';
import { table, toArrowIPC } from 'arquero';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.js';
import { dataError } from './files.js';

const FIXTURES = new URL('../fixtures/data/incidents/', import.meta.url);
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const expectedRows = [
  { id: 1, victims: 3, minutes: 12.5, region: 'North', day: day('2024-06-24'), confirmed: true },
  { id: 2, victims: 0, minutes: null, region: 'South', day: day('2024-06-25'), confirmed: false },
  { id: 3, victims: 12, minutes: 3, region: 'North', day: day('2024-07-16'), confirmed: true },
  { id: 4, victims: 7, minutes: 41.25, region: 'Coast', day: day('2025-01-18'), confirmed: true },
];

/** A folder holding `file` written from `bytes`, and the incidents sidecar unless told otherwise. */
function folder(file: string, bytes: Uint8Array, { sidecar = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-typed-'));
  if (sidecar) copyFileSync(new URL('incidents.meta.json', FIXTURES), join(dir, 'incidents.meta.json'));
  writeFileSync(join(dir, file), bytes);
  return join(dir, file);
}

function arrowBytes(rows: readonly Record<string, unknown>[]): Uint8Array {
  const columns = Object.fromEntries(Object.keys(rows[0] ?? {}).map((name) => [name, rows.map((row) => row[name])]));
  const types = { id: int32(), victims: float64(), minutes: float64(), region: utf8(), day: dateDay(), confirmed: bool() };
  return toArrowIPC(table(columns), { format: 'file', types }) as Uint8Array;
}

describe('loadDataset on Arrow IPC', () => {
  it('loads the typed columns as they are, backed by the file', async () => {
    const dataset = await loadDataset(folder('incidents.arrow', arrowBytes(expectedRows)));
    expect(dataset.objects()).toEqual(expectedRows);
    expect(dataset.table.column('victims')).not.toBeInstanceOf(Array);
    expect(dataset.rows[2]).toEqual({ index: 2, key: '3' });
  });

  it('names the rows of the values the sidecar does not allow', async () => {
    const bad = expectedRows.map((row, i) => (i === 1 ? { ...row, victims: -2, region: 'Mars' } : i === 3 ? { ...row, victims: 2.5 } : row));
    const file = folder('incidents.feather', arrowBytes(bad));
    const error = await dataError(() => loadDataset(file));
    expect(error.problems.map(({ file: where, field, value }) => ({ where, field, value }))).toEqual([
      { where: `${file}, row 1`, field: 'victims', value: '-2' },
      { where: `${file}, row 1`, field: 'region', value: 'Mars' },
      { where: `${file}, row 3`, field: 'victims', value: '2.5' },
    ]);
  });

  it('reports bytes that are not Arrow', async () => {
    const error = await dataError(() => loadDataset(folder('incidents.arrow', new TextEncoder().encode('id,victims\n1,2\n'))));
    expect(error.problems[0]?.expected).toMatch(/^an Apache Arrow IPC file/);
  });
});

describe('loadDataset on Parquet', () => {
  it('loads every column type, 64-bit integers as numbers', async () => {
    const dataset = await loadDataset(new URL('incidents.parquet', FIXTURES));
    expect(dataset.objects()).toEqual(expectedRows);
    expect(dataset.table.column('id')).toBeInstanceOf(Int32Array);
  });

  it('checks the values against a schema given in code', async () => {
    const file = folder('incidents.parquet', readFileSync(new URL('incidents.parquet', FIXTURES)), { sidecar: false });
    const error = await dataError(() => loadDataset(file, {
      schema: { id: { type: 'integer', max: 3 }, victims: { type: 'integer' }, minutes: { type: 'number' }, region: { type: 'string' }, day: { type: 'date' }, confirmed: { type: 'boolean' } },
    }));
    expect(error.problems.map(({ file: where, field, value }) => ({ where, field, value }))).toEqual([
      { where: `${file}, row 3`, field: 'id', value: '4' },
      { where: `${file}, row 1`, field: 'minutes', value: undefined },
    ]);
  });
});
