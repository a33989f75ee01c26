/**
 * `npm run build`: the package's `dist/`, in five steps.
 *   1. `dist/` is emptied, so that nothing of an older build is shipped or imported.
 *   2. `tsc` checks the sources and writes the type declarations (`.d.ts`) the package's users see.
 *   3. esbuild bundles the library, the CLI and vega into one CommonJS file, `dist/bundle/copydesk.cjs`.
 *   4. Each module a user or the CLI imports (`dist/index.js`, `dist/cli/bin.js`…) is written as a thin
 *      ES module over that bundle, loaded by `dist/package/load-bundle.js`: a report's
 *      `import … from 'copydesk'` and the CLI that loads it share one copy of the library.
 *   5. A small report is made and built with the new bundle (`copydesk new`, `build`, `check`), and
 *      V8's code for every function that ran is saved beside the bundle (`copydesk.cjs.v8-cache`).
 *
 * Why a bundle: Node loads ES modules file by file, and copydesk with vega, vega-lite and Arquero is
 * about a thousand files. Loaded as one file it starts about twice as fast. Why CommonJS: Node 20 can
 * compile a script with a code cache (`vm.Script`), not an ES module, and compiling was about a sixth
 * of a first report (see `npm run bench`). Left outside the bundle: the native PNG renderer, esbuild (which
 * compiles report modules in a process of its own), the Parquet reader (loaded only for Parquet
 * files), and vega-embed (copied for interactive charts, never imported).
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { stampBundle } from '../src/package/load-bundle.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Two folders deep, like `src/cli/`, so that paths relative to a module (`../../package.json`) hold. */
const BUNDLE = 'dist/bundle/copydesk.cjs';

/**
 * The bundle's entries, by path under `src/` (each gets an ES module of the same path in `dist/`).
 * Besides the library and the CLI, modules the tests drive in a child process (the corpus and kill
 * tests, and what tells whether vega was loaded).
 */
const ENTRIES = ['index', 'cli/run-cli', 'report/load-report', 'report/build-report', 'report/write-output', 'charts/vega-module'];

/** Packages loaded from `node_modules` at run time rather than bundled. */
const EXTERNAL = ['@resvg/resvg-js', 'esbuild', 'hyparquet', 'vega-embed', 'copydesk'];

/**
 * The build's id: a digest of the sources, this script and the lockfile (the versions of everything
 * bundled). A chart drawn by one build is remembered on disk for the next (see `src/report/disk-memo.ts`)
 * only while this stays the same.
 */
function buildDigest(): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, join(ROOT, 'scripts/build.ts'), join(ROOT, 'package-lock.json')]) {
    hash.update(file.slice(ROOT.length)).update('\0').update(existsSync(file) ? readFileSync(file) : 'missing').update('\0');
  }
  return hash.digest('base64url').slice(0, 16);
}

/**
 * Vega-Lite imports four helpers of vega-util (`isObject`, `isString`…) from `vega`, whose module loads
 * all of vega. Pointed at vega-util, where vega gets them from, the compiler no longer drags vega's
 * renderer into the library's start-up, and vega is loaded when a chart is first drawn
 * (`src/charts/vega-module.ts`). Should Vega-Lite import anything vega-util lacks, esbuild fails here.
 */
const vegaLiteWithoutVega: Plugin = {
  name: 'vega-lite-without-vega',
  setup(build) {
    build.onResolve({ filter: /^vega$/ }, (args) =>
      /[\\/]node_modules[\\/]vega-lite[\\/]/.test(args.importer) ? build.resolve('vega-util', { kind: args.kind, resolveDir: args.resolveDir }) : undefined);
  },
};

/**
 * vega-canvas tries `await import('canvas')` at its top level, which CommonJS cannot hold. copydesk
 * never lets vega draw on a canvas (views use the `none` renderer, text is measured by
 * `text-metrics.ts`), so vega gets the answer it gets when the package is missing: no canvas.
 */
const noCanvas: Plugin = {
  name: 'no-canvas',
  setup(build) {
    build.onResolve({ filter: /^vega-canvas$/ }, () => ({ path: 'vega-canvas', namespace: 'copydesk-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'copydesk-stub' }, () => ({ contents: 'export function canvas() { return null; }\nexport function image() { return null; }\n', loader: 'js' }));
  },
};

/** `importModule` in the bundle: the loader's `import()` (see `src/package/import-module.ts`). */
const importThroughLoader: Plugin = {
  name: 'import-through-loader',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]package[\\/]import-module\.ts$/ }, () => ({
      contents: 'export function importModule(specifier) { return __copydesk_import(specifier); }\n',
      loader: 'js',
    }));
  },
};

/** The CLI's own module imports the CLI from the bundle, through its ES module beside it. */
const runCliBeside: Plugin = {
  name: 'run-cli-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\/run-cli\.js$/ }, () => ({ path: './run-cli.js', external: true }));
  },
};

