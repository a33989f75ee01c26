import { basename, dirname, extname, resolve } from 'node:path';
import { CliError } from '../../errors.js';
import { findReports } from '../../report/load-report.js';
import { sidecarPath } from '../../data/load-dataset.js';
import type { Report } from '../../report/define-report.js';
import { buildOne } from '../build-one.js';
import { chartCache } from '../chart-cache.js';
import { createMemo } from '../../report/memo.js';
import { formatError } from '../format-error.js';
import { parseCommandArgs } from '../parse.js';
import { startPreviewServer } from '../preview/preview-server.js';
import { watchFiles } from '../preview/watch-files.js';
import { formatMs, logModeOf, terminalLogger } from '../terminal-logger.js';
import { PREVIEW_USAGE } from '../usage.js';
import type { CliIO } from '../run-cli.js';
import * as msg from '../../messages/cli.js';

/** The files a report depends on: its module, its datasets, their sidecars and source texts. */
export function inputsOf(file: string, report: Report | undefined): string[] {
  const inputs = new Set([resolve(file)]);
  for (const dataset of report?.datasets ?? []) {
    const sidecar = sidecarPath(dataset.file);
    inputs.add(resolve(dataset.file)).add(resolve(sidecar));
    if (dataset.meta.source?.file) inputs.add(resolve(dirname(sidecar), dataset.meta.source.file));
  }
  return [...inputs];
}

/** Resolves when the process is asked to stop (Ctrl-C). */
function untilInterrupted(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

/**
 * `copydesk preview [report] [--port N]`: build, serve `out/` on 127.0.0.1, rebuild when the report or
 * its data change, and reload open pages. A failed build shows an overlay over the last good page.
 */
export async function preview(args: string[], io: CliIO, { stop = untilInterrupted() }: { stop?: Promise<void> } = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs('preview', args, {
    port: { type: 'string', short: 'p' },
    out: { type: 'string', short: 'o', default: 'out' },
    'no-cache': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(`${PREVIEW_USAGE}\n`);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(msg.badPort(String(values.port)), { hint: msg.badArgumentsHint('preview') });
  if (positionals.length > 1) throw new CliError(msg.previewOneReport(), { hint: msg.badArgumentsHint('preview') });
  const [file] = await findReports(positionals);
  if (file === undefined) throw new CliError(msg.previewOneReport());
  const outDir = resolve(String(values.out));
  const logger = terminalLogger(io, { mode: logModeOf(io) });

  // Charts whose spec did not change are not drawn again: a one-line edit rebuilds only what changed.
  // Behind the memory, the drawings copydesk build keeps: the first build starts from them.
  const disk = values['no-cache'] === true ? undefined : chartCache();
  const memo = createMemo(disk ? { behind: disk } : {});
  let error: string | undefined;
  let report: Report | undefined;
  let slug = basename(file, extname(file));
  const build = async (fresh: boolean) => {
    const started = performance.now();
    try {
      ({ report } = await buildOne(file, { outDir, logger, fresh, memo }));
      memo.prune();
      slug = report.slug;
      error = undefined;
      io.stdout.write(`built ${slug} in ${formatMs(performance.now() - started)}\n`);
    } catch (failure) {
      error = formatError(failure).trimEnd();
      io.stderr.write(`${error}\n`);
    }
  };

  await build(false);
  const server = await startPreviewServer({ root: outDir, port, error: () => error });
  io.stdout.write(`preview: ${server.url}${slug}/\n`);

  // Rebuilds run one at a time; changes that arrive during a build trigger one more.
  let building: Promise<void> | undefined;
  let again = false;
  let unwatch = () => {};
  const rewatch = () => {
    unwatch();
    unwatch = watchFiles(inputsOf(file, report), onChange);
  };
  function onChange(changed: string[]) {
    io.stdout.write(`changed: ${changed.map((path) => basename(path)).join(', ')}\n`);
    if (building) {
      again = true;
      return;
    }
    building = (async () => {
      do {
        again = false;
        await build(true);
        rewatch();
        server.reload();
      } while (again);
      building = undefined;
    })();
  }
  rewatch();

  await stop;
  unwatch();
  await server.close();
  return 0;
}
