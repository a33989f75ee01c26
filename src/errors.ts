/**
 * Typed errors. Every error copydesk throws on bad input is one of these, so a caller (and the CLI)
 * can tell a reader's mistake from a bug. Message text lives in `messages.ts`.
 */

/** Where a problem sits in an input file. Lines and columns count from 1. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** Name of the CSV/JSON column, when the problem belongs to one. */
  field?: string;
}

/** One problem found while validating data: where, the offending value, and what was expected. */
export interface Problem extends Location {
  value?: string;
  expected: string;
}

/** Format a location as `file:line:column`, the form editors and terminals make clickable. */
export function formatLocation({ file, line, column }: Location): string {
  return [file, line, line !== undefined ? column : undefined].filter((part) => part !== undefined).join(':');
}

function describeProblem(problem: Problem): string {
  const where = formatLocation(problem);
  const field = problem.field !== undefined ? ` column "${problem.field}"` : '';
  const value = problem.value !== undefined ? `: got ${JSON.stringify(truncate(problem.value))}` : '';
  return `${where}${field}${value}, expected ${problem.expected}`;
}

function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

const BRAND = Symbol.for('copydesk.error');

/** Base class: all copydesk errors carry a hint on how to fix the problem. */
export class CopydeskError extends Error {
  readonly hint: string | undefined;
  /** Marks copydesk errors across module instances (a report module may load its own copy). */
  readonly [BRAND] = true;
  constructor(message: string, { hint, cause }: { hint?: string; cause?: unknown } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** True for any copydesk error, even one thrown by another copy of the library. */
export function isCopydeskError(error: unknown): error is CopydeskError {
  return error instanceof CopydeskError || (typeof error === 'object' && error !== null && BRAND in error);
}

/** Bad data: a CSV, JSON or sidecar file that does not match what it declares. */
export class DataError extends CopydeskError {
  readonly problems: readonly Problem[];
  readonly file: string;
  constructor(file: string, problems: readonly Problem[], { hint, omitted = 0 }: { hint?: string; omitted?: number } = {}) {
    const lines = problems.map((p) => `  ${describeProblem(p)}`);
    if (omitted > 0) lines.push(`  … and ${omitted} more problem${omitted === 1 ? '' : 's'}`);
    const count = problems.length + omitted;
    super(`${count} problem${count === 1 ? '' : 's'} in ${file}:\n${lines.join('\n')}`, hint === undefined ? {} : { hint });
    this.file = file;
    this.problems = problems;
  }
}

/** A fact that cannot be computed (division by zero, no rate before a date, an empty selection). */
export class FactError extends CopydeskError {}

/** A chart whose spec does not compile or render; names the chart. */
export class SpecError extends CopydeskError {
  readonly chartId: string;
  constructor(chartId: string, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(`Chart "${chartId}": ${message}`, options);
    this.chartId = chartId;
  }
}

/** A report module that is malformed or fails while building; names the report and the cell. */
export class ReportError extends CopydeskError {
  readonly report: string;
  readonly cellId: string | undefined;
  constructor(report: string, message: string, options: { cellId?: string; hint?: string; cause?: unknown } = {}) {
    super(`Report ${report}${options.cellId !== undefined ? `, cell "${options.cellId}"` : ''}: ${message}`, options);
    this.report = report;
    this.cellId = options.cellId;
  }
}

/** An error the CLI reports to the user and exits with `exitCode`, without a stack trace. */
export class CliError extends CopydeskError {
  readonly exitCode: number;
  constructor(message: string, { exitCode = 1, hint, cause }: { exitCode?: number; hint?: string; cause?: unknown } = {}) {
    super(message, { ...(hint === undefined ? {} : { hint }), cause });
    this.exitCode = exitCode;
  }
}
