import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../../src/errors.js';
import { VENDOR_SCRIPTS, vendorFiles } from '../../../src/report/embed/vendor.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const installed = (pkg: string) => JSON.parse(readFileSync(resolve(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };

describe('vendorFiles', () => {
  it('copies Vega, Vega-Lite and vega-embed byte for byte, named with their versions, in load order, with their licences', () => {
    const { scripts, files } = vendorFiles({ report: 'r' });
    expect(scripts).toEqual(VENDOR_SCRIPTS.map(({ package: pkg }) => `vendor/${pkg}-${installed(pkg).version}.min.js`));
    for (const [i, { package: pkg, file }] of VENDOR_SCRIPTS.entries()) {
      const copy = files.find((f) => f.path === scripts[i]);
      expect(Buffer.compare(Buffer.from(copy!.contents), readFileSync(resolve(ROOT, 'node_modules', pkg, file)))).toBe(0);
      expect(files.some((f) => f.path === `vendor/${pkg}-${installed(pkg).version}.LICENSE.txt` && /Redistribution/.test(Buffer.from(f.contents).toString()))).toBe(true);
    }
  });

  it('loads scripts, not modules: each is a UMD build that needs no import', () => {
    for (const file of vendorFiles({ report: 'r' }).files.filter((f) => f.path.endsWith('.js'))) {
      expect(Buffer.from(file.contents).subarray(0, 200).toString()).toMatch(/^!function\(\w,\w\)\{"object"==typeof exports/);
    }
  });

  it('names the missing package when one is not installed', () => {
    expect(() => vendorFiles({ report: 'r', scripts: [{ package: 'no-such-package-copydesk', file: 'x.js' }] })).toThrow(ReportError);
    expect(() => vendorFiles({ report: 'r', scripts: [{ package: 'vega', file: 'build/missing.js' }] })).toThrow(/vega \(build\/missing\.js\)/);
  });
});
