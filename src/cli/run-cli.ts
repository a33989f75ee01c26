import { readFileSync } from 'node:fs';
import { CliError, isCopydeskError } from '../errors.js';
import { formatError } from './format-error.js';
import { MAIN_USAGE } from './usage.js';
import * as msg from '../messages/cli.js';

/** Where the CLI writes. `isTTY` picks tables and colours over plain lines. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** A command: takes its own arguments, returns an exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).build,
  check: async () => (await import('./commands/check.js')).check,
  new: async () => (await import('./commands/new.js')).newReport,
  preview: async () => (await import('./commands/preview.js')).preview,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Run the CLI with `argv` (without node and the script) and return the exit code. Copydesk errors are
 * printed as one clear message with a hint; anything else as "Unexpected error". Stack traces only
 * with `--debug`.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout.write(`${MAIN_USAGE}\n`);
      return name === undefined ? 1 : 0;
    }
    if (name === '-v' || name === '--version') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    const load = COMMANDS[name];
    if (!load) throw new CliError(msg.unknownCommand(name), { hint: msg.unknownCommandHint() });
    return await (await load())(rest, io);
  } catch (error) {
    io.stderr.write(formatError(error, { debug }));
    return isCopydeskError(error) && error instanceof CliError ? error.exitCode : 1;
  }
}
