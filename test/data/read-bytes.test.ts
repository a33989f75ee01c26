import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../src/data/read-bytes.js';
import { writeFiles } from './files.js';

describe('readBytes', () => {
  it('reads the same bytes as readFile, whatever the chunk size', async () => {
    const sizes = [0, 1, 6, 7, 8, 13, 64, 1000];
    const dir = writeFiles({});
    for (const size of sizes) {
      const file = join(dir, `f${size}`);
      writeFileSync(file, Buffer.from(Array.from({ length: size }, (_, i) => (i * 7) % 256)));
      for (const chunkBytes of [1, 7, 1024 * 1024]) expect(await readBytes(file, { chunkBytes }), `${size} bytes by ${chunkBytes}`).toEqual(await readFile(file));
    }
  });

  it.runIf(process.platform === 'linux')('reads a file whose size stat does not know to its end', async () => {
    expect((await readBytes('/proc/self/status', { chunkBytes: 16 })).toString()).toMatch(/^Name:/);
  });

  it('fails as readFile does', async () => {
    const dir = writeFiles({});
    await expect(readBytes(join(dir, 'none'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readBytes(dir)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
