/**
 * What one benchmark child process measures: a chart built with pushdown or drawn by plain vega
 * from all its rows, a data file loaded by copydesk or by Arquero's own reader, and the writing of
 * the data files. Each runs alone in its process, so that its peak memory is its own.
 */

import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as aq from 'arquero';
import { dateDay, float64, int32, utf8 } from '@uwdata/flechette';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { pushdown } from '../../src/charts/pushdown/pushdown.js';
import { loadDataset } from '../../src/data/load-dataset.js';
import { chartSpec, SIDECAR, syntheticRows, type ChartKind } from './synthetic.js';

/** What a case reports. */
export interface Measurement {
  /** Time of the work measured, in milliseconds (set-up such as generating rows excluded). */
  ms: number;
  /** Bytes of the output (a chart's `.vl.json` as a build writes it). */
  bytes?: number;
  /** Rows inlined in the output spec, or rows loaded. */
  rows?: number;
  /** Peak resident memory of the process, in kilobytes. */
  rssKB: number;
  /** CPU time of the work measured (all threads), in milliseconds: steadier than `ms` on a busy machine. */
  cpuMs?: number;
}

/** Run the case named by `args` and report it. */
export async function runCase([name, ...args]: readonly string[]): Promise<Measurement> {
  switch (name) {
    case 'chart':
      return chartCase(args[0] as ChartKind, Number(args[1]), args[2] === 'pushdown');
    case 'load':
      return loadCase(args[0] as 'csv' | 'arrow', args[1] as 'copydesk' | 'arquero', String(args[2]));
    case 'write-data':
      return writeData(String(args[0]), Number(args[1]));
    default:
      throw new Error(`unknown benchmark case ${String(name)}`);
  }
}

const collect = () => (globalThis as { gc?: () => void }).gc?.();
const peak = () => process.resourceUsage().maxRSS;
const cpuSince = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

/** Plain vega's SVG of a spec (no copydesk labelling), the way both sides of the comparison draw. */
async function drawSVG(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none', logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * A chart's build: with pushdown, the spec pushed down, drawn and written as `.vl.json`; without,
 * the spec with all its rows drawn by vega and written whole.
 */
async function chartCase(kind: ChartKind, n: number, push: boolean): Promise<Measurement> {
  const spec = chartSpec(kind, syntheticRows(n));
  collect();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const published = push ? pushdown(spec, { id: kind }).spec : spec;
  const svg = await drawSVG(published);
  const json = `${JSON.stringify(published, null, 2)}\n`;
  const ms = performance.now() - started;
  const data = (published as { data?: { values?: unknown[] } }).data;
  if (svg.length === 0) throw new Error('no SVG drawn');
  return { ms, cpuMs: cpuSince(cpu), bytes: Buffer.byteLength(json), rows: data?.values?.length ?? 0, rssKB: peak() };
}

/** A data file loaded: by copydesk (checked against its sidecar) or by Arquero (types guessed, or Arrow's own). */
async function loadCase(format: 'csv' | 'arrow', loader: 'copydesk' | 'arquero', file: string): Promise<Measurement> {
  collect();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let rows: number;
  if (loader === 'copydesk') rows = (await loadDataset(file)).table.numRows();
  else if (format === 'csv') rows = (await aq.loadCSV(file)).numRows();
  else rows = aq.fromArrow(await readFile(file)).numRows();
  return { ms: performance.now() - started, cpuMs: cpuSince(cpu), rows, rssKB: peak() };
}

/** Write `incidents-<n>.csv` and `.arrow`, each with its sidecar, into `dir`. */
async function writeData(dir: string, n: number): Promise<Measurement> {
  const started = performance.now();
  const rows = syntheticRows(n);
  const header = 'id,date,region,value,count';
  const lines = rows.map((r) => `${r.id},${r.date},${r.region},${r.value},${r.count}`);
  writeFileSync(join(dir, `incidents-${n}.csv`), `${header}\n${lines.join('\n')}\n`);
  const table = aq.table({
    id: rows.map((r) => r.id),
    date: rows.map((r) => new Date(`${r.date}T00:00:00Z`)),
    region: rows.map((r) => r.region),
    value: rows.map((r) => r.value),
    count: rows.map((r) => r.count),
  });
  const types = { id: int32(), date: dateDay(), region: utf8(), value: float64(), count: int32() };
  writeFileSync(join(dir, `incidents-${n}.arrow`), aq.toArrowIPC(table, { format: 'file', types }) as Uint8Array);
  writeFileSync(join(dir, `incidents-${n}.meta.json`), JSON.stringify({ ...SIDECAR, name: `incidents-${n}` }, null, 2));
  return { ms: performance.now() - started, rows: n, rssKB: peak() };
}
