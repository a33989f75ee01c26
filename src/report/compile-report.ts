/**
 * A report module made runnable by Node: TypeScript compiled by esbuild into one ES module, imported
 * from a temporary file whose inline source map points back at the `.ts` sources.
 *
 * Why not a loader hook (tsx): on Node 20 hooks run in a worker thread, and every module the process
 * imports afterwards waits for a round trip to it. A direct compile costs one call to esbuild's
 * service, which runs in its own process: started before the library is imported, it compiles while
 * vega loads.
 *
 * Kept light on purpose: node built-ins, the error and message modules, and esbuild imported only
 * when a report is compiled, so that a script using the library alone never loads it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildFailure, Message, Plugin } from 'esbuild';
import { formatLocation, ReportError } from '../errors.js';
import * as msg from '../messages/report.js';
import { importModule } from '../package/import-module.js';

/** What {@link compileReport} produced: enough for {@link importCompiledReport} to evaluate the module. */
export interface CompiledReport {
  /** Absolute path of the report module. */
  readonly file: string;
  /**
   * The module and its relative imports as one ES module, with an inline source map whose sources are
   * the `file:` URLs of the files compiled. `undefined` for a `.js`/`.mjs` report: Node imports it as it is.
   */
  readonly code: string | undefined;
  /** Packages the code imports, by the absolute `file:` URL it imports them from: the specifier the author wrote. */
  readonly externals: Readonly<Record<string, string>>;
}

/** Options for {@link importCompiledReport}. */
export interface ImportCompiledReportOptions {
  /** For a `.js` report: evaluate it again even if imported before. (Compiled code is always evaluated afresh.) */
  fresh?: boolean;
}

const JAVASCRIPT = new Set(['.js', '.mjs']);
const TYPESCRIPT_FILE = /\.[cm]?ts$/;
const IMPORT_META = /\bimport\s*\.\s*meta\b/;
// Per-file stand-ins for `import.meta`: each compiled file declares its own (see `withImportMeta`).
const META = { url: '__copydesk_meta_url', dirname: '__copydesk_meta_dirname', filename: '__copydesk_meta_filename' } as const;
// Marks esbuild's own resolution, asked from inside the plugin, so that the plugin does not catch it again.
const RESOLVING = Symbol('copydesk.resolving');
const MAX_PROBLEMS = 5;

/**
 * Compile a report module for {@link importCompiledReport}. TypeScript and the files it imports by a
 * relative path are bundled; packages stay outside, imported by absolute `file:` URL from where
 * Node would find them, so that the report's `import … from 'copydesk'` reuses the copy of the library
 * the process has loaded. The project's tsconfig is not read, as Node reads none at run time: its
 * `paths` may point `copydesk` at the sources (this repository's do, for type-checking).
 *
 * The promise is marked as handled: it can be started early and awaited later without an unhandled
 * rejection in between. It rejects with a {@link ReportError} naming the file, line and column of a
 * syntax error or of an import that cannot be resolved.
 */
export function compileReport(file: string): Promise<CompiledReport> {
  const compiled = compile(resolve(file));
  compiled.catch(() => undefined);
  return compiled;
}

async function compile(file: string): Promise<CompiledReport> {
  if (JAVASCRIPT.has(extname(file))) return { file, code: undefined, externals: {} };
  const name = basename(file);
  const root = parse(file).root;
  const externals: Record<string, string> = {};
  // How many characters each file was given in front of its first line (line-1 columns of its errors).
  const shifted = new Map<string, number>();
  try {
    // Required here, not imported at the top: a script that only uses the library never needs esbuild.
    // A CommonJS package, so required: an import would have Node scan its 100 KB for export names first.
    const { build } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = await build({
      entryPoints: [file],
      absWorkingDir: root,
      outdir: root,
      write: false,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      tsconfigRaw: {},
      // As Node resolves: no bundler-only "module" condition, no "module" field.
      conditions: [],
      mainFields: ['main'],
      charset: 'utf8',
      sourcemap: 'external',
      sourcesContent: false,
      logLevel: 'silent',
      define: { 'import.meta.url': META.url, 'import.meta.dirname': META.dirname, 'import.meta.filename': META.filename },
      plugins: [externalPackages(externals), importMetaPerFile(shifted)],
    });
    const js = result.outputFiles.find((out) => out.path.endsWith('.js'));
    const map = result.outputFiles.find((out) => out.path.endsWith('.map'));
    if (js === undefined || map === undefined) throw new Error('esbuild wrote no module');
    return { file, code: `${js.text}\n//# sourceMappingURL=data:application/json;base64,${inlineMap(map.text, root)}\n`, externals };
  } catch (error) {
    if (isBuildFailure(error)) {
      const problems = error.errors.slice(0, MAX_PROBLEMS).map((problem) => describeProblem(problem, root, shifted));
      throw new ReportError(name, msg.compileFailed(problems, error.errors.length - problems.length), { cause: error, hint: msg.compileFailedHint() });
    }
    throw new ReportError(name, msg.compilerFailed(error instanceof Error ? error.message : String(error)), { cause: error, hint: msg.compilerFailedHint() });
  }
}

