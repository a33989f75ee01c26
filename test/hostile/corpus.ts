/**
 * The bad-input corpus (`test/fixtures/bad/<case>/`): reading the cases, and copying them into a
 * working folder inside the repository, where generated inputs (a 50 MB line, invalid bytes) are
 * written and every data case gets a one-table report module for the CLI. Inside the repository, so
 * that the modules' `import ... from 'copydesk'` resolves to this package.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = join(ROOT, 'test/fixtures/bad');

/** One part of a generated input file. */
export type Part =
  | { text: string; repeat?: number }
  | { hex: string }
  | { utf16le: string }
  | { utf16be: string };

/** What `expected.json` says about a case. */
export interface Expected {
  /** What the input is, in a line. */
  about: string;
  /** Data cases: the file given to `loadDataset` (relative to the case folder). */
  load?: string;
  /** Report cases: the report module (relative to the case folder). */
  report?: string;
  /** Files written before the case runs (too big, or not text, to commit). */
  generate?: { file: string; parts: Part[] }[];
  /** An input that must load: its row count and columns. */
  loads?: { rows: number; columns: string[] };
  /** The error class that must be thrown. */
  error?: 'DataError' | 'ReportError';
  /** The file named by the problem (relative to the case folder); a report case names its module. */
  file?: string;
  line?: number;
  column?: number;
  /** The column (or sidecar property) the problem names. */
  field?: string;
  /** The offending value, exactly as the problem quotes it. */
  value?: string;
  /** A regular expression the problem's `expected` text (or the report error's message) must match. */
  messageMatch?: string;
  /** How many problems the error counts in all, when that is part of the contract. */
  problems?: number;
  /** `ReportError.report`: the slug or module file name. */
  reportName?: string;
  /** `ReportError.cellId`. */
  cellId?: string;
  /** The class of the error the report error wraps. */
  cause?: 'FactError' | 'SpecError';
  /** `SpecError.chartId`, found in the cause chain. */
  chartId?: string;
}

/** A case of the corpus, read from its folder. */
export interface BadCase {
  name: string;
  expected: Expected;
}

/** Every case of the corpus, in name order. */
export function readCorpus(root = CORPUS): BadCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, expected: JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected }));
}

function partBytes(part: Part): Buffer {
  if ('hex' in part) return Buffer.from(part.hex, 'hex');
  if ('utf16le' in part) return Buffer.from(part.utf16le, 'utf16le');
  if ('utf16be' in part) return Buffer.from(part.utf16be, 'utf16le').swap16();
  return Buffer.from(part.text.repeat(part.repeat ?? 1), 'utf8');
}

/** The report module a data case is built with by the CLI: one table of the loaded file. */
export function dataReport(load: string): string {
  return [
    "import { defineReport, loadDataset, table } from 'copydesk';",
    '',
    `const data = await loadDataset(new URL(${JSON.stringify(`./${load}`)}, import.meta.url));`,
    '',
    "export default defineReport({ slug: 'bad-data', title: 'Bad data', cells: [table('data', data)] });",
    '',
  ].join('\n');
}

/** The copied corpus: where each case's folder is, and its report module. */
export interface Workspace {
  dir: string;
  caseDir(name: string): string;
  /** The module the CLI builds for a case (a data case's generated one, or its own). */
  reportOf(bad: BadCase): string;
  /** A path as the library prints it: relative to the repository, with forward slashes. */
  shown(path: string): string;
}

/** Copy the corpus into a new folder under `.tmp/`, write the generated inputs and the data cases' report modules. */
export function materialize(cases: readonly BadCase[], { root = CORPUS } = {}): Workspace {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'hostile-bad-'));
  const caseDir = (name: string) => join(dir, name);
  for (const bad of cases) {
    cpSync(join(root, bad.name), caseDir(bad.name), { recursive: true });
    for (const { file, parts } of bad.expected.generate ?? []) writeFileSync(join(caseDir(bad.name), file), Buffer.concat(parts.map(partBytes)));
    const { load } = bad.expected;
    if (load !== undefined && !existsSync(join(caseDir(bad.name), 'report.ts'))) writeFileSync(join(caseDir(bad.name), 'report.ts'), dataReport(load));
  }
  return {
    dir,
    caseDir,
    reportOf: (bad) => join(caseDir(bad.name), bad.expected.report ?? 'report.ts'),
    shown: (path) => relative(ROOT, path).split('\\').join('/'),
  };
}
