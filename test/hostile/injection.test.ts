/**
 * No injection: the injection report (every vector of test/fixtures/injection/vectors.json in every
 * field) is built, and every page, chart, download and data file it writes is read back: jsdom finds
 * no element, attribute, handler or URL that the same report built from harmless text does not have;
 * the policy is strict; JSON stays JSON; CSV cells cannot run as formulas; the vectors show as text.
 * Nothing runs while building either (Vega evaluates expressions in Node).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawChart } from '../../src/charts/raw-chart.js';
import { renderSVG } from '../../src/charts/render.js';
import { datasetFromTable } from '../../src/data/from-table.js';
import { isCopydeskError, ReportError, SpecError } from '../../src/errors.js';
import { prose, table } from '../../src/report/cells.js';
import { renderReport } from '../../src/report/build-report.js';
import { defineReport } from '../../src/report/define-report.js';
import { writeOutput } from '../../src/report/write-output.js';
import { injectionReport, readVectors, type Vector } from '../fixtures/injection/injection-report.js';
import { inspectPage, parsePage, shapeOf, type Finding, type Shape } from './page-safety.js';
import { listFiles } from './tree-hash.js';

const vectors = readVectors();
const work = mkdtempSync(join(tmpdir(), 'copydesk-injection-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A sentinel every vector tries to set, in Node as in a browser (`top` is the global object here). */
type Sentinel = { top?: unknown; __pwned?: unknown; alert?: unknown };
const global = globalThis as Sentinel;

/** Harmless twins of the vectors, and of the two CSV files: the baseline a built page is compared with. */
function baseline(): { vectors: Vector[]; files: { values: URL; headers: URL } } {
  const plain = vectors.map((v, i) => ({ ...v, vector: `plain text ${i + 1}` }));
  const names = plain.map((v) => v.vector);
  writeFileSync(join(work, 'values.csv'), `id,kind,label\n${plain.map((v, i) => `${i + 1},${v.kind},${v.vector}`).join('\n')}\n`);
  writeFileSync(join(work, 'values.meta.json'), JSON.stringify({ name: 'vectors', title: 'plain', description: 'plain', source: { publication: 'plain', title: 'plain', url: 'https://example.com/' }, columns: { id: { type: 'integer', min: 1 }, kind: { type: 'string' }, label: { type: 'string', description: 'plain' } } }));
  writeFileSync(join(work, 'headers.csv'), `${names.join(',')}\n${[...names.slice(1), names[0]].join(',')}\n`);
  writeFileSync(join(work, 'headers.meta.json'), JSON.stringify({ name: 'headers', title: 'plain', columns: Object.fromEntries(names.map((name) => [name, { type: 'string' }])) }));
  return { vectors: plain, files: { values: pathToFileURL(join(work, 'values.csv')), headers: pathToFileURL(join(work, 'headers.csv')) } };
}

/** Build a report into `<work>/<name>/` and return the report's folder. */
async function build(name: string, report: Parameters<typeof renderReport>[0]): Promise<string> {
  const rendered = await renderReport(report);
  return writeOutput(join(work, name), report.slug, rendered.files);
}

const pagesOf = (dir: string) => listFiles(dir).filter((file) => /\.(html|svg)$/.test(file));

let hostile = '';
let harmless = '';

beforeAll(async () => {
  global.top = globalThis;
  global.alert = () => {
    global.__pwned = 'alert';
  };
  const plain = baseline();
  harmless = await build('harmless', await injectionReport(plain.vectors, plain.files));
  hostile = await build('hostile', await injectionReport(vectors));
}, 240_000);

afterAll(() => {
  delete global.top;
  delete global.alert;
});

describe('the injection corpus', () => {
  it('holds at least 60 vectors of every kind the issue names', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(vectors.map((v) => v.kind))).toEqual(new Set(['script', 'handler', 'url', 'svg', 'mathml', 'json', 'markdown', 'template', 'formula', 'vega', 'unicode']));
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
  });
});

describe('the CSV fixtures', () => {
  it('hold the vectors as values and as column names (regenerate them when vectors.json changes)', () => {
    const dir = join(import.meta.dirname, '../fixtures/injection');
    const values = parse(readFileSync(join(dir, 'vectors.csv')), { columns: true }) as { label: string }[];
    expect(values.map((row) => row.label)).toEqual(vectors.map((v) => v.vector).filter((text) => !text.includes('\0')));
    const [names = []] = parse(readFileSync(join(dir, 'headers.csv'))) as string[][];
    const meta = JSON.parse(readFileSync(join(dir, 'headers.meta.json'), 'utf8')) as { columns: Record<string, unknown> };
    expect(Object.keys(meta.columns)).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(90);
    for (const name of names) expect(vectors.map((v) => v.vector)).toContain(name);
  });
});

