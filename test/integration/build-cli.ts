import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'dist/cli/bin.js');

/** Run the built `copydesk` bin (`npm test` builds it first) and return what it printed. */
export function copydesk(args: readonly string[], { cwd = ROOT }: { cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A maker of folders inside the repository (`.tmp/`, ignored by git), where a report's
 * `import … from 'copydesk'` finds this package. Call it at the top of a test file: every folder it
 * made is removed when the file's tests are done.
 */
export function repoFolders(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.tmp', `${prefix}-`));
    made.push(dir);
    return dir;
  };
}
