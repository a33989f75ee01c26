import type { Problem } from '../errors.js';
import * as msg from '../messages/data.js';

/** Options for {@link parseJson}. */
export interface ParseJsonOptions {
  /** File name used in the problem. */
  file: string;
}

/** The parsed value, or the problem that says where the JSON breaks. */
export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Parse JSON text; on a syntax error, return a problem naming the line and column of the error.
 * `JSON.parse` in Node 20 often does not say where the error is ("Unexpected token '}'"), so the
 * position is found by a small validating scan that runs only on the failure path.
 */
export function parseJson(text: string, { file }: ParseJsonOptions): ParseJsonResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const offset = jsonErrorOffset(source);
    const { line, column } = lineColumnAt(source, offset);
    const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
    return { ok: false, problem: { file, line, column, expected: msg.jsonSyntax(detail) } };
  }
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** 1-based start lines of the elements of a top-level JSON array (the text must be valid JSON). */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n' && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') expectElement = ++depth === 1;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

class Stop {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Offset of the first JSON syntax error in `text` (its length when the text ends too early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) fail();
    i++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c.charCodeAt(0) < 0x20) fail();
      if (c === '"') return void i++;
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
  };
  const sequence = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      expect(',');
      space();
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return sequence('}', () => (string(), space(), expect(':'), value()));
    if (c === '[') return sequence(']', value);
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return void (i += literal.length);
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (stop) {
    if (stop instanceof Stop) return stop.offset;
    throw stop;
  }
  return text.length;
}
