import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../src/data/problem-list.js';
import { dataError } from './files.js';

describe('ProblemList', () => {
  it('keeps problems in file order: first file seen first, then by line and column', () => {
    const list = new ProblemList();
    list.add({ file: 'a.meta.json', field: 'key', expected: 'k' });
    list.add({ file: 'a.csv', line: 3, column: 2, expected: 'x' });
    list.add({ file: 'a.csv', line: 2, column: 4, expected: 'y' });
    list.add({ file: 'a.csv', line: 2, column: 1, expected: 'z' });
    expect(list.problems.map((p) => p.expected)).toEqual(['k', 'z', 'y', 'x']);
  });

  it('keeps the earliest `limit` problems and counts the rest', async () => {
    const list = new ProblemList({ limit: 3 });
    for (let line = 100; line > 0; line--) list.add({ file: 'a.csv', line, expected: 'x' });
    expect(list.size).toBe(100);
    expect(list.problems.map((p) => p.line)).toEqual([1, 2, 3]);
    const error = await dataError(() => list.throwIfAny('a.csv'));
    expect(error.message).toMatch(/^100 problems in a\.csv:\n/);
    expect(error.message).toMatch(/… and 97 more problems$/);
  });

  it('throws nothing when empty', () => {
    expect(() => new ProblemList().throwIfAny('a.csv')).not.toThrow();
  });
});
