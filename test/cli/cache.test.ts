import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copydesk, repoFolders } from '../integration/build-cli.js';

const folder = repoFolders('cache');

/** A new project, with a `node_modules` folder as an installed one has. */
function project(): string {
  const dir = folder();
  expect(copydesk(['new', 'my-story'], { cwd: dir }).status).toBe(0);
  mkdirSync(join(dir, 'node_modules'));
  return dir;
}

/** Every file of a build's output, by path, as bytes. */
function output(dir: string): Map<string, Buffer> {
  const root = join(dir, 'out', 'my-story');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(root, path)).isFile()).sort();
  return new Map(files.map((path) => [path, readFileSync(join(root, path))]));
}

/** The cache's files, each with its inode: a file written again (to a new file, renamed over it) has a new one. */
function cached(dir: string): Map<string, number> {
  const cache = join(dir, 'node_modules', '.cache', 'copydesk');
  const files = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.bin'));
  return new Map(files.map((file) => [file, statSync(join(cache, file)).ino]));
}

function build(dir: string, ...args: string[]): void {
  const result = copydesk(['build', 'my-story', ...args], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

describe('copydesk build, the cache of drawn charts', () => {
  it('keeps the drawings in node_modules/.cache/copydesk, and a rebuild reads them: the same bytes, nothing redrawn', () => {
    const dir = project();
    build(dir);
    const first = output(dir);
    const kept = cached(dir);
    // Each chart's SVG, embed drawings and its pair of PNGs.
    expect(kept.size).toBeGreaterThanOrEqual(3);
    build(dir);
    expect(output(dir)).toEqual(first);
    // A result read is not written again.
    expect(cached(dir)).toEqual(kept);
  });

  it('draws again, to the same bytes, over a cache file it cannot read', () => {
    const dir = project();
    build(dir);
    const first = output(dir);
    const cache = join(dir, 'node_modules', '.cache', 'copydesk');
    for (const file of cached(dir).keys()) writeFileSync(join(cache, file), 'garbage');
    build(dir);
    expect(output(dir)).toEqual(first);
  });

  it('keeps nothing with --no-cache, nor in a folder without node_modules', () => {
    const dir = project();
    build(dir, '--no-cache');
    expect(existsSync(join(dir, 'node_modules', '.cache'))).toBe(false);
    const bare = folder();
    expect(copydesk(['new', 'my-story'], { cwd: bare }).status).toBe(0);
    build(bare);
    expect(existsSync(join(bare, 'node_modules'))).toBe(false);
  });
});
