/**
 * The PNG renderer's process: resvg panics on some SVGs, which aborts the process it runs in. Here
 * that is the child only: the job rejects with a copydesk error naming the crash, the other jobs are
 * drawn, and the next job gets a new child.
 */

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/errors.js';
import { renderPNG, renderPNGAsync } from '../../src/charts/render-png.js';
import { childEnv } from '../../src/charts/png-process.js';
import { renderSVG } from '../../src/charts/render.js';
import { GOLDEN_CHARTS } from './golden-charts.js';

/** An SVG resvg-js 2.6.2 panics on (see the fixture's comment). */
const PANIC = readFileSync(new URL('../fixtures/png/resvg-panic.svg', import.meta.url), 'utf8');
const CRASH = /^the PNG renderer crashed \((signal SIG[A-Z]+|exit code -?\d+)\): resvg panicked at \S*geom\.rs:27:\d+: called `Option::unwrap\(\)` on a `None` value$/;

const square = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="white"/><rect x="5" y="5" width="20" height="20" fill="${colour}"/></svg>`;

/** An SVG resvg takes a while over (a tenth of a second or more): noise through a blur. */
const slow = (colour: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><filter id="f"><feGaussianBlur stdDeviation="40"/><feTurbulence baseFrequency="0.05" numOctaves="8"/></filter><rect width="600" height="400" fill="white"/><circle cx="300" cy="200" r="150" fill="${colour}" filter="url(#f)"/></svg>`;

/** How a job ended: the PNG matches renderPNG's, or the message it rejected with. */
async function outcome(png: Promise<Buffer>, svg: string, scale: number): Promise<string> {
  try {
    return (await png).equals(renderPNG(svg, { scale })) ? 'same bytes' : 'other bytes';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('renderPNGAsync, in the PNG renderer’s process', () => {
  it('draws the bytes renderPNG draws, for a chart at 1x and 2x', async () => {
    const rendered = await renderSVG(GOLDEN_CHARTS['contingents-bar']!(), { id: 'png' });
    const [png, png2x] = await Promise.all([1, 2].map((scale) => renderPNGAsync(rendered, { scale })));
    expect([png!.equals(renderPNG(rendered, { scale: 1 })), png2x!.equals(renderPNG(rendered, { scale: 2 }))]).toEqual([true, true]);
  });

  it('rejects an SVG resvg crashes on with a copydesk error naming the crash, its signal and resvg’s panic, then draws again', async () => {
    const error: unknown = await renderPNGAsync(PANIC).then(() => undefined, (reason: unknown) => reason);
    expect(isCopydeskError(error)).toBe(true);
    expect((error as Error).message).toMatch(CRASH);
    expect(isCopydeskError(error) ? error.hint : '').toMatch(/bug in resvg.*outside the picture/);
    // A new renderer draws the next PNGs.
    const svg = square('#0072b2');
    expect(await outcome(renderPNGAsync(svg, { scale: 2 }), svg, 2)).toBe('same bytes');
  });

  it('rejects only the job that crashes it: the jobs drawn beside it are drawn again and resolve', async () => {
    // Slow drawings first, so that they are still being drawn (on resvg's other threads) when it crashes.
    const jobs = [slow('#0072b2'), slow('#e69f00'), slow('#009e73'), PANIC, square('green'), PANIC, square('black')].map((svg, i) => ({ svg, scale: 1 + (i % 2) }));
    const outcomes = await Promise.all(jobs.map(({ svg, scale }) => outcome(renderPNGAsync(svg, { scale }), svg, scale)));
    expect(outcomes.map((result) => (CRASH.test(result) ? 'crash' : result)))
      .toEqual(['same bytes', 'same bytes', 'same bytes', 'crash', 'same bytes', 'crash', 'same bytes']);
  });

  it('rejects an SVG resvg cannot read with resvg’s reason, and is not restarted for it', async () => {
    const svg = square('red');
    const outcomes = await Promise.all([outcome(renderPNGAsync('not svg'), 'not svg', 2), outcome(renderPNGAsync(svg), svg, 2)]);
    expect(outcomes).toEqual([expect.stringMatching(/^SVG data parsing failed/), 'same bytes']);
  });
});

const run = promisify(execFile);
const here = new URL('../../', import.meta.url);

/** Run module code in a Node process of its own (TypeScript through tsx): its output, and how long it lived. */
async function inProcess(code: string): Promise<{ stdout: string; ms: number }> {
  const start = performance.now();
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: here, timeout: 60_000 });
  return { stdout, ms: performance.now() - start };
}

describe('the PNG renderer and the life of the process that uses it', () => {
  const preamble = `const { renderPNGAsync } = await import('./src/charts/render-png.ts');\nconst svg = ${JSON.stringify(square('red'))};\nconst panic = ${JSON.stringify(PANIC)};\n`;

  it('keeps the process alive while a PNG is being drawn (nothing else waits for it), and lets it end once idle', async () => {
    // Not awaited: only the renderer keeps the process up until the PNG is there.
    const { stdout } = await inProcess(`${preamble}renderPNGAsync(svg).then((png) => console.log('drawn', png.length > 0));`);
    expect(stdout).toBe('drawn true\n');
  });

  it('keeps the process alive until a crash is read, so the job rejects with resvg’s panic in its message', async () => {
    const { stdout } = await inProcess(`${preamble}renderPNGAsync(panic).then(() => console.log('drawn'), (error) => console.log(error.message));`);
    expect(stdout.trim()).toMatch(CRASH);
  });

  it('does not keep an idle process alive: a script that has its PNG ends at once, not when a timer would', async () => {
    // The timer is unref'd: it fires only if something else (an idle renderer) still holds the process.
    const { stdout } = await inProcess(`${preamble}await renderPNGAsync(svg);\nsetTimeout(() => console.log('still alive'), 3000).unref();\nconsole.log('done');`);
    expect(stdout).toBe('done\n');
  });
});

describe('the PNG renderer’s environment', () => {
  it('is this process’s, without NODE_OPTIONS, and asks resvg’s allocator for large pages unless told otherwise', () => {
    expect(childEnv({ PATH: '/bin', NODE_OPTIONS: '--import tsx' })).toEqual({ MIMALLOC_LARGE_OS_PAGES: '1', PATH: '/bin' });
    expect(childEnv({ MIMALLOC_LARGE_OS_PAGES: '0' })).toEqual({ MIMALLOC_LARGE_OS_PAGES: '0' });
  });
});
