import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copydesk, repoFolders } from '../integration/build-cli.js';

const project = repoFolders('new');

describe('copydesk new', () => {
  it('creates a report that builds at once', () => {
    const dir = project();
    const created = copydesk(['new', 'my-story'], { cwd: dir });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('created reports/my-story.ts');
    const built = copydesk(['build', 'my-story'], { cwd: dir });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'my-story', 'index.html'), 'utf8')).toContain('Where the money went');
  });

  it('refuses to overwrite anything that exists', () => {
    const dir = project();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'taken.ts'), '// mine');
    const result = copydesk(['new', 'taken'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refusing to overwrite.*reports\/taken\.ts/);
    expect(readFileSync(join(dir, 'reports', 'taken.ts'), 'utf8')).toBe('// mine');
    expect(existsSync(join(dir, 'datasets', 'taken'))).toBe(false);
  });

  it('refuses a slug that is not a folder name, and explains', () => {
    const result = copydesk(['new', '../evil'], { cwd: project() });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot be a report slug/);
    expect(result.stderr).toMatch(/hint:/);
  });

  it('has --help', () => {
    const result = copydesk(['new', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: copydesk new <slug>/);
  });
});
