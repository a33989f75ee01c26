import { pathToFileURL } from 'node:url';

/** A line and column in a report module (1-based). */
export interface ModuleLocation {
  line: number;
  column: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where in the report module `file` an error was thrown: the first frame of its stack trace that lies
 * in the module (a fact that divides by zero throws inside copydesk, called from the module's line).
 * A TypeScript module is compiled with a source map (see compile-report.ts) and Node maps its frames
 * back to the `.ts` file, named by path (plain Node) or by `file:` URL (other runners): the line and
 * column are the ones the author wrote.
 */
export function locateInModule(error: unknown, file: string): ModuleLocation | undefined {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const names = [file, pathToFileURL(file).href].map(escapeRegExp).join('|');
  // A fresh import of a JavaScript module adds a query string to its URL (`?build=3`).
  const match = new RegExp(`(?:${names})(?:\\?[^:)\\s]*)?:(\\d+):(\\d+)`).exec(stack);
  return match === null ? undefined : { line: Number(match[1]), column: Number(match[2]) };
}
