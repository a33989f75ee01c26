import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { isCopydeskError, ReportError } from '../errors.js';
import { compileReport, importCompiledReport, type CompiledReport } from './compile-report.js';
import { isReport, type Report } from './define-report.js';
import * as msg from '../messages/report.js';
import { locateInModule } from './module-location.js';

const REPORT_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'];

/**
 * Find report modules: each name is a path, or a slug looked up as `<reportsDir>/<slug>.ts`.
 * With no names, every module in `reportsDir`.
 */
export async function findReports(names: readonly string[], { cwd = process.cwd(), reportsDir = 'reports' }: { cwd?: string; reportsDir?: string } = {}): Promise<string[]> {
  const dir = resolve(cwd, reportsDir);
  if (names.length === 0) {
    if (!existsSync(dir)) throw new ReportError(reportsDir, msg.noReportsDir(dir), { hint: msg.noReportsDirHint() });
    const entries = (await readdir(dir)).filter((f) => REPORT_EXTENSIONS.includes(extname(f)) && !f.endsWith('.d.ts')).sort();
    if (entries.length === 0) throw new ReportError(reportsDir, msg.noReportsDir(dir), { hint: msg.noReportsDirHint() });
    return entries.map((f) => resolve(dir, f));
  }
  return names.map((name) => {
    const candidates = [resolve(cwd, name), ...REPORT_EXTENSIONS.map((ext) => resolve(dir, `${name}${ext}`))];
    const found = candidates.find((path) => existsSync(path) && REPORT_EXTENSIONS.includes(extname(path)));
    if (!found) throw new ReportError(name, msg.reportNotFound(name), { hint: msg.reportNotFoundHint(dir) });
    return found;
  });
}

/** Options for {@link loadReport}. */
export interface LoadReportOptions {
  /** Evaluate the module again even if this process loaded it before (the preview's rebuilds). */
  fresh?: boolean;
  /**
   * The promise of an earlier `compileReport(file)` of the same file, started early so that esbuild
   * compiles while the library loads. Used only when the module is evaluated; compiled here otherwise.
   */
  compiled?: Promise<CompiledReport>;
}

/**
 * The modules this process evaluated, by absolute path. Compiled code is a new module at every import,
 * so it is this map, not Node's module cache, that makes a second load return the first evaluation
 * (a report's top-level code loads its data: it must not run twice in one build).
 */
const evaluated = new Map<string, Promise<unknown>>();

/**
 * Import a report module (TypeScript is compiled by esbuild) and return its default export. A module
 * is evaluated once per process; with `fresh`, again (and later loads get that newest evaluation).
 * Errors thrown while the module loads its data keep their own file, line and column; a module that
 * does not compile is a {@link ReportError} naming the file, line and column; anything else is wrapped
 * in a {@link ReportError} naming the module and the line that threw.
 *
 * @example
 * const report = await loadReport('reports/haiti-mss.ts');
 */
export async function loadReport(file: string, { fresh = false, compiled }: LoadReportOptions = {}): Promise<Report> {
  const path = resolve(file);
  const name = basename(path);
  let loading = fresh ? undefined : evaluated.get(path);
  if (loading === undefined) {
    loading = evaluate(path, fresh, compiled);
    evaluated.set(path, loading);
  }
  let mod: { default?: unknown };
  try {
    mod = (await loading) as { default?: unknown };
  } catch (error) {
    // A data error names its file, line and column, a report error its report and cell: pass them on.
    if (isCopydeskError(error) && ('problems' in error || 'report' in error)) throw error;
    // Anything else (a fact that divides by zero, a chart builder's error, a bug) is named by the module's line.
    const at = locateInModule(error, path);
    const reason = error instanceof Error ? error.message : String(error);
    if (isCopydeskError(error)) {
      throw new ReportError(name, at === undefined ? reason : msg.failedAt(at.line, at.column, reason), { cause: error, ...(error.hint ? { hint: error.hint } : {}) });
    }
    throw new ReportError(name, msg.reportThrew(reason, at), { cause: error, hint: msg.reportThrewHint() });
  }
  if (!isReport(mod.default)) throw new ReportError(name, msg.notAReport(name), { hint: msg.notAReportHint() });
  return mod.default;
}

async function evaluate(path: string, fresh: boolean, compiled: Promise<CompiledReport> | undefined): Promise<unknown> {
  const early = compiled === undefined ? undefined : await compiled;
  return importCompiledReport(early?.file === path ? early : await compileReport(path), { fresh });
}
