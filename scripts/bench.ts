/**
 * `npm run bench`: copydesk against its baselines, every figure measured in this run, each in its own
 * process (so that each has its own peak memory), the median of a few runs:
 *   1. the first report's `copydesk build`, a cold process, against the floor: a script that imports
 *      vega and vega-lite and renders the same specs to SVG, and nothing else; once from scratch
 *      (`--no-cache`, every chart drawn), once rebuilt (the charts read from the cache of drawings);
 *   2. a histogram and a time-unit line over 10^4, 10^5 and 10^6 rows: pushdown against plain vega
 *      drawing from all the rows — build time and the bytes of the `.vl.json` written;
 *   3. loading a CSV and an Arrow file of 10^5 and 10^6 rows: copydesk's typed loader against
 *      Arquero's own readers;
 *   4. peak resident memory, beside each figure and for the largest copydesk process.
 * copydesk and its baseline run in turn, so both meet the same moments of a shared machine; a ratio is
 * the median of the per-turn ratios. Prints one table (Markdown); progress goes to stderr. `BENCH_RUNS`
 * sets the turns per figure (default 3; the first report takes at least 9).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCase, type Measurement } from './bench/cases.js';
import { measureCase, median, timeNode } from './bench/measure.js';
import type { ChartKind } from './bench/synthetic.js';
import { bytes, formatTable, memory, ratio, time, type Line } from './bench/table.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = fileURLToPath(import.meta.url);
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
/**
 * Turns for the first report, at least 9: a build takes about a second, and on a shared machine three
 * turns of it have given ratios from 1.39× to 1.67× for the same code (fifteen turns: 1.23–1.74×,
 * median 1.57×), too wide for a target of 1.5×.
 */
const FIRST_REPORT_RUNS = Math.max(RUNS, 9);
const SIZES = [10_000, 100_000, 1_000_000];
const MAX_RSS_KB = 1.5 * 1024 * 1024;

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

/**
 * Measure copydesk and its baseline in turn, `RUNS` times each, so that both see the same moments of
 * a shared machine: the median figures of each, and the median of the per-turn ratios.
 */
async function pair(ours: () => Promise<Measurement>, baseline: () => Promise<Measurement>, turns = RUNS): Promise<{ ours: Measurement; baseline: Measurement; ratio: number }> {
  const runs: [Measurement, Measurement][] = [];
  for (let i = 0; i < turns; i++) runs.push([await ours(), await baseline()]);
  const summary = (side: 0 | 1): Measurement => {
    const all = runs.map((run) => run[side]);
    return { ...(all[0] as Measurement), ms: median(all.map((r) => r.ms)), rssKB: Math.max(...all.map((r) => r.rssKB)) };
  };
  return { ours: summary(0), baseline: summary(1), ratio: median(runs.map(([a, b]) => a.ms / b.ms)) };
}

const raw = (m: Measurement) => `${time(m.ms)} · ${memory(m.rssKB)}`;
const power = (n: number) => `10^${Math.round(Math.log10(n))}`;

/** The floor: vega and vega-lite imported, the report's specs rendered to SVG, nothing else. */
const floorScript = (charts: string) => `
import { readdirSync, readFileSync } from 'node:fs';
import * as vega from 'vega';
import { compile } from 'vega-lite';
for (const file of readdirSync(${JSON.stringify(charts)}).filter((f) => f.endsWith('.vl.json')).sort()) {
  const spec = JSON.parse(readFileSync(${JSON.stringify(charts)} + '/' + file, 'utf8'));
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  await view.toSVG();
  view.finalize();
}`;

/** The build's own step times (`--json` events), summed by step name. */
function stepTimes(stdout: string): Map<string, number> {
  const steps = new Map<string, number>();
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as { event?: string; step?: string; ms?: number };
    if (event.event === 'step' && event.step !== undefined && event.ms !== undefined) steps.set(event.step, (steps.get(event.step) ?? 0) + event.ms);
  }
  return steps;
}

