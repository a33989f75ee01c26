/**
 * A memo kept on disk, so that a build remembers what earlier builds drew: the charts' SVGs, their
 * embed drawings and PNGs. Editing a sentence and building again then redraws nothing; editing a
 * chart redraws that chart. Each result is a file named by the digest of everything it depends on
 * (the chart's spec and data, the widths, the locale), in a folder named by the digest of a `salt`
 * naming the code that drew it, so a result is only ever reused by the same code for the same input.
 */

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { keyOf, type Memo } from './memo.js';

/** Options for {@link diskMemo}. */
export interface DiskMemoOptions {
  /** Folder of the results (a folder in it per salt); made on the first write. */
  dir: string;
  /**
   * What every result depends on besides its key: the build of the code that computes it (see
   * `buildId`). Results stored under another salt are not read, and are removed on the first write.
   */
  salt: string;
  /**
   * Days a result may go unused before it is removed (on the first write of a later build): drawings
   * of a chart as it was several edits ago. Default 30.
   */
  maxAgeDays?: number;
}

/**
 * A memo whose results outlive the process. Results are stored with Node's structured serialization
 * (`v8.serialize`: strings, numbers including `Infinity`, arrays, plain objects, bytes). It is a cache
 * and never fails a build: a result that cannot be read is computed again and rewritten, one that
 * cannot be written is only not kept, and a failure is not remembered. Each file is written whole
 * (to a temporary name, then renamed), so a build cut short leaves no half-written result. A result
 * read is marked as used; one unused for `maxAgeDays` goes, so the cache does not grow with every edit.
 *
 * @example
 * const memo = diskMemo({dir: 'node_modules/.cache/copydesk', salt: buildId() ?? 'dev'});
 * const svg = await memo(['svg', id, chart], () => renderSVG(chart, {id}));
 */
export function diskMemo({ dir, salt, maxAgeDays = 30 }: DiskMemoOptions): Memo {
  // One folder per salt: results stored by another build can never be read again, and go the first
  // time this one writes, so the cache does not grow with every upgrade.
  const own = keyOf([salt]).slice(0, 16);
  const folder = join(dir, own);
  let made = false;
  const store = (file: string, value: unknown) => {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      if (!made) {
        mkdirSync(folder, { recursive: true });
        forgetOthers(dir, own);
        forgetUnused(folder, Date.now() - maxAgeDays * DAY);
      }
      made = true;
      writeFileSync(temporary, serialize(value));
      renameSync(temporary, file);
    } catch {
      // A read-only or full disk: the result is not kept, and the build goes on.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written there.
      }
    }
  };
  return async <T>(parts: readonly unknown[], compute: () => Promise<T> | T): Promise<T> => {
    const file = join(folder, `${keyOf(parts)}.bin`);
    const stored = read(file);
    if (stored !== undefined) {
      touch(file);
      return stored.value as T;
    }
    const value = await compute();
    store(file, value);
    return value;
  };
}

const DAY = 24 * 60 * 60 * 1000;

/** Mark a result as used now: its modification time is how long it has gone unused. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only cache still serves what it holds.
  }
}

/** Remove the results in `folder` last used before `before` (epoch milliseconds); what cannot be removed stays. */
function forgetUnused(folder: string, before: number): void {
  try {
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (statSync(file).mtimeMs < before) rmSync(file, { force: true });
    }
  } catch {
    // Files in use or not ours to remove: they are only disk space.
  }
}

/** Remove the folders of other salts under `dir`, and results stored loose there; what cannot be removed stays. */
function forgetOthers(dir: string, own: string): void {
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name !== own && (entry.isDirectory() || entry.name.endsWith('.bin'))) rmSync(join(dir, entry.name), { recursive: true, force: true });
    }
  } catch {
    // Files in use or not ours to remove: they are only disk space.
  }
}

/** A stored result, or `undefined` when there is none or it cannot be read. */
function read(file: string): { value: unknown } | undefined {
  try {
    return { value: deserialize(readFileSync(file)) };
  } catch {
    return undefined;
  }
}
