import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, copydesk, repoFolders } from './build-cli.js';

const folder = repoFolders('bad');

/**
 * A copy of the first report whose contingents.csv has been edited by hand. The copy lives inside
 * the repository (`.tmp/`, ignored by git) so that its `import ... from 'copydesk'` resolves.
 */
function brokenCopy(edit: (csv: string) => string): string {
  const dir = folder();
  cpSync(join(ROOT, 'reports', 'haiti-mss.ts'), join(dir, 'reports', 'haiti-mss.ts'));
  cpSync(join(ROOT, 'datasets', 'haiti-mss'), join(dir, 'datasets', 'haiti-mss'), { recursive: true });
  const csv = join(dir, 'datasets', 'haiti-mss', 'contingents.csv');
  writeFileSync(csv, edit(readFileSync(csv, 'utf8')));
  return dir;
}

describe('a malformed CSV fails the build', () => {
  it('names file, line and column of a letter in officers, exits 1, prints no stack', () => {
    const dir = brokenCopy((csv) => csv.replace('2,Second,200,', '2,Second,2O0,'));
    const result = copydesk(['build', 'haiti-mss', '--out', join(dir, 'out')], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/contingents\.csv:3:3/);
    expect(result.stderr).toMatch(/"2O0"/);
    expect(result.stderr).toMatch(/integer/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('names a missing column and says how to fix it', () => {
    const dir = brokenCopy((csv) => csv.split('\n').map((line) => line.split(',').slice(0, 3).join(',')).join('\n'));
    const result = copydesk(['build', 'haiti-mss', '--out', join(dir, 'out')], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/contingents\.csv:1/);
    expect(result.stderr).toMatch(/"date"/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('prints the stack with --debug', () => {
    const dir = brokenCopy((csv) => csv.replace('2,Second,200,', '2,Second,2O0,'));
    const result = copydesk(['build', 'haiti-mss', '--out', join(dir, 'out'), '--debug'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^\s+at /m);
  });
});
