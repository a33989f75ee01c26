import { parse, type CsvError } from 'csv-parse/sync';
import * as msg from '../messages/data.js';
import type { ProblemList } from './problem-list.js';

/** Options for {@link readCsv}. */
export interface ReadCsvOptions {
  /** File name used in problems. */
  file: string;
  /** Where structural problems go. */
  problems: ProblemList;
}

/** The cells of a CSV file, as text, with the file line each record starts on. */
export interface CsvCells {
  header: string[];
  /** Data records with as many fields as the header (ragged records are reported and left out). */
  records: string[][];
  /** 1-based file line of each record in `records` (the header is line 1). */
  lines: Int32Array;
}

/**
 * Split a CSV file into header and records with csv-parse, and report what breaks its structure:
 * emptiness, quotes, rows with the wrong number of fields, blank or repeated column names.
 * A BOM is dropped; LF, CRLF and CR line ends are all fine, even mixed in one file. A header with no rows gives zero records. Blank lines
 * are skipped, except in a one-column file, where a blank line is how an empty cell is written.
 * Returns `undefined` when the quoting is broken, since the records after it cannot be trusted.
 */
export function readCsv(input: string | Buffer, { file, problems }: ReadCsvOptions): CsvCells | undefined {
  const syntax: CsvError[] = [];
  const raw: string[][] = parse(input, {
    bom: true,
    // Every line end counts, whichever came first: a file edited in two programs mixes them.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error !== undefined) syntax.push(error);
    },
  });
  if (syntax.length > 0) {
    reportSyntax(syntax, String(input), { file, problems });
    return undefined;
  }
  // shift() is cheap here: V8 trims the array's start in place instead of moving a million pointers.
  const header = raw.shift();
  if (header === undefined) {
    problems.add({ file, line: 1, expected: msg.emptyFile() });
    return undefined;
  }
  checkHeader(header, { file, problems });
  // Every physical line belongs to exactly one record (blank lines are records too, comments are
  // off), so a record's line is the previous one's plus its own line breaks. This avoids asking
  // csv-parse for per-record info, which costs a copied object per row.
  const multiline = input.includes('"');
  const lines = new Int32Array(raw.length);
  let line = 1 + (multiline ? lineBreaks(header) : 0);
  let kept = 0;
  for (const record of raw) {
    const start = ++line;
    if (multiline) line += lineBreaks(record);
    if (record.length === header.length && repeatsHeader(record, header)) {
      problems.add({ file, line: start, value: record.join(','), expected: msg.repeatedHeader() });
    } else if (record.length === header.length) {
      // Compact in place: ragged and blank records are dropped without copying the others.
      raw[kept] = record;
      lines[kept++] = start;
    } else if (!(record.length === 1 && record[0] === '')) {
      problems.add({ file, line: start, value: record.join(','), expected: msg.raggedRow(header, record.length) });
    }
  }
  raw.length = kept;
  return { header, records: raw, lines: lines.subarray(0, kept) };
}

/**
 * A row equal to the header (its first field may carry the second file's BOM): two exports pasted
 * together. Not for one-column files, where a value may well be the column's name.
 */
function repeatsHeader(record: readonly string[], header: readonly string[]): boolean {
  return header.length > 1 && record.every((field, i) => (i === 0 ? field.replace(/^\uFEFF/, '') : field) === header[i]);
}

function lineBreaks(record: readonly string[]): number {
  let breaks = 0;
  for (const field of record) {
    if (field.length === 0 || (field.indexOf('\n') === -1 && field.indexOf('\r') === -1)) continue;
    // CRLF counts once; a lone CR or LF counts once.
    breaks += field.replaceAll('\r\n', '\n').replaceAll('\r', '\n').split('\n').length - 1;
  }
  return breaks;
}

/** Report blank, reserved (`__proto__`) and repeated names in a CSV header, each with its column. */
export function checkHeader(header: readonly string[], { file, problems }: ReadCsvOptions): void {
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    const column = index + 1;
    if (name.trim() === '') problems.add({ file, line: 1, column, value: name, expected: msg.blankHeader() });
    // Arquero keeps columns in plain objects, where this name is the prototype: the column would vanish.
    else if (name === '__proto__') problems.add({ file, line: 1, column, field: name, value: name, expected: msg.reservedName() });
    else if (seen.has(name)) {
      problems.add({ file, line: 1, column, field: name, value: name, expected: msg.duplicateHeader(seen.get(name) ?? 0) });
    } else seen.set(name, column);
  });
}

function reportSyntax(errors: readonly CsvError[], text: string, { file, problems }: ReadCsvOptions): void {
  for (const error of errors) {
    const at = {
      file,
      ...(typeof error.lines === 'number' ? { line: error.lines } : {}),
      ...(typeof error.column === 'number' ? { column: error.column + 1 } : {}),
    };
    switch (error.code) {
      case 'INVALID_OPENING_QUOTE':
        problems.add({ ...at, expected: msg.invalidOpeningQuote() });
        // The parser recovers at the next record, so later errors are real ones.
        continue;
      case 'CSV_QUOTE_NOT_CLOSED':
        problems.add({ file, line: openQuoteLine(text), expected: msg.unclosedQuote() });
        return;
      case 'CSV_INVALID_CLOSING_QUOTE':
        problems.add({ ...at, expected: msg.invalidClosingQuote() });
        // After a stray closing quote the parser is out of step; what it reports next is noise.
        return;
      default:
        problems.add({ ...at, expected: msg.csvSyntax(error.message) });
        return;
    }
  }
}

/**
 * The line of the quote that is never closed. csv-parse reports the line where it ran out of input;
 * the reader needs the line where the field opened. Doubled quotes toggle twice, so parity works.
 * Lines end at LF, CRLF or CR, as for records.
 */
function openQuoteLine(text: string): number {
  let line = 1;
  let open = false;
  let openedAt = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    else if (c === 34) {
      open = !open;
      if (open) openedAt = line;
    }
  }
  return openedAt;
}
