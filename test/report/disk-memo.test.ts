import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { diskMemo } from '../../src/report/disk-memo.js';

const folder = () => join(mkdtempSync(join(tmpdir(), 'copydesk-memo-')), 'cache');

/** The result files under a memo's folder, by path. */
const stored = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.bin')) : []);

describe('diskMemo', () => {
  it('computes a result once, and a later memo on the same folder reads it back', async () => {
    const dir = folder();
    const compute = vi.fn(() => ({ svg: '<svg/>', width: 300 }));
    expect(await diskMemo({ dir, salt: 'build 1' })(['svg', 'a', { spec: 1 }], compute)).toEqual({ svg: '<svg/>', width: 300 });
    // A new process, as far as the memo knows: nothing held in memory.
    expect(await diskMemo({ dir, salt: 'build 1' })(['svg', 'a', { spec: 1 }], compute)).toEqual({ svg: '<svg/>', width: 300 });
    expect(compute).toHaveBeenCalledTimes(1);
    expect(stored(dir)).toHaveLength(1);
  });

  it('computes again for other key parts, or under another salt (another build of the code)', async () => {
    const dir = folder();
    const compute = vi.fn(() => 'drawn');
    await diskMemo({ dir, salt: 'build 1' })(['svg', 'a', { spec: 1 }], compute);
    await diskMemo({ dir, salt: 'build 1' })(['svg', 'a', { spec: 2 }], compute);
    await diskMemo({ dir, salt: 'build 2' })(['svg', 'a', { spec: 1 }], compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('removes what another build stored when it first writes, and nothing else', async () => {
    const dir = folder();
    await diskMemo({ dir, salt: 'build 1' })(['svg', 'a'], () => 'old');
    mkdirSync(join(dir, '..', 'beside'), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'a file of the user’s');
    // A result stored loose, as the first cache of copydesk did.
    writeFileSync(join(dir, 'loose.bin'), 'old');
    const memo = diskMemo({ dir, salt: 'build 2' });
    // Reading alone removes nothing.
    await memo(['svg', 'b'], () => { throw new Error('not drawn'); }).catch(() => undefined);
    expect(stored(dir)).toHaveLength(2);
    await memo(['svg', 'a'], () => 'new');
    expect(stored(dir)).toHaveLength(1);
    // build 2's folder, and the user's file.
    expect(readdirSync(dir)).toHaveLength(2);
    expect(readdirSync(dir)).toContain('notes.txt');
    expect(await diskMemo({ dir, salt: 'build 1' })(['svg', 'a'], () => 'drawn again')).toBe('drawn again');
    expect(readdirSync(join(dir, '..'))).toContain('beside');
  });

  it('keeps bytes, infinities and nested values as they were', async () => {
    const dir = folder();
    const value = { png: Buffer.from([0x89, 0x50, 0x4e, 0x47]), minFontSize: Infinity, variants: [{ width: 264, warnings: ['a'] }] };
    await diskMemo({ dir, salt: 's' })(['png'], () => value);
    const read = await diskMemo({ dir, salt: 's' })(['png'], () => ({ png: Buffer.from([]), minFontSize: 0, variants: [] }));
    expect(read).toEqual(value);
    expect(Buffer.isBuffer(read.png)).toBe(true);
  });

  it('computes again, and rewrites, a stored result it cannot read', async () => {
    const dir = folder();
    await diskMemo({ dir, salt: 's' })(['k'], () => 'first');
    const [file] = stored(dir);
    writeFileSync(join(dir, file!), 'not a serialized value');
    expect(await diskMemo({ dir, salt: 's' })(['k'], () => 'again')).toBe('again');
    expect(await diskMemo({ dir, salt: 's' })(['k'], () => 'third')).toBe('again');
  });

  it('does not remember a failure', async () => {
    const dir = folder();
    const memo = diskMemo({ dir, salt: 's' });
    await expect(memo(['k'], () => Promise.reject(new Error('resvg crashed')))).rejects.toThrow('resvg crashed');
    expect(await memo(['k'], () => 'drawn')).toBe('drawn');
  });

  it('still computes where it cannot write (the folder is a file), and leaves nothing behind', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'copydesk-memo-'));
    const dir = join(parent, 'cache');
    writeFileSync(dir, 'a file where the folder would be');
    const compute = vi.fn(() => 'drawn');
    expect(await diskMemo({ dir, salt: 's' })(['k'], compute)).toBe('drawn');
    expect(await diskMemo({ dir, salt: 's' })(['k'], compute)).toBe('drawn');
    expect(compute).toHaveBeenCalledTimes(2);
    expect(readdirSync(parent)).toEqual(['cache']);
  });
  it('removes results unused for maxAgeDays when it first writes, a read counting as a use', async () => {
    const dir = folder();
    const first = diskMemo({ dir, salt: 's', maxAgeDays: 30 });
    // Each result's file, told apart by what each write adds.
    const fileOf = async (key: string) => {
      const before = new Set(stored(dir));
      await first([key], () => key);
      return join(dir, stored(dir).find((path) => !before.has(path))!);
    };
    const old = await fileOf('old');
    const recent = await fileOf('recent');
    const read = await fileOf('read');
    const daysAgo = (file: string, days: number) => {
      const then = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
      utimesSync(file, then, then);
    };
    daysAgo(old, 40);
    daysAgo(recent, 10);
    daysAgo(read, 40);
    const later = diskMemo({ dir, salt: 's', maxAgeDays: 30 });
    expect(await later(['read'], () => 'drawn again')).toBe('read');
    expect(statSync(read).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    await later(['new'], () => 'new');
    // The new result, and the two used within 30 days.
    const left = stored(dir).map((path) => join(dir, path));
    expect(left).toHaveLength(3);
    expect(left).toEqual(expect.arrayContaining([recent, read]));
    expect(left).not.toContain(old);
  });
});
