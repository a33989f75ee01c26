import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `code` as an ES module in a fresh Node from the repository (`npm test` builds dist/ first), and returns what it printed. */
function run(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
}

describe('the built package', () => {
  it('loads vega when a chart is first drawn, not with the library', () => {
    const printed = run(`
      const { renderSVG } = await import('copydesk');
      const { loadedVega } = await import('./dist/charts/vega-module.js');
      const loaded = () => { try { loadedVega(); return true; } catch { return false; } };
      console.log(loaded());
      await renderSVG({ mark: 'point', data: { values: [{ x: 1 }] }, encoding: { x: { field: 'x', type: 'quantitative' } } }, { id: 'probe' });
      console.log(loaded());
    `);
    expect(printed.trim().split('\n')).toEqual(['false', 'true']);
  });

  it('imports what it does not bundle (hyparquet) through the loader', () => {
    const printed = run(`
      const { loadDataset } = await import('copydesk');
      const incidents = await loadDataset('test/fixtures/data/incidents/incidents.parquet');
      console.log(incidents.table.numRows());
    `);
    expect(printed.trim()).toBe('4');
  });

  it('compiles the library from the code cache the build made', () => {
    const printed = run(`
      await import('copydesk');
      const { loadedBundle } = await import('./dist/package/load-bundle.js');
      console.log(loadedBundle().cached);
    `);
    expect(printed.trim()).toBe('true');
  });
});
