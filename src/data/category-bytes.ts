/**
 * A category's values as UTF-8 bytes, to tell which value a cell or an Arrow string spells without
 * decoding it: a million cells of five regions are then a million comparisons of a few words, not a
 * million strings made and hashed.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Lengths from this one up share a bucket (and are told apart by their full length). */
const LONG = 63;

/** Which value of a category some bytes spell. */
export class CategoryBytes {
  /** The category's values, as declared. */
  readonly values: readonly string[];
  /** Every value's bytes, one after another. */
  readonly #bytes: DataView;
  readonly #starts: Int32Array;
  readonly #lengths: Int32Array;
  /** By length bucket and first byte, the first value to compare (-1: none); `#next` chains the others. */
  readonly #first = new Int32Array((LONG + 1) * 256).fill(-1);
  readonly #next: Int32Array;

  constructor(values: readonly string[]) {
    this.values = values;
    // A value with a lone surrogate has no UTF-8 spelling (the encoder would write U+FFFD): no bytes spell it.
    const encoded = values.map((value) => {
      const bytes = encoder.encode(value);
      return decoder.decode(bytes) === value ? bytes : new Uint8Array(0);
    });
    const all = new Uint8Array(encoded.reduce((sum, bytes) => sum + bytes.length, 0));
    this.#bytes = new DataView(all.buffer);
    this.#starts = new Int32Array(values.length);
    this.#lengths = new Int32Array(values.length);
    this.#next = new Int32Array(values.length).fill(-1);
    let at = 0;
    for (const [index, bytes] of encoded.entries()) {
      all.set(bytes, at);
      this.#starts[index] = at;
      this.#lengths[index] = bytes.length;
      at += bytes.length;
    }
    // Backwards, so that each chain lists values in declared order.
    for (let index = values.length - 1; index >= 0; index--) {
      const bytes = encoded[index] as Uint8Array;
      if (bytes.length === 0) continue;
      const key = bucket(bytes.length, bytes[0] as number);
      this.#next[index] = this.#first[key] as number;
      this.#first[key] = index;
    }
  }

  /** The index in `values` of the value that bytes `start` to `end` of `view` spell, or -1. */
  indexOf(view: DataView, start: number, end: number): number {
    const length = end - start;
    if (length <= 0) return -1;
    for (let index = this.#first[bucket(length, view.getUint8(start))] as number; index !== -1; index = this.#next[index] as number) {
      if (this.#lengths[index] === length && sameBytes(this.#bytes, this.#starts[index] as number, view, start, length)) return index;
    }
    return -1;
  }
}

const bucket = (length: number, firstByte: number) => ((length < LONG ? length : LONG) << 8) | firstByte;

/**
 * Whether `length` bytes of `a` from `i` equal those of `b` from `j` (the first byte is known equal).
 * Four at a time, the last four read where they end, overlapping the others: a 5-byte value is two reads.
 */
function sameBytes(a: DataView, i: number, b: DataView, j: number, length: number): boolean {
  if (length < 4) {
    for (let k = 1; k < length; k++) if (a.getUint8(i + k) !== b.getUint8(j + k)) return false;
    return true;
  }
  for (let k = 0; k < length - 4; k += 4) if (a.getInt32(i + k, true) !== b.getInt32(j + k, true)) return false;
  return a.getInt32(i + length - 4, true) === b.getInt32(j + length - 4, true);
}

/** A view of `bytes` to pass to {@link CategoryBytes.indexOf}. */
export const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
