import { isCopydeskError } from '../errors.js';
import * as msg from '../messages/cli.js';

/** Print an error for a person: the message and a hint; the stack only when debugging. */
export function formatError(error: unknown, { debug = false }: { debug?: boolean } = {}): string {
  const lines: string[] = [];
  if (isCopydeskError(error)) {
    lines.push(`error: ${error.message}`);
    if (error.hint) lines.push(`hint: ${error.hint}`);
  } else {
    lines.push(`error: ${msg.unexpected()}`);
    lines.push(`  ${error instanceof Error ? error.message : String(error)}`);
    lines.push(`hint: ${msg.unexpectedHint()}`);
  }
  if (debug && error instanceof Error && error.stack) {
    lines.push('', error.stack);
    let cause = error.cause;
    while (cause instanceof Error) {
      lines.push(`caused by: ${cause.stack ?? cause.message}`);
      cause = cause.cause;
    }
  } else if (isCopydeskError(error) && !error.hint) {
    lines.push('hint: rerun with --debug for the stack trace.');
  }
  return `${lines.join('\n')}\n`;
}
