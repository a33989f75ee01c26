import { JSDOM } from 'jsdom';
import { bar } from '../../../src/charts/bar.js';
import type { Chart } from '../../../src/charts/chart.js';
import { hashSource } from '../../../src/report/embed/csp.js';

/** Three bars, framed with a title, subtitle and source line, as a report would have them. */
export function tinyBar({ interactive = false, notes }: { interactive?: boolean; notes?: string } = {}): Chart {
  const rows = [{ contingent: 'First', officers: 400 }, { contingent: 'Second', officers: 200 }, { contingent: 'Third', officers: 217 }];
  return bar(rows, {
    x: 'contingent', y: 'officers', labels: true, interactive,
    title: 'Three contingents, 817 officers', subtitle: 'Officers sent to Haiti', source: 'Source: Kenyans.co.ke',
    ...(notes !== undefined ? { notes } : {}),
  });
}

/** Parse a page as a browser would (scripts not run). */
export function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Directive → sources of the page's `<meta>` CSP. */
export function cspOf(document: Document): Record<string, string[]> {
  const content = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  return Object.fromEntries(content.split('; ').filter(Boolean).map((directive) => {
    const [name = '', ...sources] = directive.split(' ');
    return [name, sources];
  }));
}

/**
 * The hash sources the page's inline code needs: each `<script>` without `src` that the browser runs
 * (JSON data blocks are not run), and each `<style>`, by their exact text.
 */
export function inlineHashes(document: Document): { scripts: string[]; styles: string[] } {
  const run = [...document.querySelectorAll('script:not([src])')].filter((script) => !/json/.test(script.getAttribute('type') ?? ''));
  return {
    scripts: run.map((script) => hashSource(script.textContent ?? '')),
    styles: [...document.querySelectorAll('style')].map((style) => hashSource(style.textContent ?? '')),
  };
}
