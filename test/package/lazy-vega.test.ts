import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');

/** The built modules (`npm test` builds dist/ first), by path under dist/. */
function modules(): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  return new Map(files.map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
}

describe('the bundle', () => {
  it('keeps vega in a chunk of its own that no module imports statically: it loads when a chart is drawn', () => {
    const built = modules();
    const chunks = [...built.keys()].filter((file) => /vega\.module-\w+\.js$/.test(file));
    expect(chunks).toHaveLength(1);
    const name = chunks[0]!.split('/').at(-1)!.replaceAll('.', '\\.');
    const statically = new RegExp(`(?:from\\s*|import\\s*)["'][./]*${name}["']`);
    const dynamically = new RegExp(`import\\(["'][./]*${name}["']\\)`);
    expect([...built].filter(([, code]) => statically.test(code)).map(([file]) => file)).toEqual([]);
    expect([...built].filter(([, code]) => dynamically.test(code))).toHaveLength(1);
  });
});
