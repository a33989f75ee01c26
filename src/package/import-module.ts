/**
 * The one place copydesk imports a module it does not bundle: a report module (by `file:` URL) and
 * hyparquet. In the built package, `npm run build` puts a stand-in here that calls the bundle loader's
 * own `import()` (see `load-bundle.ts`): code that `vm.Script` compiled has none of its own.
 */

/** Import `specifier` (a `file:` URL, or a package name resolved from copydesk's folder). */
export function importModule<T = unknown>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
