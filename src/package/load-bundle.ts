/**
 * Loads the built library: one CommonJS bundle (`dist/bundle/copydesk.cjs`) compiled with the V8 code
 * cache that `npm run build` made for it (`copydesk.cjs.v8-cache`). Node 20 keeps no such cache for ES
 * modules, and compiling a megabyte of JavaScript, then each function on its first call, was about
 * a sixth of a first report (see `npm run bench`). The modules of `dist/` that a user imports are thin
 * ES modules that re-export this bundle's entries, so that every one of them shares one copy of the
 * library.
 *
 * A cache that does not fit (another Node, other V8 flags, a changed bundle) is set aside by V8 and the
 * bundle is compiled as usual: slower to start, the same results.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** A module of the bundle: its exports, once evaluated. */
export type BundleModule = Readonly<Record<string, unknown>>;

/** What {@link loadScript} loaded. */
export interface LoadedScript {
  /** The bundle's `module.exports`. */
  exports: Record<string, unknown>;
  /** Whether V8 compiled it from the code cache (`false`: there was none, or V8 set it aside). */
  cached: boolean;
  /** A code cache of the script as it stands: every function compiled so far (see `scripts/build.ts`). */
  codeCache(): Buffer;
}

/** The names the bundle's code is given, besides CommonJS's own (see `scripts/build.ts`). */
const PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', '__copydesk_import', '__copydesk_url'];

/** The line that ends a bundle: a digest of the rest. A code cache starts with the digest of the bundle it was made from. */
const STAMP = /\/\/# copydesk-bundle=(\w+)\n$/;

/**
 * `source` with its stamp: the line that lets the loader tell its own code cache. V8 checks only that
 * a cache was made from a source of the same length; code from another source of that length would run.
 */
export function stampBundle(source: string): string {
  return `${source}//# copydesk-bundle=${createHash('sha256').update(source).digest('hex').slice(0, 32)}\n`;
}

/** The code cache in `file` if it was made from the bundle stamped `stamp`. */
function readCodeCache(file: string, stamp: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const header = `${stamp}\n`;
  return bytes.toString('latin1', 0, header.length) === header ? bytes.subarray(header.length) : undefined;
}

/**
 * Run the CommonJS file `file`, compiled with the code cache in `cache` when there is one that fits.
 * Its `import()`s go through `__copydesk_import` (see `import-module.ts`), resolved from here.
 */
export function loadScript({ file, cache }: { file: string; cache: string }): LoadedScript {
  // Decoded as Latin-1, the cheapest decoding (for 2 MB, 10 ms against 25 ms for UTF-8). The build keeps
  // the bundle ASCII (esbuild escapes anything else), and ASCII reads the same either way.
  const source = readFileSync(file).toString('latin1');
  const stamp = STAMP.exec(source.slice(-80))?.[1];
  const cachedData = stamp === undefined ? undefined : readCodeCache(cache, stamp);
  // One line, as Node's own CommonJS wrapper: line numbers in stack traces stay the file's.
  const script = new Script(`(function (${PARAMETERS.join(', ')}) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file), (specifier: string) => import(specifier), pathToFileURL(file).href);
  return {
    exports: module.exports,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    codeCache: () => {
      if (stamp === undefined) throw new Error(`${file} has no stamp (see stampBundle): a code cache of it could not be told from another's`);
      return Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]);
    },
  };
}

const BUNDLE = fileURLToPath(new URL('../bundle/copydesk.cjs', import.meta.url));

let loaded: LoadedScript | undefined;

/** The library's bundle, loaded once per process. */
export function loadedBundle(): LoadedScript {
  loaded ??= loadScript({ file: BUNDLE, cache: `${BUNDLE}.v8-cache` });
  return loaded;
}

/**
 * The exports of the bundle's entry `name` (`index`, `cli/run-cli`…; see `scripts/build.ts`). Each
 * entry is evaluated when first asked for, with the modules it imports: the CLI starts a report's
 * compilation before the library's own modules have run.
 */
export function bundleEntry(name: string): Promise<BundleModule> {
  const entries = loadedBundle().exports['entries'] as Readonly<Record<string, () => Promise<BundleModule>>>;
  const entry = entries[name];
  if (entry === undefined) throw new Error(`the bundle has no entry "${name}"; its entries are ${Object.keys(entries).join(', ')}`);
  return entry();
}

/** The names of the bundle's entries. */
export function bundleEntryNames(): string[] {
  return Object.keys(loadedBundle().exports['entries'] as object);
}
