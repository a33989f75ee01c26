/**
 * Child process for the corpus test: runs the built CLI (`dist/`, as `copydesk build` does) on many
 * report modules in one process, so that fifty builds cost one Node start-up, not fifty. For each
 * module: the plain run, the `--debug` run, and the error object itself (class, report, cell, chart,
 * problems), which the printed text alone does not show.
 *
 * Usage: node --import tsx test/hostile/cli-driver.ts <jobs.json> <results.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One build to run. */
export interface Job {
  name: string;
  report: string;
  outDir: string;
}

/** What the error thrown by loading and rendering looked like. */
export interface ErrorShape {
  name: string;
  message: string;
  report?: string;
  cellId?: string;
  chartId?: string;
  causes: string[];
  problems?: { file: string; line?: number; column?: number; field?: string; value?: string; expected: string }[];
  omitted?: number;
}

/** The outcome of one job. */
export interface Result {
  name: string;
  code: number;
  stdout: string;
  stderr: string;
  debugCode: number;
  debugStderr: string;
  error?: ErrorShape;
  ms: number;
}

type Io = { stdout: { write(text: string): boolean }; stderr: { write(text: string): boolean } };
type RunCli = (argv: readonly string[], io: Io) => Promise<number>;
type LoadReport = (file: string) => Promise<unknown>;
type RenderReport = (report: unknown) => Promise<unknown>;

const ROOT = join(import.meta.dirname, '../..');
const load = async <T>(path: string, name: string): Promise<T> => (await import(pathToFileURL(join(ROOT, 'dist', path)).href) as Record<string, T>)[name] as T;

function capture(): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (text) => ((out += text), true) }, stderr: { write: (text) => ((err += text), true) } },
    out: () => out,
    err: () => err,
  };
}

function describe(error: unknown): ErrorShape {
  const record = (error ?? {}) as Record<string, unknown>;
  const causes: string[] = [];
  let chartId: string | undefined;
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    causes.push(cause.name);
    const id = (cause as unknown as Record<string, unknown>)['chartId'];
    if (typeof id === 'string') chartId ??= id;
  }
  const text = (key: string) => (typeof record[key] === 'string' ? { [key]: record[key] as string } : {});
  return {
    name: error instanceof Error ? error.name : typeof error,
    message: error instanceof Error ? error.message : String(error),
    ...text('report'),
    ...text('cellId'),
    ...(chartId === undefined ? {} : { chartId }),
    causes: causes.slice(1),
    ...(Array.isArray(record['problems']) ? { problems: record['problems'] as ErrorShape['problems'] } : {}),
  };
}

const [jobsFile, resultsFile] = process.argv.slice(2);
if (jobsFile === undefined || resultsFile === undefined) throw new Error('usage: cli-driver.ts <jobs.json> <results.json>');
const jobs = JSON.parse(readFileSync(jobsFile, 'utf8')) as Job[];
const runCli = await load<RunCli>('cli/run-cli.js', 'runCli');
const loadReport = await load<LoadReport>('report/load-report.js', 'loadReport');
const renderReport = await load<RenderReport>('report/build-report.js', 'renderReport');

const results: Result[] = [];
for (const job of jobs) {
  const started = performance.now();
  const plain = capture();
  const code = await runCli(['build', job.report, '--out', job.outDir, '--quiet'], plain.io);
  const debug = capture();
  const debugCode = await runCli(['build', job.report, '--out', job.outDir, '--quiet', '--debug'], debug.io);
  let error: ErrorShape | undefined;
  try {
    await renderReport(await loadReport(job.report));
  } catch (thrown) {
    error = describe(thrown);
  }
  results.push({ name: job.name, code, stdout: plain.out(), stderr: plain.err(), debugCode, debugStderr: debug.err(), ...(error === undefined ? {} : { error }), ms: performance.now() - started });
}
writeFileSync(resultsFile, JSON.stringify(results));
