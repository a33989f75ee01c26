/**
 * The Vega-Lite gallery corpus (test/fixtures/vega-lite-examples/, copied from Vega-Lite's
 * examples/specs/) and what rendering it needs: the vega-datasets files and a seeded random source.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';

const FIXTURES = fileURLToPath(new URL('../fixtures/vega-lite-examples/', import.meta.url));
const DATASETS = fileURLToPath(new URL('../../node_modules/vega-datasets/', import.meta.url));

// Two gallery specs fetch vega-datasets from a CDN; the same files are in the npm package, and a test must not need the network.
const CDN = 'https://cdn.jsdelivr.net/npm/vega-datasets@v1.29.0/';

/** File names of the gallery specs, sorted. */
export function galleryFiles(): string[] {
  return readdirSync(FIXTURES).filter((file) => file.endsWith('.vl.json')).sort();
}

/** One gallery spec. */
export function readSpec(file: string): TopLevelSpec {
  return JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as TopLevelSpec;
}

/** A file loader rooted at vega-datasets, with the CDN URLs mapped to the same local files. */
export function galleryLoader(): vega.Loader {
  const base = vega.loader({ baseURL: DATASETS, mode: 'file' });
  return { ...base, sanitize: (uri, options) => base.sanitize(uri.startsWith(CDN) ? uri.slice(CDN.length) : uri, options) };
}

// vega-statistics' random source, which vega re-exports but vega-typings does not declare.
const { setRandom, randomLCG } = vega as unknown as { setRandom(random: () => number): void; randomLCG(seed: number): () => number };

/** Make Vega's `random()` (bootstrap intervals, jitter) repeat: call before each of two renders to compare. */
export function seedRandom(seed = 42): void {
  setRandom(randomLCG(seed));
}
