import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { ReportError } from '../errors.js';
import * as msg from '../messages/report.js';

/** A file of a built report, by path relative to the report's folder. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/**
 * Write a report's files into `<outDir>/<slug>/` all at once, so that a failed build, or one killed
 * at any moment (even with SIGKILL), never leaves a half-written or mixed folder:
 *
 * 1. leftovers of an earlier build that was killed are cleaned up, and its previous output put back
 *    (see {@link recoverOutput});
 * 2. every file goes into a staging folder, `<outDir>/.<slug>.tmp-…`;
 * 3. the previous folder is renamed aside to `.<slug>.old-…`, the staging folder renamed into place,
 *    and the old one renamed to `.<slug>.trash-…` and deleted.
 *
 * The guarantee: `<outDir>/<slug>/` is at every moment either the complete previous output or the
 * complete new one, except in the instant between the two renames of step 3, when it is absent and
 * the complete previous output sits at `.<slug>.old-…`. A build killed in that instant leaves it
 * there, and the next build (or `recoverOutput`) renames it back before anything else. Files are not
 * synced to disk: a power cut is not covered, a killed process is.
 */
export async function writeOutput(outDir: string, slug: string, files: readonly OutputFile[]): Promise<string> {
  const target = resolve(outDir, slug);
  await recoverOutput(outDir, slug);
  const staging = resolve(outDir, sideName(slug, 'tmp'));
  await mkdir(staging, { recursive: true });
  try {
    const paths = files.map((file) => {
      const path = join(staging, file.path);
      if (!path.startsWith(staging + sep)) throw new ReportError(slug, msg.outsideOutput(file.path));
      return path;
    });
    // Folders first, then every file at once: the writes overlap instead of waiting on each other.
    for (const folder of new Set(paths.map((path) => dirname(path)))) await mkdir(folder, { recursive: true });
    // All settled before a failure is thrown, so that the staging folder is not removed under a write.
    const failed = (await Promise.allSettled(files.map((file, i) => writeFile(paths[i] as string, file.contents)))).find((r) => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    const retired = resolve(outDir, sideName(slug, 'old'));
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
    if (hadPrevious) {
      // Renamed before deleting, so that a folder half deleted by a kill is never taken for the previous output.
      const trash = resolve(outDir, sideName(slug, 'trash'));
      await rename(retired, trash);
      await rm(trash, { recursive: true, force: true });
    }
    return target;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

type Side = 'tmp' | 'old' | 'trash';

let sequence = 0;

/**
 * `.<slug>.<kind>-<pid>-<time>-<n>`: the pid tells whether its build still runs, the time which of two
 * is newer, `n` keeps one process's folders apart. These names never reach the output.
 */
function sideName(slug: string, kind: Side): string {
  sequence += 1;
  return `.${slug}.${kind}-${process.pid}-${Date.now()}-${sequence}`;
}

/** A side folder of `slug` in the output folder, parsed from its name. */
interface SideFolder {
  name: string;
  kind: Side;
  pid: number;
  /** When it was made, for ordering: time, then sequence. */
  order: [number, number];
}

function sideFolders(names: readonly string[], slug: string): SideFolder[] {
  const prefix = `.${slug}.`;
  return names.flatMap((name) => {
    if (!name.startsWith(prefix)) return [];
    const match = /^(tmp|old|trash)-(\d+)-(\d+)-(\d+)$/.exec(name.slice(prefix.length));
    if (match === null) return [];
    return [{ name, kind: match[1] as Side, pid: Number(match[2]), order: [Number(match[3]), Number(match[4])] as [number, number] }];
  });
}

const newer = (a: SideFolder, b: SideFolder) => (b.order[0] - a.order[0] || b.order[1] - a.order[1]) > 0 ? b : a;

/** Whether a process runs with this id (a build that may still be writing its side folders). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Repair what a build killed in the middle of {@link writeOutput} left in `<outDir>`: when
 * `<outDir>/<slug>/` is missing but a previous output sits aside (`.<slug>.old-…`), rename it back;
 * delete staging, retired and trash folders of builds that no longer run. Folders of a build that is
 * still running are left alone. Returns what it did, one line per folder, for logging.
 */
export async function recoverOutput(outDir: string, slug: string): Promise<string[]> {
  const names = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (names === undefined) return [];
  const done: string[] = [];
  const sides = sideFolders(names, slug);
  const retired = sides.filter((side) => side.kind === 'old');
  if (!names.includes(slug) && retired.length > 0) {
    // Only a build killed between its two renames leaves a folder aside and none in place. Recovery
    // runs before every write, so there is normally one; should there be more, the newest is the
    // output that was in place last.
    const newest = retired.reduce(newer);
    await rename(resolve(outDir, newest.name), resolve(outDir, slug));
    done.push(`restored ${newest.name} as ${slug}`);
  }
  for (const side of sideFolders(await readdir(outDir), slug)) {
    if (isRunning(side.pid)) continue;
    await rm(resolve(outDir, side.name), { recursive: true, force: true });
    done.push(`removed ${side.name}`);
  }
  return done;
}