async function firstReport(out: string): Promise<{ lines: Line[]; ours: Measurement }> {
  const printed: string[] = [];
  // From scratch (every chart drawn), or rebuilt: the charts read from the cache the untimed build filled.
  const build = async ({ cache }: { cache: boolean }) => {
    const { stdout, ...measured } = await timeNode(['dist/cli/bin.js', 'build', 'haiti-mss', '--out', out, '--json', ...(cache ? [] : ['--no-cache'])], { cwd: ROOT });
    if (!cache) printed.push(stdout);
    return measured;
  };
  const floor = () => timeNode(['--input-type=module', '-e', floorScript(join(out, 'haiti-mss', 'charts'))], { cwd: ROOT });
  // One untimed build writes the specs the floor renders, fills the cache of drawn charts, and warms the file cache.
  await build({ cache: true });
  const { ours, baseline, ratio: r } = await pair(() => build({ cache: false }), floor, FIRST_REPORT_RUNS);
  const rebuilt = await pair(() => build({ cache: true }), floor, FIRST_REPORT_RUNS);
  // The timed builds' own account of their time, from scratch: medians by step.
  const timed = printed.map(stepTimes);
  const bySteps = `${[...(timed[0]?.keys() ?? [])].map((step) => `${step} ${Math.round(median(timed.map((steps) => steps.get(step) ?? 0)))}`).join(' · ')} ms`;
  // Where the time goes: a process that only imports the library, against one that only imports vega and vega-lite.
  const start = await pair(
    () => timeNode(['--input-type=module', '-e', "await import('copydesk');"], { cwd: ROOT }),
    () => timeNode(['--input-type=module', '-e', "await import('vega'); await import('vega-lite');"], { cwd: ROOT }),
  );
  return {
    ours,
    lines: [
      { measure: 'first report: cold `copydesk build haiti-mss --no-cache` (every chart drawn) vs vega-only floor', ours: raw(ours), baseline: raw(baseline), ratio: ratio(r), target: '≤ 1.5× and < 1.5 s', holds: r <= 1.5 && ours.ms < 1500 },
      { measure: 'first report rebuilt: cold `copydesk build haiti-mss`, charts read from the cache, vs the floor', ours: raw(rebuilt.ours), baseline: raw(rebuilt.baseline), ratio: ratio(rebuilt.ratio), target: '≤ 1.5× and < 1.5 s', holds: rebuilt.ratio <= 1.5 && rebuilt.ours.ms < 1500 },
      { measure: 'of which start-up: import copydesk vs import vega and vega-lite', ours: raw(start.ours), baseline: raw(start.baseline), ratio: ratio(start.ratio), target: '', holds: undefined },
      { measure: "of which the build's own steps, from scratch (the rest is start-up)", ours: bySteps, baseline: '', ratio: '', target: '', holds: undefined },
    ],
  };
}

async function charts(): Promise<{ lines: Line[]; ours: Measurement[] }> {
  const lines: Line[] = [];
  const ours: Measurement[] = [];
  for (const kind of ['histogram', 'timeunit'] as ChartKind[]) {
    const pushed: Measurement[] = [];
    for (const n of SIZES) {
      progress(`${kind} over ${n} rows`);
      const measured = await pair(
        () => measureCase(SCRIPT, ['chart', kind, String(n), 'pushdown'], { cwd: ROOT }),
        () => measureCase(SCRIPT, ['chart', kind, String(n), 'plain'], { cwd: ROOT }),
      );
      const { ours: withPushdown, baseline: plain, ratio: t } = measured;
      pushed.push(withPushdown);
      ours.push(withPushdown);
      const big = n === 1_000_000;
      const b = (withPushdown.bytes ?? 0) / (plain.bytes ?? 1);
      const name = `${kind === 'histogram' ? 'histogram' : 'time-unit line'}, ${power(n)} rows`;
      lines.push({ measure: `${name}: build, pushdown vs plain vega`, ours: raw(withPushdown), baseline: raw(plain), ratio: ratio(t), target: big ? '≤ 0.1× (10× faster)' : '', holds: big ? t <= 0.1 : undefined });
      lines.push({
        measure: `${name}: .vl.json bytes (${withPushdown.rows} vs ${plain.rows} rows)`,
        ours: bytes(withPushdown.bytes ?? 0),
        baseline: bytes(plain.bytes ?? 0),
        ratio: ratio(b),
        target: big ? '≤ 0.001× and < 100 KB' : '',
        holds: big ? b <= 0.001 && (withPushdown.bytes ?? 0) < 100 * 1024 : undefined,
      });
    }
    lines.push(scaling(`${kind === 'histogram' ? 'histogram' : 'time-unit line'} with pushdown`, pushed[1], pushed[2]));
  }
  return { lines, ours };
}

