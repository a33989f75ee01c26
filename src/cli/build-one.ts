import { relative } from 'node:path';
import type { CompiledReport } from '../report/compile-report.js';
import { loadReport } from '../report/load-report.js';
import { renderReport, type RenderedReport } from '../report/build-report.js';
import { writeOutput } from '../report/write-output.js';
import type { BuildLogger } from '../report/logger.js';
import type { Report } from '../report/define-report.js';
import type { Memo } from '../report/memo.js';

/** Options for {@link buildOne}. */
export interface BuildOneOptions {
  outDir: string;
  logger: BuildLogger;
  /** Import the module afresh (preview): a new query string makes Node evaluate it again. */
  fresh?: boolean;
  /** Remembers rendered charts between builds (preview). */
  memo?: Memo;
  /** The module compiled already (see `compileReport`), started before the library was loaded. */
  compiled?: Promise<CompiledReport> | undefined;
}

/** What building one report produced. */
export interface BuiltReport {
  report: Report;
  rendered: RenderedReport;
  /** Absolute path of `<outDir>/<slug>`. */
  target: string;
}

/** Load one report module, render it, and write it into `<outDir>/<slug>/` atomically, logging each step. */
export async function buildOne(file: string, { outDir, logger, fresh = false, memo, compiled }: BuildOneOptions): Promise<BuiltReport> {
  const started = performance.now();
  const report = await loadReport(file, { fresh, ...(compiled === undefined ? {} : { compiled }) });
  logger.step({ report: report.slug, step: 'load', detail: `${relative(process.cwd(), file)}, ${report.datasets?.length ?? 0} datasets`, ms: performance.now() - started });
  const rendered = await renderReport(report, { logger, ...(memo === undefined ? {} : { memo }) });
  const writeStarted = performance.now();
  const target = await writeOutput(outDir, report.slug, rendered.files);
  logger.step({ report: report.slug, step: 'write', detail: `${rendered.files.length} files to ${relative(process.cwd(), target) || target}`, ms: performance.now() - writeStarted });
  return { report, rendered, target };
}
