import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readmeFiles } from './readme-example.js';

const root = resolve(import.meta.dirname, '../..');

/**
 * Pack the library as npm would publish it, install the tarball into a fresh project, and build the
 * README's example report there through the public API and the `copydesk` bin.
 */
describe('the packed package', () => {
  let project = '';

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'copydesk-pack-'));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
    // A newsroom's own project: nothing but a package.json.
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-newsroom', private: true, type: 'module' }, null, 2));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, packed?.filename ?? '')], { cwd: project, stdio: 'pipe' });
    for (const file of readmeFiles(join(root, 'README.md'))) {
      mkdirSync(dirname(join(project, file.path)), { recursive: true });
      writeFileSync(join(project, file.path), file.contents);
    }
  }, 300_000);

  it('ships only the built library and its README', () => {
    const pkg = join(project, 'node_modules', 'copydesk');
    expect(existsSync(join(pkg, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(pkg, 'dist', 'index.d.ts'))).toBe(true);
    expect(existsSync(join(pkg, 'src'))).toBe(false);
    expect(existsSync(join(pkg, 'test'))).toBe(false);
  });

  it('builds the README example with the bin', () => {
    expect(readmeFiles(join(root, 'README.md')).length).toBeGreaterThanOrEqual(3);
    const result = spawnSync('npx', ['copydesk', 'build'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const html = readFileSync(join(project, 'out', 'bakeries', 'index.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(existsSync(join(project, 'out', 'bakeries', 'facts.json'))).toBe(true);
  });

  it('imports the public API from plain JavaScript', () => {
    const script = "import { defineReport, loadDataset, total } from 'copydesk'; console.log([defineReport, loadDataset, total].map((f) => typeof f).join(','));";
    const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(out.trim()).toBe('function,function,function');
  });
});
