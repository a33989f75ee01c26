import { relative } from 'node:path';
import { findReports } from '../../report/load-report.js';
import { buildOne } from '../build-one.js';
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
  const quiet = values.quiet === true;
  const logger = terminalLogger(io, { quiet });
  const outDir = String(values.out);
  for (const file of await findReports(positionals)) {
    const started = performance.now();
    const { report, target } = await buildOne(file, { outDir, logger });
    if (!quiet) io.stdout.write(`${report.slug.padEnd(14)} done    ${relative(process.cwd(), target)}/index.html in ${formatMs(performance.now() - started)}\n`);
  }
  return 0;
}
