import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../errors.js';
import * as msg from '../messages/cli.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs, with a CliError (and a pointer to --help) on unknown or malformed options. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(msg.badArguments(error instanceof Error ? error.message : String(error)), { hint: msg.badArgumentsHint(command) });
  }
}
