/** Where each property of a JSON document is written, so that a problem found in the parsed value can name its line and column. */

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/**
 * The position of every object member's key (and every array element) in valid JSON `text`, by its
 * dotted path: `{"columns": {"officers": {"type": …}}}` gives `columns`, `columns.officers`,
 * `columns.officers.type`; the empty path is the document itself. The paths are the `field`s
 * sidecar problems use. Runs only when a
 * problem needs placing, so it favours being short over being fast.
 */
export function jsonPositions(text: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const space = () => {
    for (; i < text.length && ' \t\r\n'.includes(text[i] ?? ''); i++) {
      if (text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  };
  const string = (): string => {
    const start = i;
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
  const value = (path: string): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const object = c === '{';
      i++;
      for (let index = 0; ; index++) {
        space();
        if (text[i] === '}' || text[i] === ']' || i >= text.length) return void i++;
        if (text[i] === ',') {
          i++;
          space();
        }
        if (object) {
          const at = here();
          const key = join(path, string());
          positions.set(key, at);
          space();
          i++; // the colon
          value(key);
        } else {
          space();
          positions.set(join(path, String(index)), here());
          value(join(path, String(index)));
        }
      }
    }
    if (c === '"') return void string();
    // Numbers and literals: up to the next delimiter.
    while (i < text.length && !',]} \t\r\n'.includes(text[i] ?? '')) i++;
  };
  space();
  positions.set('', here());
  value('');
  return positions;
}
