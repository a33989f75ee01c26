/**
 * A Vega/Vega-Lite logger that collects messages instead of printing them, so a library call never
 * writes to the console and the caller decides what to show.
 */

import type { ViewOptions } from 'vega';

/** The logger interface Vega and Vega-Lite share (from vega-util). */
export type VegaLogger = NonNullable<ViewOptions['logger']>;

/** What a {@link collectLogger} gathered. */
export interface CollectedLog {
  logger: VegaLogger;
  warnings: string[];
  errors: string[];
  /** Data loads that failed. Vega only warns about them and draws the chart without the data. */
  loadFailures: string[];
}

// Vega's dataflow reports a failed data load as a warning whose first argument is this phrase.
const LOAD_FAILED = 'Loading failed';

/** Turn a logger call's arguments into one line. */
export function logLine(args: readonly unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? arg.message : typeof arg === 'string' ? arg : JSON.stringify(arg) ?? String(arg))).join(' ');
}

/**
 * A fresh logger and the lists it fills. Warnings and errors are kept whatever the log level Vega
 * sets, since the caller, not Vega, decides what to report; info and debug messages are dropped.
 */
export function collectLogger(): CollectedLog {
  const warnings: string[] = [];
  const errors: string[] = [];
  const loadFailures: string[] = [];
  let level = 0;
  const logger: VegaLogger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      errors.push(logLine(args));
      return logger;
    },
    warn(...args: unknown[]) {
      (args[0] === LOAD_FAILED ? loadFailures : warnings).push(logLine(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return { logger, warnings, errors, loadFailures };
}
