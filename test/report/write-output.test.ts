import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/report/write-output.js';

describe('writeOutput', () => {
  it('replaces the previous output as a whole and leaves no staging folders', async () => {
    const out = await mkdtemp(join(tmpdir(), 'copydesk-out-'));
    await mkdir(join(out, 'story'));
    await writeFile(join(out, 'story', 'stale.txt'), 'old');
    await writeOutput(out, 'story', [{ path: 'index.html', contents: 'new' }, { path: 'charts/a.svg', contents: '<svg/>' }]);
    expect(await readdir(out)).toEqual(['story']);
    expect((await readdir(join(out, 'story'))).sort()).toEqual(['charts', 'index.html']);
    expect(await readFile(join(out, 'story', 'index.html'), 'utf8')).toBe('new');
  });

  it('leaves the previous output untouched when a write fails', async () => {
    const out = await mkdtemp(join(tmpdir(), 'copydesk-out-'));
    await writeOutput(out, 'story', [{ path: 'index.html', contents: 'good' }]);
    await expect(writeOutput(out, 'story', [{ path: 'index.html', contents: 'new' }, { path: '../../escape.txt', contents: 'x' }])).rejects.toThrow(/outside/);
    expect(await readFile(join(out, 'story', 'index.html'), 'utf8')).toBe('good');
    expect(await readdir(out)).toEqual(['story']);
  });
});
