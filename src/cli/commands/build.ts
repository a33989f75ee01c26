import { relative } from 'node:path';
import { findReports, loadReport } from '../../report/load-report.js';
import { renderReport } from '../../report/build-report.js';
import { writeOutput } from '../../report/write-output.js';
import { parseCommandArgs } from '../parse.js';
import { formatMs, terminalLogger } from '../terminal-logger.js';
import { BUILD_USAGE } from '../usage.js';
import type { CliIO } from '../run-cli.js';

/** `copydesk build [report ...] [--out DIR]`: build reports into DIR/<slug>/. */
export async function build(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('build', args, {
    out: { type: 'string', short: 'o', default: 'out' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) {
    io.stdout.write(`${BUILD_USAGE}\n`);
    return 0;
  }
  const logger = terminalLogger(io, { quiet: values.quiet === true });
  const outDir = String(values.out);
  const files = await findReports(positionals);
  for (const file of files) {
    const started = performance.now();
    const report = await loadReport(file);
    logger.step({ report: report.slug, step: 'load', detail: `${relative(process.cwd(), file)}, ${report.datasets?.length ?? 0} datasets`, ms: performance.now() - started });
    const rendered = await renderReport(report, { logger });
    const writeStarted = performance.now();
    const target = await writeOutput(outDir, report.slug, rendered.files);
    logger.step({ report: report.slug, step: 'write', detail: `${rendered.files.length} files to ${relative(process.cwd(), target) || target}`, ms: performance.now() - writeStarted });
    if (values.quiet !== true) io.stdout.write(`${report.slug.padEnd(14)} done    ${relative(process.cwd(), target)}/index.html in ${formatMs(performance.now() - started)}\n`);
  }
  return 0;
}
