/**
 * The browser copies of Vega that interactive embeds load: copied byte for byte from the installed
 * packages into `vendor/` beside the report, never fetched from a CDN, so an embed works offline and
 * under a CSP that allows only its own origin.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportError } from '../../errors.js';
import * as msg from '../../messages/embed.js';
import { installedPackage } from '../installed-package.js';
import type { OutputFile } from '../write-output.js';

/** One vendored script: the package it comes from and its browser build inside the package. */
export interface VendorScript {
  package: string;
  /** Path of the UMD build inside the package. */
  file: string;
}

/**
 * What an interactive embed loads, in load order. vega-embed's browser build bundles vega-tooltip and
 * vega-interpreter (the expression interpreter used with `ast: true`), and expects `vega` and
 * `vegaLite` as globals.
 */
export const VENDOR_SCRIPTS: readonly VendorScript[] = [
  { package: 'vega', file: 'build/vega.min.js' },
  { package: 'vega-lite', file: 'build/vega-lite.min.js' },
  { package: 'vega-embed', file: 'build/vega-embed.min.js' },
];

/** Folder of the vendored files, relative to the report's folder. */
export const VENDOR_DIR = 'vendor';

/** Options for {@link vendorFiles}. */
export interface VendorFilesOptions {
  /** Report slug, for errors. */
  report: string;
  /** The scripts to copy. Default {@link VENDOR_SCRIPTS}. */
  scripts?: readonly VendorScript[];
}

/** The vendored files of a report, and the scripts' paths relative to the report's folder, in load order. */
export interface VendorFiles {
  scripts: string[];
  files: OutputFile[];
}

/**
 * Read the vendored scripts, each named with its version (`vendor/vega-6.4.0.min.js`) so that a
 * republished report never mixes a cached old copy with a new page, and each package's licence
 * (BSD-3-Clause asks for the notice to travel with the code).
 */
export function vendorFiles({ report, scripts = VENDOR_SCRIPTS }: VendorFilesOptions): VendorFiles {
  const result: VendorFiles = { scripts: [], files: [] };
  for (const script of scripts) {
    const installed = installedPackage(script.package);
    const path = installed === undefined ? undefined : join(installed.dir, script.file);
    if (installed === undefined || path === undefined || !existsSync(path)) {
      throw new ReportError(report, msg.vendorMissing(script.package, script.file), { hint: msg.vendorMissingHint(script.package) });
    }
    const { dir, version } = installed;
    const name = `${VENDOR_DIR}/${script.package}-${version}${script.file.slice(script.file.lastIndexOf('/') + 1).replace(/^[^.]*/, '')}`;
    result.scripts.push(name);
    result.files.push({ path: name, contents: readFileSync(path) });
    const licence = join(dir, 'LICENSE');
    if (existsSync(licence)) result.files.push({ path: `${VENDOR_DIR}/${script.package}-${version}.LICENSE.txt`, contents: readFileSync(licence) });
  }
  return result;
}
