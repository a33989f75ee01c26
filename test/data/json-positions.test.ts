import { describe, expect, it } from 'vitest';
import { jsonPositions } from '../../src/data/json-positions.js';

describe('jsonPositions', () => {
  it('places every key by its dotted path, and array elements by index', () => {
    const text = '\uFEFF{\n  "columns": {\n    "a.b": {"type": "x"},\n    "c": {"values": ["p", {"q": 1}]}\n  },\n  "n": -1.5e3\n}';
    expect(Object.fromEntries(jsonPositions(text))).toEqual({
      '': { line: 1, column: 1 },
      columns: { line: 2, column: 3 },
      'columns.a.b': { line: 3, column: 5 },
      'columns.a.b.type': { line: 3, column: 13 },
      'columns.c': { line: 4, column: 5 },
      'columns.c.values': { line: 4, column: 11 },
      'columns.c.values.0': { line: 4, column: 22 },
      'columns.c.values.1': { line: 4, column: 27 },
      'columns.c.values.1.q': { line: 4, column: 28 },
      n: { line: 6, column: 3 },
    });
  });

  it('reads escaped quotes in keys and strings', () => {
    expect(jsonPositions('{"a\\"b": "x\\"}", "c": [] }').get('c')).toEqual({ line: 1, column: 18 });
  });
});
