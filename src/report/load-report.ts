import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isCopydeskError, ReportError } from '../errors.js';
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

// By package name, as reports import it (a variable, so that compiling copydesk does not need its own build).
const LIBRARY: string = 'copydesk';
let freshCount = 0;
let typescript: Promise<void> | undefined;

/**
 * Let `import()` load TypeScript. Registered once, for the whole process (not namespaced), so that a
 * report's `import ... from 'copydesk'` reuses the copy of the library already loaded instead of
 * loading vega and Arquero a second time. The project's tsconfig is not read, as Node reads none at
 * run time: its `paths` may point `copydesk` at the sources (this repository's do, for type-checking),
 * which would compile and load the whole library again.
 */
function enableTypeScript(): Promise<void> {
  // Imported here, not at the top: a script that only uses the library never needs tsx.
  typescript ??= import('tsx/esm/api').then(({ register }) => {
    register({ tsconfig: false });
  });
  return typescript;
}

/**
 * Import a report module (TypeScript is compiled on the fly) and return its default export. With
 * `fresh`, the module is evaluated again even if it was imported before.
 * Errors thrown while the module loads its data keep their own file, line and column; anything else
 * is wrapped in a {@link ReportError} naming the module and the line that threw.
 */
export async function loadReport(file: string, { fresh = false }: { fresh?: boolean } = {}): Promise<Report> {
  const name = basename(file);
  let mod: { default?: unknown };
  try {
    // The library first, without TypeScript hooks: through them each of its hundreds of modules
    // takes a round trip to tsx's worker. The report's `import ... from 'copydesk'` then finds it loaded.
    if (typescript === undefined) await import(LIBRARY).catch(() => undefined);
    await enableTypeScript();
    const url = pathToFileURL(file);
    // A new query string makes Node evaluate the module again (the preview's rebuilds); its imports stay cached.
    if (fresh) url.searchParams.set('build', String((freshCount += 1)));
    mod = (await import(url.href)) as { default?: unknown };
  } catch (error) {
    // A data error names its file, line and column, a report error its report and cell: pass them on.
    if (isCopydeskError(error) && ('problems' in error || 'report' in error)) throw error;
    // Anything else (a fact that divides by zero, a chart builder's error, a bug) is named by the module's line.
    const at = locateInModule(error, file);
    const reason = error instanceof Error ? error.message : String(error);
    if (isCopydeskError(error)) {
      throw new ReportError(name, at === undefined ? reason : msg.failedAt(at.line, at.column, reason), { cause: error, ...(error.hint ? { hint: error.hint } : {}) });
    }
    throw new ReportError(name, msg.reportThrew(reason, at), { cause: error, hint: msg.reportThrewHint() });
  }
  if (!isReport(mod.default)) throw new ReportError(name, msg.notAReport(name), { hint: msg.notAReportHint() });
  return mod.default;
}
