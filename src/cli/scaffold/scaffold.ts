import { exampleCSV, exampleSidecar, exampleReport } from './templates.js';

/** A file to create, relative to the project root. */
export interface ScaffoldFile {
  path: string;
  contents: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** True when `slug` can name a report folder. */
export function isSlug(slug: string): boolean {
  return SLUG.test(slug);
}

/**
 * The files of a new report: `reports/<slug>.ts` and `datasets/<slug>/` with a commented example
 * dataset and sidecar. The report builds as it is, so the author starts from something that works.
 */
export function scaffold(slug: string): ScaffoldFile[] {
  return [
    { path: `datasets/${slug}/example.csv`, contents: exampleCSV() },
    { path: `datasets/${slug}/example.meta.json`, contents: exampleSidecar(slug) },
    { path: `reports/${slug}.ts`, contents: exampleReport(slug) },
  ];
}
