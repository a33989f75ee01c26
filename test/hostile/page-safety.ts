/**
 * What a built page may contain, checked with jsdom (which parses as browsers do and runs nothing):
 * no element or attribute that the same report built from harmless text does not have (Markdown's
 * own aside), no event handler, no URL with a scheme that runs or smuggles code, scripts only as
 * data or as approved by the page's Content-Security-Policy, and that policy strict.
 */
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';

/** The elements and attributes a page holds, as `ns:name` and `ns:name@attribute`. */
export interface Shape {
  elements: Set<string>;
  attributes: Set<string>;
}

/** One thing a page should not contain. */
export interface Finding {
  file: string;
  problem: string;
}

const NS: Record<string, string> = {
  'http://www.w3.org/1999/xhtml': 'html',
  'http://www.w3.org/2000/svg': 'svg',
  'http://www.w3.org/1998/Math/MathML': 'math',
};
const nameOf = (element: Element) => `${NS[element.namespaceURI ?? ''] ?? element.namespaceURI}:${element.localName}`;

/** What Markdown may add to prose beyond what plain text gives: emphasis, code, links, lists, quotes, headings, tables. */
const MARKDOWN_ELEMENTS = ['strong', 'em', 'code', 'pre', 'a', 'p', 'del', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].map((name) => `html:${name}`);
const MARKDOWN_ATTRIBUTES = ['html:a@href', 'html:a@title', 'html:a@rel', 'html:ol@start', 'html:th@align', 'html:td@align'];

/** Attributes whose value is a URL the browser may follow or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'ping', 'codebase', 'longdesc', 'manifest', 'xlink:href', 'srcset']);
const SAFE_SCHEMES = new Set(['file:', 'http:', 'https:', 'mailto:']);

/** Parse an HTML page, or an SVG file as XML (a file that is not well-formed is a finding of its own). */
export function parsePage(text: string, kind: 'html' | 'svg'): Document {
  return new JSDOM(text, kind === 'svg' ? { contentType: 'image/svg+xml' } : {}).window.document;
}

/** The elements and attributes of a document. */
export function shapeOf(document: Document): Shape {
  const shape: Shape = { elements: new Set(), attributes: new Set() };
  for (const element of document.querySelectorAll('*')) {
    const name = nameOf(element);
    shape.elements.add(name);
    for (const attribute of element.attributes) shape.attributes.add(`${name}@${attribute.name}`);
  }
  return shape;
}

/** Directive → sources of a Content-Security-Policy. */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name = '', ...sources]) => [name.toLowerCase(), sources]));
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What is wrong with a page's Content-Security-Policy, if anything. */
export function checkCsp(policy: string | undefined): string[] {
  if (policy === undefined) return ['no Content-Security-Policy'];
  const csp = parseCsp(policy);
  const problems: string[] = [];
  if (csp.get('default-src')?.join(' ') !== "'none'") problems.push(`default-src is not 'none': ${policy}`);
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  for (const source of scripts) {
    if (!["'none'", "'self'"].includes(source) && !/^'sha256-[A-Za-z0-9+/=]+'$/.test(source)) problems.push(`script-src allows ${source}`);
  }
  if (/unsafe-eval|wasm-unsafe-eval/.test(policy)) problems.push('the policy allows eval');
  if (csp.get('base-uri')?.join(' ') !== "'none'") problems.push("base-uri is not 'none'");
  const objects = csp.get('object-src');
  if (objects !== undefined && objects.join(' ') !== "'none'") problems.push(`object-src allows ${objects.join(' ')}`);
  return problems;
}

/** A URL attribute's scheme, as the browser resolves it against the page. */
function schemeOf(value: string, base: string): string {
  try {
    return new URL(value, base).protocol;
  } catch {
    return 'unparsable:';
  }
}

/**
 * The findings of one page against the shape of its harmless twin. `base` is the page's own URL
 * (relative links resolve against it). Scripts must be JSON data that parses, a file of the report,
 * or inline code whose hash the page's policy lists.
 */
export function inspectPage(file: string, document: Document, { allowed, base, html }: { allowed: Shape; base: string; html: boolean }): Finding[] {
  const findings: Finding[] = [];
  const find = (problem: string) => findings.push({ file, problem });
  const elements = new Set([...allowed.elements, ...MARKDOWN_ELEMENTS]);
  const attributes = new Set([...allowed.attributes, ...MARKDOWN_ATTRIBUTES]);
  const policies = [...document.querySelectorAll('meta[http-equiv]')];
  const csp = policies.find((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')?.getAttribute('content') ?? undefined;
  if (html) {
    for (const problem of checkCsp(csp)) find(problem);
    if (policies.length !== 1) find(`${policies.length} <meta http-equiv> elements, expected only the policy`);
    if (document.querySelector('head meta[http-equiv]') === null) find('the policy is not in <head>');
  }
  const hashes = new Set(parseCsp(csp ?? '').get('script-src') ?? []);
  for (const element of document.querySelectorAll('*')) {
    const name = nameOf(element);
    if (!elements.has(name)) find(`unexpected element <${element.localName}> (${name})`);
    for (const attribute of element.attributes) {
      const key = `${name}@${attribute.name}`;
      if (/^on/i.test(attribute.localName)) find(`event handler ${key}="${attribute.value.slice(0, 60)}"`);
      else if (!attributes.has(key)) find(`unexpected attribute ${key}="${attribute.value.slice(0, 60)}"`);
      if (URL_ATTRIBUTES.has(attribute.name) || URL_ATTRIBUTES.has(attribute.localName)) {
        const scheme = schemeOf(attribute.value, base);
        if (!SAFE_SCHEMES.has(scheme) && !(scheme === 'data:' && /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(attribute.value.trim()))) {
          find(`URL with scheme ${scheme} in ${key}="${attribute.value.slice(0, 60)}"`);
        }
      }
      if (attribute.localName === 'style' && /url\s*\(|expression\s*\(|javascript:/i.test(attribute.value)) find(`style with a URL or expression: ${key}`);
    }
    if (name === 'html:script') {
      const type = element.getAttribute('type');
      const src = element.getAttribute('src');
      if (type === 'application/json') {
        try {
          JSON.parse(element.textContent ?? '');
        } catch {
          find(`<script type="application/json" id="${element.id}"> does not hold JSON: the data broke out`);
        }
      } else if (src !== null) {
        if (schemeOf(src, base) !== new URL(base).protocol) find(`script from another origin or scheme: ${src}`);
      } else if (!hashes.has(hashOf(element.textContent ?? ''))) {
        find(`inline script not approved by the policy: ${(element.textContent ?? '').slice(0, 60)}`);
      }
    }
  }
  return findings;
}
