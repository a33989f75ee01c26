import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { stampBundle } from '../../src/package/load-bundle.js';

const LOADER = pathToFileURL(resolve(import.meta.dirname, '../../dist/package/load-bundle.js')).href;
const dir = mkdtempSync(join(tmpdir(), 'copydesk-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small CommonJS bundle, stamped as the build stamps its own. */
function bundle(name: string, body: string): { file: string; cache: string } {
  const file = join(dir, `${name}.cjs`);
  writeFileSync(file, stampBundle(body));
  return { file, cache: `${file}.v8-cache` };
}

/**
 * Loads a bundle with the built loader in a fresh Node (V8 keeps what it compiled in a process, cache
 * or not), optionally saves its code cache, and returns what the bundle's `probe()` gave.
 */
async function load(paths: { file: string; cache: string }, { save = false } = {}): Promise<{ cached: boolean; probe: unknown }> {
  const printed = execFileSync(process.execPath, ['--input-type=module', '-e', `
    import { writeFileSync } from 'node:fs';
    const { loadScript } = await import(${JSON.stringify(LOADER)});
    const loaded = loadScript(${JSON.stringify(paths)});
    const probe = await loaded.exports.probe();
    if (${save}) writeFileSync(${JSON.stringify(paths.cache)}, loaded.codeCache());
    console.log(JSON.stringify({ cached: loaded.cached, probe }));
  `], { encoding: 'utf8' });
  return JSON.parse(printed) as { cached: boolean; probe: unknown };
}

const BODY = `
const sum = (values) => values.reduce((a, b) => a + b, 0);
exports.probe = async () => ({
  sum: sum([1, 2, 3]),
  file: __filename,
  url: __copydesk_url,
  folder: require('node:path').basename(__dirname),
  imported: (await __copydesk_import('node:path')).basename('/a/b.txt'),
});
`;

describe('loadScript', () => {
  it('runs a CommonJS bundle with its file, folder, require, URL and import', async () => {
    const paths = bundle('plain', BODY);
    expect(await load(paths)).toEqual({
      cached: false,
      probe: { sum: 6, file: paths.file, url: pathToFileURL(paths.file).href, folder: dir.split('/').at(-1), imported: 'b.txt' },
    });
  });

  it('compiles from the code cache it made, and only from one made from the same bundle', async () => {
    const paths = bundle('cached', BODY);
    await load(paths, { save: true });
    expect(await load(paths)).toMatchObject({ cached: true, probe: { sum: 6 } });

    // Other code of the same length: V8 alone would take the cache (it compares lengths); the stamp does not.
    const source = readFileSync(paths.file, 'latin1');
    writeFileSync(paths.file, stampBundle(source.slice(0, source.lastIndexOf('//# copydesk-bundle=')).replace('a + b', 'a - b')));
    expect(await load(paths)).toMatchObject({ cached: false, probe: { sum: -6 } });
  });

  it("runs the bundle as usual when the cache is missing, damaged or not V8's", async () => {
    const paths = bundle('damaged', BODY);
    await load(paths, { save: true });
    const good = readFileSync(paths.cache);
    const stamp = good.subarray(0, good.indexOf(10) + 1);
    for (const bytes of [Buffer.from('not a cache'), Buffer.concat([stamp, Buffer.from('garbage bytes')]), good.subarray(0, stamp.length + 64)]) {
      writeFileSync(paths.cache, bytes);
      expect(await load(paths)).toMatchObject({ cached: false, probe: { sum: 6 } });
    }
    rmSync(paths.cache);
    expect(await load(paths)).toMatchObject({ cached: false, probe: { sum: 6 } });
  });

  it('makes no code cache for a bundle without a stamp', () => {
    const file = join(dir, 'unstamped.cjs');
    writeFileSync(file, BODY);
    expect(() => execFileSync(process.execPath, ['--input-type=module', '-e', `
      const { loadScript } = await import(${JSON.stringify(LOADER)});
      loadScript({ file: ${JSON.stringify(file)}, cache: ${JSON.stringify(`${file}.v8-cache`)} }).codeCache();
    `], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/has no stamp/);
  });
});
