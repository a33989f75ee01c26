/** Hash a folder tree: every file's relative path and bytes, in a fixed order, so two trees compare by one string. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Relative paths of the files under `dir`, sorted by code unit (no locale), `/`-separated. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

/** SHA-256 per file, by relative path. */
export function fileHashes(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')]));
}

/** One SHA-256 of the whole tree (paths and contents); `'missing'` when the folder does not exist. */
export function treeHash(dir: string): string {
  if (!existsSync(dir)) return 'missing';
  return createHash('sha256').update(JSON.stringify(fileHashes(dir))).digest('hex');
}
