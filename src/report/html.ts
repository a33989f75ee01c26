import escapeHtml from 'escape-html';

/** Escape text for an HTML text node or a quoted attribute value. */
export function escape(value: unknown): string {
  return escapeHtml(String(value));
}

const SAFE_URL = /^(?:https?:|mailto:|#|\.{0,2}\/|[\w.-]+(?:\/|\.\w+|#|$))/i;

/**
 * Return the URL when it is safe to put in an `href`, else `undefined`.
 * Allows http(s), mailto, fragments and relative paths; refuses `javascript:`, `data:` and any other
 * scheme, after removing the whitespace and control characters browsers ignore.
 */
export function safeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(squeezed) && !/^(?:https?|mailto):/i.test(squeezed)) return undefined;
  return SAFE_URL.test(squeezed) ? url.trim() : undefined;
}

/** Serialise JSON for a `<script type="application/json">` block: no `</script>`, `<!--` or line separators can break out. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What {@link documentHead} puts in a page's `<head>`. */
export interface DocumentHeadOptions {
  title: string;
  /** The Content-Security-Policy, as a meta tag: pages opened from disk get it too. */
  csp: string;
  /** The page's stylesheet, inlined. */
  css: string;
}

/** The `<head>` every copydesk page shares: charset, viewport, CSP, title, inline styles. */
export function documentHead({ title, csp, css }: DocumentHeadOptions): string {
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escape(csp)}">
<meta name="generator" content="copydesk">
<title>${escape(title)}</title>
<style>${css}</style>
</head>`;
}
