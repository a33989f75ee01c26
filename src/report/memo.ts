import { createHash } from 'node:crypto';

/**
 * Remember the result of slow, pure work (rendering a chart, drawing a PNG) by a key made of
 * everything it depends on. The preview keeps one across rebuilds, so an edit to a sentence does
 * not redraw charts whose spec did not change; a one-off build uses {@link noMemo}.
 */
export interface Memo {
  <T>(parts: readonly unknown[], compute: () => Promise<T> | T): Promise<T>;
}

/** No memory: compute every time. */
export const noMemo: Memo = async (_parts, compute) => compute();

/** A digest of the key parts, fit for a file name. */
export function keyOf(parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part) ?? 'undefined').update('\0');
  return hash.digest('base64url');
}

/** Options for {@link createMemo}. */
export interface CreateMemoOptions {
  /** Where a result not held in memory is looked for before it is computed (the drawings on disk, say). */
  behind?: Memo;
}

/** A memo that lives across builds; `prune()` after a build forgets what that build did not use. */
export function createMemo({ behind }: CreateMemoOptions = {}): Memo & { prune(): void; readonly size: number } {
  let entries = new Map<string, Promise<unknown>>();
  let used = new Map<string, Promise<unknown>>();
  const memo = (async <T>(parts: readonly unknown[], compute: () => Promise<T> | T): Promise<T> => {
    const key = keyOf(parts);
    let result = (used.get(key) ?? entries.get(key)) as Promise<T> | undefined;
    if (result === undefined) {
      result = Promise.resolve().then(() => (behind ? behind(parts, compute) : compute()));
      // A failure is not remembered: the next build tries again.
      result.catch(() => used.delete(key));
    }
    used.set(key, result);
    return result;
  }) as Memo & { prune(): void; readonly size: number };
  Object.defineProperty(memo, 'size', { get: () => entries.size + used.size });
  memo.prune = () => {
    entries = used;
    used = new Map();
  };
  return memo;
}
