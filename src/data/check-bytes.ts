/**
 * The checks a data file's raw bytes must pass before they are parsed: text encoded as UTF-8 (a
 * spreadsheet saved as Latin-1 would otherwise load with "�" in place of "é"), no NUL bytes (a
 * binary file, or UTF-16 without a byte-order mark), and, for CSV, no line so long that parsing it
 * would take seconds and gigabytes (a 50 MB line of commas is fifty million fields).
 */
import { isUtf8 } from 'node:buffer';
import * as msg from '../messages/data.js';
import type { ProblemList } from './problem-list.js';

/** Options for {@link checkBytes}. */
export interface CheckBytesOptions {
  /** File name used in problems. */
  file: string;
  /** `'csv'` also checks line lengths and accepts UTF-16LE with a byte-order mark, which the CSV parser decodes. */
  format?: 'csv' | 'json';
  /** Longest physical line a CSV file may have, in bytes. Default 1 MiB. */
  maxLineBytes?: number;
  problems: ProblemList;
}

/** Default {@link CheckBytesOptions.maxLineBytes}: far above any real row, far below what hurts. */
export const MAX_LINE_BYTES = 1024 * 1024;

const LF = 10;
const CR = 13;

/**
 * Check the bytes of a data or sidecar file; each problem names the line and column where it is.
 * Returns false when the bytes cannot be parsed meaningfully (the caller should stop there).
 */
export function checkBytes(bytes: Uint8Array, { file, format = 'json', maxLineBytes = MAX_LINE_BYTES, problems }: CheckBytesOptions): boolean {
  const utf16 = utf16Order(bytes);
  // csv-parse decodes UTF-16LE when the file starts with its byte-order mark; nothing else does.
  if (utf16 === 'le' && format === 'csv') return true;
  if (utf16 !== undefined) {
    problems.add({ file, line: 1, column: 1, expected: msg.utf16File() });
    return false;
  }
  if (format === 'csv') {
    const long = longLine(bytes, maxLineBytes);
    if (long !== undefined) {
      problems.add({ file, line: long.line, value: msg.lineSize(long.bytes), expected: msg.lineTooLong(maxLineBytes) });
      return false;
    }
  }
  if (!isUtf8(bytes)) {
    const { bytes: bad, windows1252, ...at } = invalidUtf8(bytes);
    problems.add({ file, ...at, value: bad, expected: msg.utf8(windows1252) });
    return false;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    problems.add({ file, ...positionOf(bytes, nul), expected: msg.nulByte() });
    return false;
  }
  return true;
}

function utf16Order(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return undefined;
}

/** The first physical line (LF, CRLF or CR ended) longer than `max` bytes, if any. */
function longLine(bytes: Uint8Array, max: number): { line: number; bytes: number } | undefined {
  // A line longer than `max` leaves more than `max` bytes without an LF. Jumping to the last LF of
  // each `max + 1` bytes takes a few dozen native searches for a 30 MB file, not one per line; only
  // a stretch without an LF needs the line-by-line pass, which also numbers the line.
  for (let start = 0; bytes.length - start > max; ) {
    const lf = bytes.lastIndexOf(LF, start + max);
    if (lf < start) return firstLongLine(bytes, max);
    start = lf + 1;
  }
  return undefined;
}

function firstLongLine(bytes: Uint8Array, max: number): { line: number; bytes: number } | undefined {
  let line = 1;
  let start = 0;
  while (start < bytes.length) {
    const lf = indexOrEnd(bytes, LF, start, bytes.length);
    // Only a long LF-line needs a second look: it may be many short CR-ended lines.
    if (lf - start > max) {
      let from = start;
      for (;;) {
        const cr = indexOrEnd(bytes, CR, from, lf);
        if (cr - from > max) return { line, bytes: cr - from };
        if (cr >= lf) break;
        if (cr + 1 < lf) line++;
        from = cr + 1;
      }
    }
    line++;
    start = lf + 1;
  }
  return undefined;
}

function indexOrEnd(bytes: Uint8Array, byte: number, from: number, end: number): number {
  const at = bytes.indexOf(byte, from);
  return at === -1 || at > end ? end : at;
}

/**
 * Where the first invalid UTF-8 sequence is, and its bytes. A lenient decode marks it with U+FFFD;
 * the text before the first mark is decoded exactly, so its byte length is the offset. A U+FFFD
 * that the file spells out as EF BF BD is real text and is skipped.
 */
function invalidUtf8(bytes: Uint8Array): { line: number; column: number; bytes: string; windows1252: string } {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  let searched = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    offset += encoder.encode(text.slice(searched, i)).length;
    searched = i;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
  }
  const bad = [...bytes.subarray(offset, offset + 4)].slice(0, sequenceLength(bytes, offset));
  const windows1252 = new TextDecoder('windows-1252').decode(Uint8Array.from(bad));
  return { ...positionOf(bytes, offset), bytes: bad.map(hex).join(' '), windows1252 };
}

/** How many bytes belong to the broken sequence at `offset` (its lead byte and continuation bytes). */
function sequenceLength(bytes: Uint8Array, offset: number): number {
  let length = 1;
  while (length < 4 && ((bytes[offset + length] ?? 0) & 0xc0) === 0x80) length++;
  return length;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** 1-based line and column (in characters) of byte `offset`; lines end at LF, CRLF or CR. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === LF || (byte === CR && bytes[i + 1] !== LF)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
  return { line, column: [...before].length + 1 };
}
