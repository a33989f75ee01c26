/**
 * A file's bytes, read through a small buffer reused for every chunk and copied into place. On some
 * virtual machines (the one copydesk's benchmark runs on, for one) a page that the kernel filled
 * during a read faults again, for about 10 µs, the first time the program touches it: 50 to 90 ms
 * for a 28 MB file, which `readFile` leaves to whatever reads the bytes first (here the checks of
 * every value). Copied from the reused buffer, each page of the result is touched once, by the copy,
 * and the whole read costs about what `readFile` alone does. Elsewhere the copy costs a few milliseconds.
 */
import { constants } from 'node:buffer';
import { open, readFile, type FileHandle } from 'node:fs/promises';

/** Options for {@link readBytes}. */
export interface ReadBytesOptions {
  /** Bytes read at a time. Default 1 MiB. */
  chunkBytes?: number;
}

/**
 * Read a whole file, like `fs.promises.readFile` (and failing like it: `ENOENT`, `EISDIR`, ...).
 *
 * @example
 * const bytes = await readBytes('incidents.arrow');
 */
export async function readBytes(path: string, { chunkBytes = 1024 * 1024 }: ReadBytesOptions = {}): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    // Too large for one Buffer: `readFile` says so in its own words.
    if (size > constants.MAX_LENGTH) return await readFile(path);
    // A size of 0 may be a file whose size `stat` does not know (a pipe, /proc): read it to its end.
    if (size === 0) return await readToEnd(handle, chunkBytes);
    const bytes = Buffer.allocUnsafeSlow(size);
    const chunk = Buffer.allocUnsafeSlow(Math.min(chunkBytes, size));
    let length = 0;
    while (length < size) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - length), null);
      if (bytesRead === 0) return bytes.subarray(0, length);
      bytes.set(chunk.subarray(0, bytesRead), length);
      length += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

async function readToEnd(handle: FileHandle, chunkBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, bytesRead));
  }
}
