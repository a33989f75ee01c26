/**
 * `npm run build`: the package's `dist/`, in three steps.
 *   1. `dist/` is emptied, so that nothing of an older build is shipped or imported.
 *   2. `tsc` checks the sources and writes the type declarations (`.d.ts`) the package's users see.
 *   3. esbuild bundles the JavaScript: the library (`dist/index.js`) and the CLI (`dist/cli/bin.js`)
 *      share chunks, so a report's `import … from 'copydesk'` and the CLI that loads it use one copy.
 *
 * Why a bundle: Node loads ES modules file by file, and copydesk with vega, vega-lite and Arquero is
 * about a thousand files. Loaded as a few files it starts about twice as fast, and a first report is
 * mostly start-up (see `npm run bench`). Left outside the bundle: the native PNG renderer, esbuild (which
 * compiles report modules in a process of its own), the Parquet reader (loaded only for Parquet
 * files), and vega-embed (copied for interactive charts, never imported).
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

/**
 * Entry points, by path under `src/`. Besides the library and the CLI, the modules the tests drive in
 * a child process (the corpus and kill tests): as entries they share the library's chunks.
 */
const ENTRIES = ['index', 'cli/bin', 'cli/run-cli', 'report/load-report', 'report/build-report', 'report/write-output'];

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

rmSync(DIST, { recursive: true, force: true });

const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRIES.map((entry) => ({ in: `src/${entry}.ts`, out: entry })),
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Two folders deep, like `dist/cli/`, so that paths relative to a module (`../../package.json`) hold in either.
  chunkNames: 'chunks/[name]-[hash]',
  external: EXTERNAL,
  define: { __COPYDESK_BUILD__: JSON.stringify(buildDigest()) },
  plugins: [vegaLiteWithoutVega],
  // Some bundled packages (vega's) are CommonJS and call `require` for Node built-ins.
  banner: { js: "import { createRequire as __copydeskRequire } from 'node:module'; const require = __copydeskRequire(import.meta.url);" },
  legalComments: 'eof',
  // Less text to read and parse at every start (about 15% of the import); names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
chmodSync(join(DIST, 'cli/bin.js'), 0o755);