function scaling(name: string, small: Measurement | undefined, large: Measurement | undefined): Line {
  const r = (large?.ms ?? 0) / (small?.ms ?? 1);
  return { measure: `${name}: 10^6 rows vs 10^5`, ours: time(large?.ms ?? 0), baseline: time(small?.ms ?? 0), ratio: ratio(r), target: '≤ 12×', holds: r <= 12 };
}

async function loads(dir: string): Promise<{ lines: Line[]; ours: Measurement[] }> {
  const lines: Line[] = [];
  const ours: Measurement[] = [];
  for (const n of [100_000, 1_000_000]) await measureCase(SCRIPT, ['write-data', dir, String(n)], { cwd: ROOT });
  for (const format of ['csv', 'arrow'] as const) {
    const byRows: Measurement[] = [];
    for (const n of [100_000, 1_000_000]) {
      progress(`loading ${n} rows of ${format}`);
      const file = join(dir, `incidents-${n}.${format}`);
      const { ours: copydesk, baseline: arquero, ratio: r } = await pair(
        () => measureCase(SCRIPT, ['load', format, 'copydesk', file], { cwd: ROOT }),
        () => measureCase(SCRIPT, ['load', format, 'arquero', file], { cwd: ROOT }),
      );
      byRows.push(copydesk);
      ours.push(copydesk);
      const big = n === 1_000_000;
      const reader = format === 'csv' ? 'loadCSV' : 'fromArrow';
      lines.push({ measure: `load ${power(n)}-row ${format === 'csv' ? 'CSV' : 'Arrow'}: loadDataset vs Arquero ${reader}`, ours: raw(copydesk), baseline: raw(arquero), ratio: ratio(r), target: big ? '≤ 1.5×' : '', holds: big ? r <= 1.5 : undefined });
    }
    lines.push(scaling(`loadDataset, ${format === 'csv' ? 'CSV' : 'Arrow'}`, byRows[0], byRows[1]));
  }
  return { lines, ours };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  try {
    progress('first report, cold build and floor');
    const report = await firstReport(join(work, 'out'));
    const chartLines = await charts();
    const loadLines = await loads(work);
    const all = [report.ours, ...chartLines.ours, ...loadLines.ours];
    const largest = Math.max(...all.map((m) => m.rssKB));
    const rss: Line = { measure: 'peak memory of the largest copydesk process above', ours: memory(largest), baseline: '', ratio: '', target: '< 1.5 GB', holds: largest < MAX_RSS_KB };
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    process.stdout.write(`copydesk benchmark — ${cpus().length} × ${cpu}, Node ${process.version}, median of ${RUNS} run(s) (the first report: ${FIRST_REPORT_RUNS}), ratio = copydesk ÷ baseline\n\n`);
    process.stdout.write(`${formatTable([...report.lines, ...chartLines.lines, ...loadLines.lines, rss])}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--case') {
  process.stdout.write(`${JSON.stringify(await runCase(process.argv.slice(3)))}\n`);
} else {
  await main();
}
