import { readFileSync } from 'node:fs';

/** A file the README's "Write your own report" section asks the reader to create. */
export interface ReadmeFile {
  path: string;
  contents: string;
}

/**
 * The README's example files: every fenced code block preceded by a `<!-- file: path -->` comment.
 * Tests write them into a fresh project, so the README's example is the one that is tested.
 */
export function readmeFiles(readmePath: string): ReadmeFile[] {
  const text = readFileSync(readmePath, 'utf8');
  const pattern = /<!-- file: (\S+) -->\s*\n```[^\n]*\n([\s\S]*?)\n```/g;
  return [...text.matchAll(pattern)].map((match) => ({ path: match[1] ?? '', contents: `${match[2] ?? ''}\n` }));
}
