import { describe, expect, it } from 'vitest';
import { arrayElementLines, jsonErrorOffset, lineColumnAt, parseJson } from '../../src/data/parse-json.js';

describe('parseJson', () => {
  it('returns the value of valid JSON, BOM or not', () => {
    expect(parseJson('\uFEFF{"a": [1, true, null]}', { file: 'x.json' })).toEqual({ ok: true, value: { a: [1, true, null] } });
  });

  it('names the line and column of a syntax error', () => {
    const result = parseJson('{\n  "a": 1,\n  "b": }\n', { file: 'x.meta.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ file: 'x.meta.json', line: 3, column: 8 });
    expect(result.problem.expected).toMatch(/^valid JSON \(/);
  });
});

describe('jsonErrorOffset', () => {
  it('finds where JSON breaks', () => {
    const cases: [string, number][] = [
      ['{"a": 1,}', 8],
      ['{"a" 1}', 5],
      ['[1, 2', 5],
      ['{"a": tru}', 6],
      ['{"a": "x\ny"}', 8],
      ['{"a": 01}', 7],
      ['[1] x', 4],
      ['{"a": "\\q"}', 8],
    ];
    for (const [text, offset] of cases) expect(jsonErrorOffset(text), text).toBe(offset);
  });

  it('reaches the end of valid JSON', () => {
    const text = '{"a": [1, -2.5e3, "\\u00e9\\n", {"b": null}], "c": false}';
    expect(jsonErrorOffset(text)).toBe(text.length);
  });
});

describe('lineColumnAt', () => {
  it('counts from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('arrayElementLines', () => {
  it('gives the line each top-level element starts on', () => {
    const text = '[\n  {"a": "x,\\"]{"},\n  {\n    "a": [1, 2]\n  }, 3,\n  "s"\n]';
    expect(arrayElementLines(text)).toEqual([2, 3, 5, 6]);
  });
});
