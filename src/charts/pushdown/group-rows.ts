/**
 * Rows grouped as vega's aggregate transform groups them: by the text of their values (`String(v)`,
 * several fields joined with `|`), groups numbered in order of first appearance. Arquero's own
 * groupby tells `1` from `"1"` and a Date from its string, where vega does not; a chart must come out
 * the same, so the keys follow vega.
 */

/** A column to group by: its values, or codes into a dictionary of its distinct values. */
export type GroupColumn = ArrayLike<unknown> | { codes: Uint32Array; dictionary: readonly unknown[] };

/** Rows assigned to groups. */
export interface Groups {
  /** Group of each row. */
  keys: Uint32Array;
  /** First row of each group, in group order: its values are the group's. */
  first: number[];
}

// Combined keys up to this many are looked up in an array rather than a map.
const DENSE_KEYS = 1 << 20;

const isCoded = (column: GroupColumn): column is { codes: Uint32Array; dictionary: readonly unknown[] } => 'codes' in column;

/**
 * Group `count` rows by the given columns. With no columns, every row is in one group (when there
 * are rows at all), as in vega.
 */
export function groupRows(columns: readonly GroupColumn[], count: number): Groups {
  if (columns.length === 0) return { keys: new Uint32Array(count), first: count > 0 ? [0] : [] };
  const parts = columns.map((column) => (isCoded(column) ? codedParts(column, count) : plainParts(column, count)));
  // One column: its parts are already groups in order of first appearance.
  if (parts.length === 1) return parts[0] as Parts;
  // `a|b` + `c` and `a` + `b|c` are one group in vega: only a `|` inside a value can make that happen.
  if (columns.some((column) => hasBar(column, count))) return byText(columns, count);
  const sizes = parts.map((p) => Math.max(1, p.first.length));
  const space = sizes.reduce((product, size) => product * size, 1);
  const keys = new Uint32Array(count);
  const first: number[] = [];
  const dense = space <= DENSE_KEYS ? new Int32Array(space).fill(-1) : undefined;
  const index = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    let key = 0;
    for (let c = 0; c < parts.length; c++) key = key * (sizes[c] as number) + ((parts[c] as Parts).keys[i] as number);
    let group = dense !== undefined ? (dense[key] as number) : index.get(key) ?? -1;
    if (group < 0) {
      group = first.length;
      first.push(i);
      if (dense !== undefined) dense[key] = group;
      else index.set(key, group);
    }
    keys[i] = group;
  }
  return { keys, first };
}

type Parts = Groups;

/** Groups of a coded column: its dictionary's entries keyed once, rows looked up by code. */
function codedParts({ codes, dictionary }: { codes: Uint32Array; dictionary: readonly unknown[] }, count: number): Parts {
  const text = needsText(dictionary, dictionary.length);
  const partOf = new Int32Array(dictionary.length).fill(-1);
  const byKey = new Map<unknown, number>();
  const keys = new Uint32Array(count);
  const first: number[] = [];
  for (let i = 0; i < count; i++) {
    const code = codes[i] as number;
    let part = partOf[code] as number;
    if (part < 0) {
      const value = dictionary[code];
      const key = text ? String(value) : value;
      part = byKey.get(key) ?? -1;
      if (part < 0) {
        part = first.length;
        first.push(i);
        byKey.set(key, part);
      }
      partOf[code] = part;
    }
    keys[i] = part;
  }
  return { keys, first };
}

/**
 * Groups of a column of values: two rows share a group exactly when `String()` of their values is
 * equal. Values of one primitive kind are told apart by the value itself (cheaper than building a
 * string per row); mixed kinds and objects (Dates: vega keys them by their text, to the second) by text.
 */
function plainParts(column: ArrayLike<unknown>, count: number): Parts {
  const text = needsText(column, count);
  const keys = new Uint32Array(count);
  const first: number[] = [];
  const index = new Map<unknown, number>();
  for (let i = 0; i < count; i++) {
    const value = text ? String(column[i]) : column[i];
    let part = index.get(value);
    if (part === undefined) {
      part = first.length;
      index.set(value, part);
      first.push(i);
    }
    keys[i] = part;
  }
  return { keys, first };
}

function byText(columns: readonly GroupColumn[], count: number): Groups {
  const values = columns.map((column) => (isCoded(column) ? (i: number) => column.dictionary[column.codes[i] as number] : (i: number) => column[i]));
  const keys = new Uint32Array(count);
  const first: number[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const key = values.map((value) => String(value(i))).join('|');
    let group = index.get(key);
    if (group === undefined) {
      group = first.length;
      index.set(key, group);
      first.push(i);
    }
    keys[i] = group;
  }
  return { keys, first };
}

/** Whether raw values could group differently from their text: objects, or strings beside non-strings. */
function needsText(values: ArrayLike<unknown>, count: number): boolean {
  let strings = false;
  let others = false;
  for (let i = 0; i < count; i++) {
    const value = values[i];
    const type = typeof value;
    if (type === 'object' && value !== null) return true;
    if (type === 'string') strings = true;
    else others = true;
    if (strings && others) return true;
  }
  return false;
}

function hasBar(column: GroupColumn, count: number): boolean {
  const values = isCoded(column) ? column.dictionary : column;
  const n = isCoded(column) ? column.dictionary.length : count;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (typeof value === 'string' && value.includes('|')) return true;
  }
  return false;
}