describe('the injection report, built with every vector in every field', () => {
  it('builds, and nothing ran while it did', () => {
    expect(global.__pwned).toBeUndefined();
    expect(pagesOf(hostile)).toEqual(pagesOf(harmless));
  });

  it('writes pages, chart SVGs and embed pages with nothing their harmless twins do not have', () => {
    const findings: Finding[] = [];
    for (const file of pagesOf(hostile)) {
      const kind = file.endsWith('.svg') ? 'svg' : 'html';
      const allowed: Shape = shapeOf(parsePage(readFileSync(join(harmless, file), 'utf8'), kind));
      let document: Document;
      try {
        document = parsePage(readFileSync(join(hostile, file), 'utf8'), kind);
      } catch (error) {
        findings.push({ file, problem: `does not parse: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      findings.push(...inspectPage(file, document, { allowed, base: pathToFileURL(join(hostile, file)).href, html: kind === 'html' }));
    }
    expect(findings).toEqual([]);
    // The embed pages and the embeds index, once built, are checked like the report page.
    expect(pagesOf(hostile).filter((file) => file.endsWith('.html')).length).toBeGreaterThanOrEqual(1);
  });

  it('shows every vector as text: in the title, and in a table cell each', () => {
    const document = parsePage(readFileSync(join(hostile, 'index.html'), 'utf8'), 'html');
    // As an HTML parser reads text: CR and CRLF become LF; a NUL is dropped from text and becomes
    // U+FFFD in <title>, which also collapses spaces.
    const lines = (text: string) => text.replace(/\r\n?/g, '\n');
    const title = (text: string) => lines(text).replaceAll('\0', '\uFFFD').replace(/[\t\n\f\r ]+/g, ' ').trim();
    expect(document.title).toBe(title(vectors.map((v) => v.vector).join(' · ')));
    const cells = [...document.querySelectorAll('#in-memory-table tbody tr')].map((row) => row.querySelectorAll('td')[1]?.textContent);
    expect(cells).toEqual(vectors.map((v) => lines(v.vector).replaceAll('\0', '')));
  });

  it('keeps inlined JSON as data: the facts block parses back to the facts', () => {
    const document = parsePage(readFileSync(join(hostile, 'index.html'), 'utf8'), 'html');
    const facts = JSON.parse(document.getElementById('copydesk-facts')?.textContent ?? 'null') as { label: string }[];
    const labels = new Set(facts.map((fact) => fact.label));
    for (const v of vectors) expect(labels.has(v.vector), v.id).toBe(true);
    for (const file of listFiles(hostile).filter((path) => path.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(hostile, file), 'utf8')), file).not.toThrow();
  });

  it('writes downloads whose cells cannot run as spreadsheet formulas, in the header too', () => {
    const number = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
    const csvs = listFiles(hostile).filter((file) => file.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(3);
    let neutralised = 0;
    for (const file of csvs) {
      const rows = parse(readFileSync(join(hostile, file)), { relax_column_count: false, bom: true }) as string[][];
      // Each part between semicolons too: a semicolon-locale spreadsheet makes it a cell of its own.
      for (const cell of rows.flat().flatMap((text) => text.split(';'))) {
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `${file}: a cell that runs as a formula`).toMatch(number);
        if (/^'[=+\-@\t\r]/.test(cell)) neutralised += 1;
      }
    }
    expect(neutralised, 'the formula vectors reached the downloads').toBeGreaterThanOrEqual(7);
  });
});

describe('fields that name files, anchors and languages', () => {
  const expectReportError = (make: () => unknown) => {
    let thrown: unknown;
    try {
      make();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ReportError);
  };

  it('refuse every vector as a slug, a cell id, a locale or a date', () => {
    for (const { vector } of vectors) {
      expectReportError(() => defineReport({ slug: vector, title: 'T', cells: [prose('text', 'x')] }));
      expectReportError(() => defineReport({ slug: 'ok', title: 'T', cells: [prose(vector, 'x')] }));
      expectReportError(() => defineReport({ slug: 'ok', title: 'T', locale: vector, cells: [prose('text', 'x')] }));
      expectReportError(() => defineReport({ slug: 'ok', title: 'T', date: vector, cells: [prose('text', 'x')] }));
    }
  });

  it('refuse every vector as a dataset name, which names a download', async () => {
    for (const { vector } of vectors) {
      const dataset = datasetFromTable([{ a: 1 }], { name: vector, schema: { a: { type: 'integer' } } });
      const report = defineReport({ slug: 'names', title: 'T', cells: [table('data', dataset)] });
      await expect(renderReport(report)).rejects.toBeInstanceOf(ReportError);
    }
  });
});

describe('Vega expressions known to have escaped the sandbox, in a hand-written spec', () => {
  const expressions = vectors.filter((v) => v.kind === 'vega');
  const specs = (expression: string) => ({
    calculate: { data: { values: [{ a: 1 }] }, transform: [{ calculate: expression, as: 'b' }], mark: 'point', encoding: { x: { field: 'b', type: 'nominal' } } },
    filter: { data: { values: [{ a: 1 }] }, transform: [{ filter: expression }], mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } },
    param: { params: [{ name: 'p', expr: expression }], data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } },
    label: { data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative', axis: { labelExpr: expression } } } },
  });

  it('render or fail with a SpecError, and run nothing while Vega draws them in Node', async () => {
    expect(expressions.length).toBeGreaterThanOrEqual(6);
    for (const { id, vector } of expressions) {
      for (const [where, spec] of Object.entries(specs(vector))) {
        const chart = rawChart(spec as Parameters<typeof rawChart>[0], { title: id });
        const outcome = await renderSVG(chart, { id: `${id}-${where}` }).then(() => 'drawn', (error: unknown) => error);
        if (outcome !== 'drawn') {
          expect(isCopydeskError(outcome) && outcome instanceof SpecError, `${id} in ${where}: ${String(outcome)}`).toBe(true);
        }
        expect(global.__pwned, `${id} in ${where}`).toBeUndefined();
      }
    }
  }, 60_000);
});
