import type { BuildLogger, BuildProgress, BuildStep } from '../report/logger.js';
import type { CliIO } from './run-cli.js';

/** How build progress is printed. */
export type LogMode = 'pretty' | 'plain' | 'json' | 'quiet';

/** Milliseconds for a person: "420 ms", "1.52 s". */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** `pretty` on a terminal, `plain` lines otherwise (CI logs), unless the user asked for `json` or `quiet`. */
export function logModeOf(io: CliIO, { json = false, quiet = false }: { json?: boolean; quiet?: boolean } = {}): LogMode {
  if (json) return 'json';
  if (quiet) return 'quiet';
  return io.stdout.isTTY ? 'pretty' : 'plain';
}

function stepLine({ report, step, detail, ms }: BuildStep): string {
  return `${report.padEnd(14)} ${step.padEnd(7)} ${detail.padEnd(44)} ${formatMs(ms).padStart(8)}`;
}

/**
 * A logger for the terminal. `pretty` redraws one live line for long steps (`charts 12/40`);
 * `plain` prints one line per finished step; `json` prints one JSON event per line on stdout;
 * `quiet` prints only warnings. Warnings always go to stderr (as JSON events in `json` mode).
 */
export function terminalLogger(io: CliIO, { mode = 'plain' }: { mode?: LogMode } = {}): BuildLogger {
  let live = false;
  const clearLive = () => {
    if (live) io.stdout.write('\r\x1b[2K');
    live = false;
  };
  const json = (event: Record<string, unknown>) => io.stdout.write(`${JSON.stringify(event)}\n`);
  return {
    step(step: BuildStep) {
      if (mode === 'json') return void json({ event: 'step', ...step, ms: Math.round(step.ms) });
      if (mode === 'quiet') return;
      clearLive();
      io.stdout.write(`${stepLine(step)}\n`);
    },
    progress({ report, step, done, total, item }: BuildProgress) {
      if (mode === 'json') return void json({ event: 'progress', report, step, done, total, ...(item ? { item } : {}) });
      if (mode !== 'pretty') return;
      io.stdout.write(`\r\x1b[2K${report.padEnd(14)} ${step.padEnd(7)} ${done}/${total}${item ? ` ${item}` : ''}`);
      live = true;
    },
    warn(message: string) {
      if (mode === 'json') return void json({ event: 'warning', message });
      clearLive();
      io.stderr.write(`warning: ${message}\n`);
    },
  };
}
