/**
 * The bad-input corpus, case by case: each malformed data file, sidecar or report module must fail
 * with the error its `expected.json` names (file, line, column, value, what was expected), in the
 * library and through the CLI (exit 1, no stack trace unless `--debug`), and must leave the output
 * folder as it was. See test/fixtures/bad/README.md.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.js';
import { DataError, type Problem } from '../../src/errors.js';
import type { Job, Result } from './cli-driver.js';
import { type BadCase, type Expected, materialize, readCorpus, ROOT, type Workspace } from './corpus.js';
import { treeHash } from './tree-hash.js';

const cases = readCorpus();
const dataCases = cases.filter((bad) => bad.expected.load !== undefined);
const STACK_LINE = /^\s+at /m;

let workspace: Workspace;
let cli: Promise<Map<string, Result>>;
/** Hash of each case's output folder before the CLI ran. */
const before = new Map<string, string>();

const outDirOf = (bad: BadCase) => join(workspace.caseDir(bad.name), 'out');

beforeAll(() => {
  workspace = materialize(cases);
  const jobs: Job[] = cases.map((bad) => {
    // A previous build sits in the output folder; a failed build must leave it alone.
    const outDir = outDirOf(bad);
    mkdirSync(join(outDir, 'previous-story'), { recursive: true });
    writeFileSync(join(outDir, 'previous-story', 'index.html'), `<p>the previous build of ${bad.name}</p>\n`);
    before.set(bad.name, treeHash(outDir));
    return { name: bad.name, report: workspace.reportOf(bad), outDir };
  });
  const jobsFile = join(workspace.dir, 'jobs.json');
  const resultsFile = join(workspace.dir, 'results.json');
  writeFileSync(jobsFile, JSON.stringify(jobs));
  // One child runs every build while the library cases run here.
  cli = promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'test/hostile/cli-driver.ts'), jobsFile, resultsFile], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).then(async () => {
    const { readFile } = await import('node:fs/promises');
    const results = JSON.parse(await readFile(resultsFile, 'utf8')) as Result[];
    return new Map(results.map((result) => [result.name, result]));
  });
  // Reported by the CLI tests; not unhandled if the library tests fail first.
  cli.catch(() => undefined);
});

afterAll(() => {
  if (workspace !== undefined) rmSync(workspace.dir, { recursive: true, force: true });
});

/** The problem an expectation names, matched by file, line, column and field. */
function findProblem(problems: readonly Problem[], expected: Expected, caseDir: string): Problem | undefined {
  const file = workspace.shown(join(caseDir, expected.file ?? ''));
  return problems.find((problem) =>
    problem.file === file
    && problem.line === expected.line
    && problem.column === expected.column
    && (expected.field === undefined || problem.field === expected.field));
}

/** `file:line:column` as the error prints it. */
function location(expected: Expected, caseDir: string): string {
  const parts = [workspace.shown(join(caseDir, expected.file ?? '')), expected.line, expected.line === undefined ? undefined : expected.column];
  return parts.filter((part) => part !== undefined).join(':');
}

describe('the bad-input corpus', () => {
  it('holds at least 40 cases, covering every kind of input the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const names = cases.map((bad) => bad.name);
    for (const kind of [
      'empty-file', 'header-only', 'bom-bad-cell', 'crlf-bad-cell', 'mixed-line-ends', 'ragged-short-row', 'unclosed-quote',
      'duplicate-header', 'blank-header', 'missing-column', 'extra-column', 'letter-in-integer', 'thousands-separator',
      'decimal-comma', 'nan', 'infinity', 'impossible-date-feb-30', 'impossible-month', 'date-without-month',
      'negative-count', 'sidecar-unknown-currency', 'integer-past-2-53', 'invalid-utf8-latin1', 'long-line-50mb',
      'sidecar-not-json', 'sidecar-unknown-type', 'report-module-throws', 'spec-does-not-compile', 'cell-id-twice',
      'fact-divides-by-zero',
    ]) expect(names, kind).toContain(kind);
    for (const bad of cases) expect(bad.expected.loads !== undefined || bad.expected.messageMatch !== undefined, bad.name).toBe(true);
  });
});

