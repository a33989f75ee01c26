import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { isColumnTable } from '../../src/data/is-column-table.js';

describe('isColumnTable', () => {
  const t = table({ a: [1, 2] });

  it('knows a table of its own Arquero', () => {
    expect(isColumnTable(t)).toBe(true);
  });

  it('knows a table of another copy of Arquero by its methods', () => {
    // What a report's own `import 'arquero'` makes: not an instance of copydesk's bundled class.
    const foreign = Object.fromEntries(['columnNames', 'numRows', 'column', 'objects', 'reify'].map((m) => [m, (...args: unknown[]) => (t as unknown as Record<string, (...a: unknown[]) => unknown>)[m]?.(...args)]));
    expect(foreign instanceof Object && !(foreign instanceof t.constructor)).toBe(true);
    expect(isColumnTable(foreign)).toBe(true);
  });

  it('refuses rows, datasets and other values', () => {
    expect(isColumnTable([{ a: 1 }])).toBe(false);
    expect(isColumnTable({ table: t, objects: () => [] })).toBe(false);
    expect(isColumnTable(null)).toBe(false);
    expect(isColumnTable('table')).toBe(false);
  });
});
