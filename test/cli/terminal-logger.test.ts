import { describe, expect, it } from 'vitest';
import { logModeOf, terminalLogger } from '../../src/cli/terminal-logger.js';
import { renderReport } from '../../src/report/build-report.js';
import { defineReport } from '../../src/report/define-report.js';
import { chart, prose } from '../../src/report/cells.js';
import { bar } from '../../src/charts/bar.js';

function io(isTTY: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: { write: (t: string) => out.push(t), isTTY }, stderr: { write: (t: string) => err.push(t), isTTY } } };
}

const report = defineReport({
  slug: 'tiny', title: 'Tiny',
  cells: [
    prose('lede', 'Two charts.'),
    chart('a', bar([{ k: 'x', v: 1 }], { x: 'k', y: 'v', title: 'A' })),
    chart('b', bar([{ k: 'y', v: 2 }], { x: 'k', y: 'v', title: 'B' })),
  ],
});

describe('terminalLogger', () => {
  it('picks a live line on a terminal and plain lines in a CI log', () => {
    expect(logModeOf(io(true).io)).toBe('pretty');
    expect(logModeOf(io(false).io)).toBe('plain');
    expect(logModeOf(io(true).io, { json: true })).toBe('json');
    expect(logModeOf(io(true).io, { quiet: true })).toBe('quiet');
  });

  it('prints one JSON event per line, progress included', async () => {
    const t = io(false);
    await renderReport(report, { logger: terminalLogger(t.io, { mode: 'json' }) });
    const events = t.out.join('').trim().split('\n').map((line) => JSON.parse(line) as { event: string; step: string; done?: number });
    expect(events.filter((e) => e.event === 'progress').map((e) => e.done)).toEqual([0, 1]);
    expect(events.filter((e) => e.event === 'step').map((e) => e.step)).toEqual(['facts', 'checks', 'charts', 'html', 'pngs']);
  });

  it('redraws a live progress line on a terminal, and prints none in plain mode', async () => {
    const tty = io(true);
    await renderReport(report, { logger: terminalLogger(tty.io, { mode: 'pretty' }) });
    expect(tty.out.join('')).toMatch(/\r\x1b\[2Ktiny\s+charts\s+1\/2 b/);
    const plain = io(false);
    await renderReport(report, { logger: terminalLogger(plain.io, { mode: 'plain' }) });
    expect(plain.out.join('')).not.toMatch(/\r/);
    expect(plain.out.join('').trim().split('\n')).toHaveLength(5);
  });

  it('prints nothing but warnings when quiet', async () => {
    const quiet = io(false);
    await renderReport(report, { logger: terminalLogger(quiet.io, { mode: 'quiet' }) });
    expect(quiet.out).toEqual([]);
  });
});
