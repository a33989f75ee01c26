import type { BuildLogger, BuildStep } from '../report/logger.js';
import type { CliIO } from './run-cli.js';

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** One line per step, `slug  step  detail  time`; warnings to stderr. `quiet` keeps only warnings. */
export function terminalLogger(io: CliIO, { quiet = false }: { quiet?: boolean } = {}): BuildLogger {
  return {
    step({ report, step, detail, ms }: BuildStep) {
      if (!quiet) io.stdout.write(`${report.padEnd(14)} ${step.padEnd(7)} ${detail.padEnd(44)} ${formatMs(ms).padStart(8)}\n`);
    },
    warn(message: string) {
      io.stderr.write(`warning: ${message}\n`);
    },
  };
}

export { formatMs };
