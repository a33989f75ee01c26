import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
import { compileReport } from '../../src/report/compile-report.js';
import { loadReport } from '../../src/report/load-report.js';
import { copydesk } from '../integration/build-cli.js';

// Committed reports, for what needs the repository's node_modules.
const FIXTURES = fileURLToPath(new URL('../fixtures/reports', import.meta.url));
// Where compiled reports are written while they are imported (see compile-report.ts).
const PRIVATE_DIR = join(tmpdir(), `copydesk-${process.getuid?.() ?? userInfo().username}`);

// Reports here are plain objects marked as reports: `isReport` checks the kind, and importing copydesk would need a build.
const REPORT = `{ kind: 'report', slug: 'fixture', title: 'Fixture', cells: [] }`;

let dir = '';

async function fixture(path: string, text: string): Promise<string> {
  const file = join(dir, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

async function rejection(promise: Promise<unknown>): Promise<ReportError> {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown);
  if (!(error instanceof ReportError)) throw new Error(`expected a ReportError, got ${String(error)}`);
  return error;
}

/** The compiled files of the report `name` left in the private folder. */
async function leftovers(name: string): Promise<string[]> {
  return (await readdir(PRIVATE_DIR)).filter((file) => file.startsWith(`${name}-`));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-compile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadReport through esbuild', () => {
  it('compiles TypeScript and relative imports, each file with its own import.meta', async () => {
    await fixture('lib/sources.ts', [
      `export const csv: URL = new URL('./x.csv', import.meta.url);`,
      `export const meta = { dirname: import.meta.dirname, filename: import.meta.filename };`,
    ].join('\n'));
    const file = await fixture('meta-report.ts', [
      `import { csv, meta } from './lib/sources.js';`,
      `const count: number = 2;`,
      `export default { ...${REPORT}, csv: csv.href, helper: meta, own: import.meta.url, count };`,
    ].join('\n'));
    const report = (await loadReport(file)) as unknown as Record<string, unknown>;
    expect({ csv: report['csv'], helper: report['helper'], own: report['own'], count: report['count'] }).toEqual({
      csv: pathToFileURL(join(dir, 'lib/x.csv')).href,
      helper: { dirname: join(dir, 'lib'), filename: join(dir, 'lib/sources.ts') },
      own: pathToFileURL(file).href,
      count: 2,
    });
  });

  it('names the line and column of the report that threw, through the source map', async () => {
    await fixture('lib/fail.ts', `import { readFileSync } from 'node:fs';\nexport const path: string = import.meta.dirname;\nexport function fail(): never {\n  throw new Error('the CMS export is empty');\n}\n`);
    const file = await fixture('throws.ts', [
      `import { fail } from './lib/fail.js';`,
      `interface Row { n: number }`,
      `const rows: Row[] = [];`,
      `const total = rows.length +`,
      `        fail();`,
      `export default { ...${REPORT}, total };`,
    ].join('\n'));
    const error = await rejection(loadReport(file));
    expect({ report: error.report, message: error.message }).toEqual({
      report: 'throws.ts',
      message: 'Report throws.ts: the report module failed while loading (line 5, column 9): the CMS export is empty',
    });
    expect(await leftovers('throws')).toEqual([]);
  });

  it('reports a syntax error with its file, line and column (in characters, not bytes)', async () => {
    await fixture('lib/broken.ts', `export const café = 'crème brûlée';\nexport const x = 'é' +;\n`);
    const file = await fixture('syntax.ts', `import { x } from './lib/broken.js';\nexport default { ...${REPORT}, x };\n`);
    const error = await rejection(loadReport(file));
    expect(error.report).toBe('syntax.ts');
    expect(error.message).toBe(`Report syntax.ts: the report module does not compile: ${join(dir, 'lib/broken.ts')}:2:23: Unexpected ";"`);
    expect(error.hint).toMatch(/Fix the code at that line/);
  });

  it('keeps line-1 columns of a file that uses import.meta', async () => {
    const file = await fixture('meta-syntax.ts', `const here = import.meta.url +;\nexport default here;\n`);
    const error = await rejection(loadReport(file));
    expect(error.message).toBe(`Report meta-syntax.ts: the report module does not compile: ${file}:1:31: Unexpected ";"`);
  });

  it('reports imports that cannot be resolved, each at its line', async () => {
    const file = await fixture('unresolved.ts', `import { a } from 'no-such-package-copydesk';\nimport { b } from './lib/missing.js';\nexport default { ...${REPORT}, a, b };\n`);
    const error = await rejection(loadReport(file));
    expect(error.message).toBe([
      'Report unresolved.ts: the report module does not compile:',
      `  ${file}:1:19: Could not resolve "no-such-package-copydesk"`,
      `  ${file}:2:19: Could not resolve "./lib/missing.js"`,
    ].join('\n'));
  });

  it('imports packages from where Node finds them, as one copy', async () => {
    const report = (await loadReport(join(FIXTURES, 'imports-package.ts'))) as unknown as { aq: unknown };
    expect(report.aq).toBe(await import('arquero'));
  });

  it('evaluates a module once per process, again with fresh, and picks up edited helpers', async () => {
    const counter = `globalThis.__copydeskCompileTest = ((globalThis as { __copydeskCompileTest?: number }).__copydeskCompileTest ?? 0) + 1`;
    await fixture('lib/value.ts', `export const value = 'first';\n`);
    const file = await fixture('fresh.ts', `import { value } from './lib/value.js';\nconst run: number = ${counter};\nexport default { ...${REPORT}, run, value };\n`);
    const first = await loadReport(file);
    const again = await loadReport(file);
    await fixture('lib/value.ts', `export const value = 'second';\n`);
    const fresh = await loadReport(file, { fresh: true });
    const latest = await loadReport(file);
    expect(again).toBe(first);
    expect(latest).toBe(fresh);
    expect([first, fresh].map((report) => (report as unknown as { run: number; value: string }))).toEqual([
      expect.objectContaining({ run: 1, value: 'first' }),
      expect.objectContaining({ run: 2, value: 'second' }),
    ]);
    expect(await leftovers('fresh')).toEqual([]);
  });

  it('writes the compiled module to the private folder while it is imported, and deletes it afterwards', async () => {
    const file = await fixture('listing.ts', [
      `import { readdirSync } from 'node:fs';`,
      `const during: string[] = readdirSync(${JSON.stringify(PRIVATE_DIR)}).filter((f) => f.startsWith('listing-'));`,
      `export default { ...${REPORT}, during };`,
    ].join('\n'));
    const report = (await loadReport(file)) as unknown as { during: string[] };
    expect(report.during).toEqual([expect.stringMatching(/^listing-[0-9a-f]{16}-[0-9a-f]{12}\.mjs$/)]);
    expect(await leftovers('listing')).toEqual([]);
  });

  it('evaluates an early compile, which may be awaited long after it failed', async () => {
    const file = await fixture('early.ts', `const run: number = ${'(globalThis as { __copydeskEarly?: number }).__copydeskEarly = 1'};\nexport default { ...${REPORT}, run };\n`);
    const compiled = compileReport(file);
    expect(await loadReport(file, { compiled })).toEqual(expect.objectContaining({ run: 1 }));
    const bad = await fixture('early-bad.ts', `export default {;\n`);
    const failed = compileReport(bad);
    // Long enough for Node to report an unhandled rejection, were the promise not marked as handled.
    await new Promise((settle) => setTimeout(settle, 50));
    expect((await rejection(loadReport(bad, { compiled: failed }))).message).toMatch(/early-bad\.ts:1:17: /);
  });

  it('imports a JavaScript report as it is, again with fresh', async () => {
    const file = await fixture('plain.mjs', `globalThis.__copydeskPlain = (globalThis.__copydeskPlain ?? 0) + 1;\nexport default { ...${REPORT}, run: globalThis.__copydeskPlain };\n`);
    expect(await compileReport(file)).toEqual({ file, code: undefined, externals: {} });
    const runs = [await loadReport(file), await loadReport(file), await loadReport(file, { fresh: true })];
    expect(runs.map((report) => (report as unknown as { run: number }).run)).toEqual([1, 1, 2]);
  });
});

// Under vitest the compiled module is imported through Vite's module runner: what Node alone does
// (map stack frames through the inline source map, link named imports) is checked with the built CLI.
describe('loadReport in plain Node (the built CLI)', () => {
  it('maps the frames of the compiled module back to the report and its helper', () => {
    const { status, stderr } = copydesk(['check', join(FIXTURES, 'throws-in-helper.ts'), '--debug']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^ReportError: Report throws-in-helper\.ts: the report module failed while loading \(line 6, column 47\): no rows in the export$/m);
    expect(stderr).toContain(`at fail (${join(FIXTURES, 'lib/fail.ts')}:5:9)`);
  });

  it('names a missing export by the package the report imports, not by its file URL', () => {
    const { status, stderr } = copydesk(['check', join(FIXTURES, 'missing-export.ts')]);
    expect({ status, error: stderr.split('\n')[0] }).toEqual({
      status: 1,
      error: "error: Report missing-export.ts: the report module failed while loading: The requested module 'arquero' does not provide an export named 'noSuchVerb'",
    });
  });
});
