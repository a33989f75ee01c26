/**
 * A report built twice with a disk memo (as `copydesk build` does) redraws a chart whose data is a file
 * the spec names by URL: the spec alone does not say that the file changed.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { rawChart } from '../../src/charts/raw-chart.js';
import { bar } from '../../src/charts/bar.js';
import { chart } from '../../src/report/cells.js';
import { defineReport } from '../../src/report/define-report.js';
import { renderReport } from '../../src/report/build-report.js';
import { diskMemo } from '../../src/report/disk-memo.js';

describe('renderReport with a disk memo', () => {
  it('redraws a chart drawn from a file when the file changes, and reads an inline chart back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-urls-'));
    const file = join(dir, 'officers.csv');
    const fromFile = rawChart({ data: { url: file }, mark: 'bar', encoding: { x: { field: 'contingent', type: 'nominal' }, y: { field: 'officers', type: 'quantitative' } } } as TopLevelSpec, { title: 'From a file' });
    const inline = bar([{ contingent: 'First', officers: 400 }], { x: 'contingent', y: 'officers', title: 'Inline' });
    const report = defineReport({ slug: 'urls', title: 'URLs', cells: [chart('from-file', fromFile), chart('inline', inline)] });
    const memo = diskMemo({ dir: join(dir, 'cache'), salt: 'test' });
    const built = async (path: string) => (await renderReport(report, { memo })).files.find((f) => f.path === path)?.contents.toString() ?? '';
    const svg = (id: string) => built(`charts/${id}.svg`);

    writeFileSync(file, 'contingent,officers\nFirst,400\n');
    const before = await svg('from-file');
    expect(await built('charts/from-file.html')).not.toContain('>Second<');
    writeFileSync(file, 'contingent,officers\nFirst,400\nSecond,200\n');
    const after = await svg('from-file');
    expect(before).not.toContain('Second');
    expect(after).toContain('Second');
    // Its embed drawings too.
    expect(await built('charts/from-file.html')).toContain('>Second<');
    // The cache is in use all the same: the inline chart comes back the same.
    expect(await svg('inline')).toBe(await svg('inline'));
  });
});
