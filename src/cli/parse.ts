import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../errors.js';
import * as msg from '../messages/cli.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's parsed arguments. Every command also takes `--help` and `--debug`. */
export interface CommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** `node:util` parseArgs, with a CliError (and a pointer to --help) on unknown or malformed options. */
export function parseCommandArgs(command: string, args: string[], options: Options): CommandArgs {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } }, allowPositionals: true, strict: true });
    return { values: values as CommandArgs['values'], positionals };
  } catch (error) {
    throw new CliError(msg.badArguments(error instanceof Error ? error.message : String(error)), { hint: msg.badArgumentsHint(command) });
  }
}
