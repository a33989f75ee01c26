import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/data/check-bytes.js';
import { ProblemList } from '../../src/data/problem-list.js';

function check(bytes: Uint8Array, options: { format?: 'csv' | 'json'; maxLineBytes?: number } = {}) {
  const problems = new ProblemList();
  const ok = checkBytes(bytes, { file: 'x.csv', problems, ...options });
  return { ok, problems: problems.problems };
}
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('checkBytes', () => {
  it('passes UTF-8 text, with or without a BOM, and a literal U+FFFD', () => {
    expect(check(bytes('a,b\n1,é\n'))).toEqual({ ok: true, problems: [] });
    expect(check(bytes([0xef, 0xbb, 0xbf], 'a\n'))).toEqual({ ok: true, problems: [] });
    expect(check(bytes('a\n\uFFFD\n'))).toEqual({ ok: true, problems: [] });
  });

  it('names the line, column and bytes of the first invalid UTF-8 sequence, past literal U+FFFDs', () => {
    expect(check(bytes('a,b\n1,caf', [0xe9], '\n'))).toEqual({
      ok: false,
      problems: [{ file: 'x.csv', line: 2, column: 6, value: '0xE9', expected: 'text encoded as UTF-8, but these bytes are not UTF-8 (in Windows-1252 they read "é"): save the file as "CSV UTF-8"' }],
    });
    expect(check(bytes('a\r\n\uFFFDé\r', [0xc3, 0x28])).problems).toMatchObject([{ line: 3, column: 1, value: '0xC3' }]);
  });

  it('refuses NUL bytes and UTF-16, except UTF-16LE with a BOM in CSV, which the CSV parser decodes', () => {
    expect(check(bytes('a\n1', [0], '\n')).problems).toMatchObject([{ line: 2, column: 2, expected: expect.stringMatching(/NUL/) }]);
    expect(check(Buffer.from('\uFEFFa\n', 'utf16le'), { format: 'csv' }).ok).toBe(true);
    expect(check(Buffer.from('\uFEFFa\n', 'utf16le'), { format: 'json' }).problems).toMatchObject([{ line: 1, column: 1, expected: expect.stringMatching(/UTF-16/) }]);
    expect(check(Buffer.from('\uFEFFa\n', 'utf16le').swap16(), { format: 'csv' }).ok).toBe(false);
  });

  it('refuses a CSV line longer than the limit, whatever ends the lines', () => {
    expect(check(bytes('a\n', 'x'.repeat(11), '\n'), { format: 'csv', maxLineBytes: 10 }).problems).toMatchObject([{ line: 2, value: 'a line of 11 bytes' }]);
    expect(check(bytes('a\r', 'x'.repeat(9), '\r', 'y'.repeat(11)), { format: 'csv', maxLineBytes: 10 }).problems).toMatchObject([{ line: 3, value: 'a line of 11 bytes' }]);
    expect(check(bytes('a\r\n', 'x'.repeat(10), '\r\n'), { format: 'csv', maxLineBytes: 10 }).ok).toBe(true);
    expect(check(bytes('x'.repeat(20)), { format: 'json', maxLineBytes: 10 }).ok).toBe(true);
  });

  it('finds the first long line in files of many lines, as a line-by-line pass would', () => {
    const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
    const lines = fc.array(fc.tuple(fc.nat({ max: 40 }), lineEnd), { minLength: 1, maxLength: 60 });
    fc.assert(fc.property(lines, fc.integer({ min: 1, max: 30 }), (parts, max) => {
      const text = parts.map(([length, end], i) => `${String.fromCharCode(97 + (i % 26)).repeat(length)}${end}`).join('');
      const { ok, problems } = check(Buffer.from(text), { format: 'csv', maxLineBytes: max });
      // The physical lines, as csv-parse splits them.
      const physical = text.split(/\r\n|\n|\r/);
      const long = physical.findIndex((line) => line.length > max);
      expect(ok).toBe(long === -1);
      if (long === -1) return;
      expect(problems[0]?.value).toBe(`a line of ${physical[long]?.length} bytes`);
      // Lines are numbered exactly when only LF and CRLF end them.
      if (!/\r(?!\n)/.test(text)) expect(problems[0]?.line).toBe(long + 1);
    }), { numRuns: 500, seed: Number(process.env.FC_SEED ?? 20_251_129) });
  });
});