/** The ES module of `entry` (`dist/<entry>.js`): its names, taken from the bundle it re-exports. */
function reexport(entry: string, names: readonly string[]): string {
  if (names.includes('default')) throw new Error(`src/${entry}.ts has a default export; the ES modules of dist/ re-export named ones only`);
  const loader = relative(dirname(join(DIST, entry)), join(DIST, 'package/load-bundle.js')).replaceAll('\\', '/');
  return `import { bundleEntry } from '${loader.startsWith('.') ? loader : `./${loader}`}';\nexport const { ${names.join(', ')} } = await bundleEntry(${JSON.stringify(entry)});\n`;
}

/**
 * The warm-up whose compiled code is saved: `copydesk new`, then `copydesk build` and `check` of its
 * report, in a folder inside the package (so that the report's `import … from 'copydesk'` finds it).
 * Run by a plain `node`: the cache holds only for the Node and V8 flags that made it.
 */
const warmUp = (loader: string, folder: string, cache: string) => `
import { writeFileSync } from 'node:fs';
import { bundleEntry, loadedBundle } from ${JSON.stringify(loader)};
process.chdir(${JSON.stringify(folder)});
const { runCli } = await bundleEntry('cli/run-cli');
const io = { stdout: { write: () => true, isTTY: false }, stderr: process.stderr };
for (const args of [['new', 'warm-up'], ['build', 'warm-up', '--out', 'out', '--no-cache', '--quiet'], ['check', 'warm-up']]) {
  if ((await runCli(args, io)) !== 0) process.exit(1);
}
writeFileSync(${JSON.stringify(cache)}, loadedBundle().codeCache());
`;

rmSync(DIST, { recursive: true, force: true });

const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// Each entry is evaluated when first asked for: esbuild leaves a module reached by import() unevaluated till then.
const entrySource = `export const entries = { ${ENTRIES.map((entry) => `${JSON.stringify(entry)}: () => import('./src/${entry}.ts')`).join(', ')} };`;
const bundled = await build({
  absWorkingDir: ROOT,
  stdin: { contents: entrySource, resolveDir: ROOT, sourcefile: 'copydesk-entries.ts', loader: 'ts' },
  outfile: BUNDLE,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // `import.meta.url` is the bundle's URL, handed in by the loader as the wrapper's parameter.
  define: { __COPYDESK_BUILD__: JSON.stringify(buildDigest()), 'import.meta.url': '__copydesk_url' },
  plugins: [vegaLiteWithoutVega, noCanvas, importThroughLoader],
  legalComments: 'eof',
  // Less text to read and parse at every start; names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});
// Stamped, for the loader to tell its code cache; ASCII, for it to read the bundle as Latin-1.
const bundleText = readFileSync(join(ROOT, BUNDLE), 'utf8');
if (!/^[\x00-\x7f]*$/.test(bundleText)) throw new Error(`${BUNDLE} is not ASCII: keep esbuild's default charset`);
writeFileSync(join(ROOT, BUNDLE), stampBundle(bundleText));
// A module left to `import()` would fail at run time: code compiled by `vm.Script` has no import of its own.
const dynamic = Object.values(bundled.metafile.outputs).flatMap((output) => output.imports).filter((imported) => imported.kind === 'dynamic-import');
if (dynamic.length > 0) throw new Error(`the bundle imports ${dynamic.map((imported) => imported.path).join(', ')} with import(): use importModule (src/package/import-module.ts)`);

await build({
  absWorkingDir: ROOT,
  entryPoints: [{ in: 'src/package/load-bundle.ts', out: 'package/load-bundle' }, { in: 'src/cli/bin.ts', out: 'cli/bin' }],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [runCliBeside],
  logLevel: 'warning',
});
chmodSync(join(DIST, 'cli/bin.js'), 0o755);

const loader = join(DIST, 'package/load-bundle.js');
const { bundleEntry, bundleEntryNames } = (await import(pathToFileURL(loader).href)) as typeof import('../src/package/load-bundle.js');
for (const entry of bundleEntryNames()) writeFileSync(join(DIST, `${entry}.js`), reexport(entry, Object.keys(await bundleEntry(entry))));

const folder = join(DIST, '.warm-up');
mkdirSync(folder, { recursive: true });
try {
  const warm = spawnSync(process.execPath, ['--input-type=module', '-e', warmUp(pathToFileURL(loader).href, folder, join(ROOT, `${BUNDLE}.v8-cache`))], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });
  // The library works without the cache, only starts slower: say so, and leave dist/ as it is.
  if (warm.status !== 0) console.warn(`npm run build: the warm-up build failed (exit ${warm.status}), so dist/ has no code cache; copydesk will work, and start more slowly`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
