import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/** A file of a built report, by path relative to the report's folder. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/**
 * Write a report's files into `<outDir>/<slug>/` all at once: everything goes to a temporary sibling
 * folder first, which is renamed into place only when complete. A failed or killed build leaves the
 * previous output exactly as it was.
 */
export async function writeOutput(outDir: string, slug: string, files: readonly OutputFile[]): Promise<string> {
  const target = resolve(outDir, slug);
  const staging = resolve(outDir, `.${slug}.tmp-${process.pid}-${Date.now().toString(36)}`);
  const retired = resolve(outDir, `.${slug}.old-${process.pid}-${Date.now().toString(36)}`);
  await mkdir(staging, { recursive: true });
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      if (!path.startsWith(staging + sep)) throw new Error(`refusing to write outside the output folder: ${file.path}`);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
    // Swap: move the old folder aside, move the new one in, then delete the old one.
    let hadPrevious = true;
    await rename(target, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      hadPrevious = false;
    });
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadPrevious) await rename(retired, target);
      throw error;
    }
    if (hadPrevious) await rm(retired, { recursive: true, force: true });
    return target;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