/** Packages stay outside the bundle, imported by the absolute URL esbuild resolved them to. */
function externalPackages(externals: Record<string, string>): Plugin {
  return {
    name: 'copydesk-external-packages',
    setup(build) {
      // Only what does not start with "." or "/": each call is a round trip to this thread, busy loading the library.
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        const specifier = args.path;
        // A Windows path is absolute, a file of the report's own, bundled like relative ones.
        if (args.pluginData === RESOLVING || args.kind === 'entry-point' || isAbsolute(specifier)) return undefined;
        if (isBuiltin(specifier)) return { path: specifier, external: true };
        const found = await build.resolve(specifier, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: RESOLVING });
        if (found.errors.length > 0) return { errors: found.errors };
        if (found.external) return { path: found.path, external: true };
        // A package that ships TypeScript (a workspace neighbour) cannot be imported by Node: compile it too.
        if (TYPESCRIPT_FILE.test(found.path)) return { path: found.path };
        const url = `${pathToFileURL(found.path).href}${found.suffix}`;
        externals[url] = specifier;
        return { path: url, external: true };
      });
    },
  };
}

/** Gives every file that mentions `import.meta` the values of its own URL, folder and path (as Vite loads its config). */
function importMetaPerFile(shifted: Map<string, number>): Plugin {
  return {
    name: 'copydesk-import-meta',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const loader = TYPESCRIPT_FILE.test(args.path) ? 'ts' : 'js';
        if (!IMPORT_META.test(text)) return { contents: text, loader };
        const prefix = withImportMeta(args.path);
        shifted.set(args.path, prefix.length);
        // On the first line, so that every other line keeps its number; a shebang must come first, so it becomes a comment.
        return { contents: prefix + (text.startsWith('#!') ? `//${text.slice(2)}` : text), loader };
      });
    },
  };
}

function withImportMeta(path: string): string {
  const values = { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
  return `const ${META.url} = ${JSON.stringify(values.url)}, ${META.dirname} = ${JSON.stringify(values.dirname)}, ${META.filename} = ${JSON.stringify(values.filename)};`;
}

/** The source map as base64, its sources made absolute `file:` URLs so that the module can be imported from anywhere. */
function inlineMap(text: string, root: string): string {
  const map = JSON.parse(text) as { sources: string[] };
  map.sources = map.sources.map((source) => pathToFileURL(resolve(root, source)).href);
  return Buffer.from(JSON.stringify(map)).toString('base64');
}

function isBuildFailure(error: unknown): error is BuildFailure {
  return error instanceof Error && Array.isArray((error as Partial<BuildFailure>).errors);
}

/** One esbuild error as `file:line:column: text`, the column counted in characters from 1 (esbuild counts bytes from 0). */
function describeProblem({ text, location }: Message, root: string, shifted: ReadonlyMap<string, number>): string {
  if (location === null) return text;
  const file = resolve(root, location.file);
  let column = Buffer.from(location.lineText).subarray(0, location.column).toString('utf8').length;
  if (location.line === 1) column = Math.max(0, column - (shifted.get(file) ?? 0));
  return msg.compileProblem(formatLocation({ file, line: location.line, column: column + 1 }), text);
}

let freshCount = 0;
let privateDir: Promise<string> | undefined;

/**
 * Evaluate a compiled report and return its module namespace. The code is written to a file of its
 * own in a folder of the user's under the system's temporary folder, named by its content hash and a
 * random part (concurrent builds never share one; a build killed before it deleted its file is never
 * in the way), imported by `file:` URL — Node maps the stack frames of a `file:` module through its
 * source map, not those of a `data:` one — and deleted once the import has settled. Source maps are
 * turned on for the whole process.
 */
export async function importCompiledReport({ file, code, externals }: CompiledReport, { fresh = false }: ImportCompiledReportOptions = {}): Promise<unknown> {
  if (code === undefined) {
    const url = pathToFileURL(file);
    // A new query string makes Node evaluate the module again; its imports stay cached.
    if (fresh) url.searchParams.set('build', String((freshCount += 1)));
    return importModule(url.href);
  }
  privateDir ??= makePrivateDir(basename(file)).catch((error: unknown) => {
    privateDir = undefined;
    throw error;
  });
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const path = join(await privateDir, `${basename(file, extname(file))}-${hash}-${randomBytes(6).toString('hex')}.mjs`);
  await writeFile(path, code, { flag: 'wx', mode: 0o600 });
  try {
    process.setSourceMapsEnabled(true);
    return await importModule(pathToFileURL(path).href);
  } catch (error) {
    throw withSpecifiers(error, externals);
  } finally {
    await rm(path, { force: true });
  }
}

/** `<tmp>/copydesk-<uid>`, refused if someone else owns it or may write to it: code we import is written there. */
async function makePrivateDir(report: string): Promise<string> {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `copydesk-${uid ?? userInfo().username}`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const stats = await lstat(dir);
  const foreign = uid !== undefined && (stats.uid !== uid || (stats.mode & 0o022) !== 0);
  if (!stats.isDirectory() || foreign) throw new ReportError(report, msg.unsafeTempDir(dir), { hint: msg.unsafeTempDirHint() });
  return dir;
}

/** Node names a missing export by the module's URL: name it as the report does (`'copydesk'`). */
function withSpecifiers(error: unknown, externals: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof SyntaxError)) return error;
  for (const [url, specifier] of Object.entries(externals)) error.message = error.message.replaceAll(`'${url}'`, `'${specifier}'`);
  return error;
}
