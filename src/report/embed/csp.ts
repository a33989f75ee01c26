/**
 * Content-Security-Policy for the pages copydesk writes: nothing from the network, no `eval`, and
 * inline scripts and styles allowed one by one, by the SHA-256 hash of their exact text.
 */

import { createHash } from 'node:crypto';

/** A CSP hash source for an inline `<script>` or `<style>`: `'sha256-…'` of its exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Options for {@link contentSecurityPolicy}. */
export interface ContentSecurityPolicyOptions {
  /** Text of every inline `<script>` the page runs (JSON data blocks are not run, and need none). */
  scripts?: readonly string[];
  /** Text of every inline `<style>`. */
  styles?: readonly string[];
  /** Allow scripts from the page's own origin (the vendored Vega files). Default false. */
  selfScripts?: boolean;
  /** Allow `<iframe>`s from the page's own origin (the embeds index previews its embeds). Default false. */
  selfFrames?: boolean;
  /** Allow images from the page's own origin. Default true. */
  selfImages?: boolean;
}

/**
 * A policy that denies everything by default and allows only what the page is known to use. No
 * `'unsafe-inline'` and no `'unsafe-eval'`: Vega runs with its expression interpreter, so it needs
 * neither. `frame-ancestors` is left out on purpose: a `<meta>` policy cannot carry it (browsers
 * ignore it there with a console error), and embed pages exist to be framed.
 *
 * @example
 * contentSecurityPolicy({scripts: [HEIGHT_REPORTER], styles: [css]})
 * // "default-src 'none'; script-src 'sha256-…'; style-src 'sha256-…'; img-src 'self'; base-uri 'none'; form-action 'none'"
 */
export function contentSecurityPolicy({ scripts = [], styles = [], selfScripts = false, selfFrames = false, selfImages = true }: ContentSecurityPolicyOptions = {}): string {
  const list = (sources: readonly string[]) => (sources.length > 0 ? [...new Set(sources)].join(' ') : "'none'");
  const directives = [
    "default-src 'none'",
    `script-src ${list([...(selfScripts ? ["'self'"] : []), ...scripts.map(hashSource)])}`,
    `style-src ${list(styles.map(hashSource))}`,
    `img-src ${selfImages ? "'self'" : "'none'"}`,
    ...(selfFrames ? ["frame-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ];
  return directives.join('; ');
}
