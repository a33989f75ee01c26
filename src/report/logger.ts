/** One step of a build, reported as it finishes. */
export interface BuildStep {
  report: string;
  step: 'load' | 'facts' | 'checks' | 'charts' | 'html' | 'pngs' | 'write';
  /** What the step did, with counts ("3 charts"). */
  detail: string;
  /** How long it took, in milliseconds. */
  ms: number;
}

/**
 * Where a build reports progress and warnings. The build never prints: the CLI passes a logger that
 * writes to the terminal, tests pass one that records.
 */
export interface BuildLogger {
  step(step: BuildStep): void;
  warn(message: string): void;
  /** Progress within a long step (`done` of `total` charts rendered); optional. */
  progress?(progress: BuildProgress): void;
}

/** How far a long step has got. */
export interface BuildProgress {
  report: string;
  step: BuildStep['step'];
  done: number;
  total: number;
  /** What is being worked on ("chart deployment"). */
  item?: string;
}

/** A logger that drops everything. */
export const silentLogger: BuildLogger = { step() {}, warn() {} };

/** A monotonic clock in milliseconds; tests can pass a fake one. */
export type Clock = () => number;
export const defaultClock: Clock = () => performance.now();
