import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from '../../errors.js';
import { parseCommandArgs } from '../parse.js';
import { isSlug, scaffold } from '../scaffold/scaffold.js';
import { NEW_USAGE } from '../usage.js';
import type { CliIO } from '../run-cli.js';
import * as msg from '../../messages/cli.js';

/** `copydesk new <slug>`: start a report from a template that builds at once. Never overwrites. */
export async function newReport(args: string[], io: CliIO, { cwd = process.cwd() }: { cwd?: string } = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs('new', args, {});
  if (values.help) {
    io.stdout.write(`${NEW_USAGE}\n`);
    return 0;
  }
  const [slug, ...extra] = positionals;
  if (slug === undefined || extra.length > 0) throw new CliError(msg.newNeedsSlug(), { hint: msg.badArgumentsHint('new') });
  if (!isSlug(slug)) throw new CliError(msg.newBadSlug(slug), { hint: msg.newBadSlugHint() });
  const files = scaffold(slug);
  const existing = [`datasets/${slug}`, ...files.map((file) => file.path)].filter((path) => existsSync(resolve(cwd, path)));
  if (existing.length > 0) throw new CliError(msg.newWouldOverwrite(existing), { hint: msg.newWouldOverwriteHint(slug) });
  for (const file of files) {
    const path = resolve(cwd, file.path);
    await mkdir(dirname(path), { recursive: true });
    // `wx` fails rather than overwrite, should a file appear between the check and the write.
    await writeFile(path, file.contents, { flag: 'wx' });
    io.stdout.write(`created ${file.path}\n`);
  }
  io.stdout.write(`\n${msg.newNextSteps(slug)}\n`);
  return 0;
}
