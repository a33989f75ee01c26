/** Message catalogue for reports: every user-facing sentence the report stage prints. */

export const badSlug = (slug: string) => `slug ${JSON.stringify(slug)} is not usable as a folder name`;
export const badSlugHint = () => 'Use lower-case letters, digits and hyphens, e.g. "haiti-mss".';
export const duplicateCellId = (id: string) => `cell id "${id}" is used twice`;
export const duplicateCellIdHint = () => 'Give every cell its own id: it names the cell\'s anchor and its files.';
export const badCellId = (id: string) => `cell id ${JSON.stringify(id)} must start with a letter and use only letters, digits, "-" and "_"`;
export const missingTitle = () => 'the report has no title';
export const noCells = () => 'the report has no cells';
export const notAReport = (file: string) => `${file} does not export a report as its default export`;
export const notAReportHint = () => 'End the module with `export default defineReport({...})`, importing defineReport from "copydesk".';
export const duplicateFactId = (id: string) => `two different facts are named "${id}"`;
export const badLocale = (locale: string) => `locale ${JSON.stringify(locale)} is not a BCP 47 language tag (like "en-US" or "fr-FR")`;
export const badDate = (date: string) => `report date ${JSON.stringify(date)} is not an ISO day (YYYY-MM-DD) that exists in the calendar`;
export const chartFailed = (id: string) => `chart "${id}" could not be rendered`;
export const cellFailed = (reason: string) => `the cell could not be rendered: ${reason}`;
export const badDatasetName = (name: string) =>
  `dataset name ${JSON.stringify(name)} cannot name a download (data/<name>.csv): use letters, digits, "-", "_" and "."`;
export const outsideOutput = (path: string) => `refusing to write ${JSON.stringify(path)}, which lies outside the report's output folder`;
export const downloadClash = (name: string) => `dataset "${name}" and a chart share the name "${name}", and both would be written to data/${name}.csv`;
export const noReportsDir = (dir: string) => `no report modules found in ${dir}`;
export const noReportsDirHint = () => 'Name a report (`copydesk build reports/my-story.ts`) or create one with `copydesk new my-story`.';
export const reportNotFound = (name: string) => `no report named "${name}"`;
export const reportNotFoundHint = (dir: string) => `Give a path to a .ts module, or a slug with a module at ${dir}/<slug>.ts.`;
export const reportThrew = (reason: string, at?: { line: number; column: number }) =>
  `the report module failed while loading${at === undefined ? '' : ` (line ${at.line}, column ${at.column})`}: ${reason}`;
export const failedAt = (line: number, column: number, reason: string) => `line ${line}, column ${column}: ${reason}`;
export const reportThrewHint = () => 'Fix the error in the report module; rerun with --debug to see the stack trace.';
export const compileProblem = (where: string, text: string) => `${where}: ${text}`;
export const compileFailed = (problems: readonly string[], omitted = 0) =>
  problems.length === 1 && omitted === 0
    ? `the report module does not compile: ${problems[0]}`
    : `the report module does not compile:\n${[...problems, ...(omitted > 0 ? [`… and ${omitted} more`] : [])].map((line) => `  ${line}`).join('\n')}`;
export const compileFailedHint = () =>
  'Fix the code at that line; an import must name a file that exists (relative to the module) or a package installed where the report lives (npm install <package>).';
export const compilerFailed = (reason: string) => `esbuild could not compile the report module: ${reason}`;
export const compilerFailedHint = () => 'Reinstall the dependencies (npm install): esbuild ships a binary for each platform.';
export const unsafeTempDir = (dir: string) => `refusing to run compiled code from ${dir}, which is not a folder of your own that only you can write to`;
export const unsafeTempDirHint = () => 'Remove that folder, or set TMPDIR to a folder of your own.';
