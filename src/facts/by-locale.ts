/**
 * What a locale's text is read and written with (`Intl` formatters, month names, the patterns claims
 * are read by) is slow to make and never changes: made once per locale and options, and shared.
 */

/** Past this many values of one kind the cache starts over: options built from data stay bounded. */
const MAX_KEPT = 256;

/**
 * `make`, remembered by locale and options (compared as JSON). What `make` throws is thrown again at
 * the next call, not kept. Give it only what the values it makes depend on.
 *
 * @example
 * const percentFormat = byLocale((locale) => new Intl.NumberFormat(locale, {style: 'percent'}));
 * percentFormat('en-US') === percentFormat('en-US') // true
 */
export function byLocale<T, O = undefined>(make: (locale: string, options?: O) => T): (locale: string, options?: O) => T {
  const made = new Map<string, T>();
  return (locale, options) => {
    const key = options === undefined ? locale : `${locale}\u0000${JSON.stringify(options)}`;
    let value = made.get(key);
    if (value === undefined) {
      value = make(locale, options);
      if (made.size >= MAX_KEPT) made.clear();
      made.set(key, value);
    }
    return value;
  };
}
