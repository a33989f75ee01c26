import { relative } from 'node:path';
import { pngProcess } from '../../charts/png-process.js';
import { compileReport } from '../../report/compile-report.js';
import { findReports } from '../../report/load-report.js';
import { chartCache } from '../chart-cache.js';
import { parseCommandArgs } from '../parse.js';
import { formatMs, logModeOf, terminalLogger } from '../terminal-logger.js';
import { BUILD_USAGE } from '../usage.js';
import type { CliIO } from '../run-cli.js';

/** `copydesk build [report ...] [--out DIR]`: build reports into DIR/<slug>/. */
export async function build(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('build', args, {
    out: { type: 'string', short: 'o', default: 'out' },
    quiet: { type: 'boolean', short: 'q' },
    json: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(`${BUILD_USAGE}\n`);
    return 0;
  }
  const mode = logModeOf(io, { json: values.json === true, quiet: values.quiet === true });
  const logger = terminalLogger(io, { mode });
  const outDir = String(values.out);
  const files = await findReports(positionals);
  // esbuild compiles the report modules in its own process while this one loads the library, and
  // the PNG renderer's process starts meanwhile too: both use the core this thread leaves idle.
  const compiled = new Map(files.map((file) => [file, compileReport(file)]));
  pngProcess().warm();
  const { buildOne } = await import('../build-one.js');
  const memo = values['no-cache'] === true ? undefined : chartCache();
  for (const file of files) {
    const started = performance.now();
    const { report, target } = await buildOne(file, { outDir, logger, compiled: compiled.get(file), ...(memo ? { memo } : {}) });
    if (mode === 'json') io.stdout.write(`${JSON.stringify({ event: 'done', report: report.slug, path: relative(process.cwd(), target), ms: Math.round(performance.now() - started) })}\n`);
    else if (mode !== 'quiet') io.stdout.write(`${report.slug.padEnd(14)} done    ${relative(process.cwd(), target)}/index.html in ${formatMs(performance.now() - started)}\n`);
  }
  return 0;
}

