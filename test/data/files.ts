/** Test helpers: data files written to a fresh temporary folder, and the `DataError` a load throws. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { DataError } from '../../src/errors.js';

/** Write `files` (name → text, or a value written as JSON) into a new temporary folder; returns its path. */
export function writeFiles(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-data-'));
  for (const [name, contents] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof contents === 'string' ? contents : JSON.stringify(contents, null, 2));
  }
  return dir;
}

/** The `DataError` that `run` throws or rejects with; fails the test when it throws nothing or something else. */
export async function dataError(run: () => unknown): Promise<DataError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError, but nothing was thrown');
}
