import { watch, type FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Call `onChange` (debounced) when any of `files` changes. Watches their folders rather than the
 * files themselves, because editors often save by writing a new file and renaming it over the old.
 */
export function watchFiles(files: readonly string[], onChange: (changed: string[]) => void, { debounceMs = 80 } = {}): () => void {
  const wanted = new Set(files.map((file) => resolve(file)));
  const folders = new Set([...wanted].map((file) => dirname(file)));
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [...folders].map((folder) => watch(folder, (_event, name) => {
    if (name === null) return;
    const file = resolve(folder, name.toString());
    if (!wanted.has(file)) return;
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending = new Set();
      onChange(changed);
    }, debounceMs);
  }));
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