describe.each(dataCases.map((bad) => [bad.name, bad] as const))('loadDataset: %s', (_, bad) => {
  it(bad.expected.about, async () => {
    const { expected } = bad;
    const caseDir = workspace.caseDir(bad.name);
    const started = performance.now();
    const outcome = await loadDataset(join(caseDir, expected.load ?? '')).then(
      (dataset) => ({ dataset, error: undefined }),
      (error: unknown) => ({ dataset: undefined, error }),
    );
    // Even the 50 MB inputs are refused before parsing: well under a second, never a hang.
    expect(performance.now() - started).toBeLessThan(5_000);
    if (expected.loads !== undefined) {
      expect(outcome.error).toBeUndefined();
      expect([outcome.dataset?.table.numRows(), outcome.dataset?.table.columnNames()]).toEqual([expected.loads.rows, expected.loads.columns]);
      return;
    }
    expect(outcome.error).toBeInstanceOf(DataError);
    const error = outcome.error as DataError;
    const problem = findProblem(error.problems, expected, caseDir);
    expect(problem, `no problem at ${location(expected, caseDir)} among:\n${error.message}`).toBeDefined();
    if (expected.value !== undefined) expect(problem?.value).toBe(expected.value);
    expect(problem?.expected).toMatch(new RegExp(expected.messageMatch ?? ''));
    if (expected.problems !== undefined) expect(error.message).toMatch(new RegExp(`^${expected.problems} problems? in `));
  }, 20_000);
});

describe.each(cases.map((bad) => [bad.name, bad] as const))('copydesk build: %s', (_, bad) => {
  it(`${bad.expected.loads === undefined ? 'fails cleanly' : 'builds'}, and loses nothing`, async () => {
    const result = (await cli).get(bad.name);
    expect(result, 'the CLI driver ran the case').toBeDefined();
    if (result === undefined) return;
    const { expected } = bad;
    const caseDir = workspace.caseDir(bad.name);
    if (expected.loads !== undefined) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return;
    }
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: /m);
    expect(result.stderr, 'no stack trace without --debug').not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/Unexpected error/);
    expect(result.debugCode).toBe(1);
    expect(result.debugStderr, '--debug adds the stack trace').toMatch(STACK_LINE);
    expect(treeHash(outDirOf(bad)), 'the previous output is untouched').toBe(before.get(bad.name));

    const error = result.error;
    expect(error?.name).toBe(expected.error);
    if (expected.error === 'DataError') {
      expect(result.stderr).toContain(location(expected, caseDir));
      if (expected.value !== undefined) expect(result.stderr).toContain(JSON.stringify(expected.value));
      const problem = findProblem(error?.problems ?? [], expected, caseDir);
      expect(problem, `no problem at ${location(expected, caseDir)}`).toBeDefined();
      expect(problem?.expected).toMatch(new RegExp(expected.messageMatch ?? ''));
    } else {
      expect(error?.message).toMatch(new RegExp(expected.messageMatch ?? ''));
      expect(result.stderr).toMatch(new RegExp(expected.messageMatch ?? ''));
      if (expected.reportName !== undefined) expect(error?.report).toBe(expected.reportName);
      if (expected.cellId !== undefined) {
        expect(error?.cellId).toBe(expected.cellId);
        expect(result.stderr).toContain(`cell "${expected.cellId}"`);
      }
      if (expected.line !== undefined) expect(result.stderr).toContain(`line ${expected.line}, column ${expected.column ?? ''}`);
      if (expected.cause !== undefined) expect(error?.causes).toContain(expected.cause);
      if (expected.chartId !== undefined) expect(error?.chartId).toBe(expected.chartId);
    }
  }, 180_000);
});
