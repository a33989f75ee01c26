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
 * TypeScript modules are loaded with source maps, so the line is the one the author wrote.
 */
export function locateInModule(error: unknown, file: string): ModuleLocation | undefined {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const names = [file, pathToFileURL(file).href].map(escapeRegExp).join('|');
  // A fresh import adds a query string to the module's URL (`?build=3`).
  const match = new RegExp(`(?:${names})(?:\\?[^:)\\s]*)?:(\\d+):(\\d+)`).exec(stack);
  return match === null ? undefined : { line: Number(match[1]), column: Number(match[2]) };
}
