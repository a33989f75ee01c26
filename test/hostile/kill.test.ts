/**
 * Nothing lost: a build killed with SIGKILL at any moment leaves the previous `out/<slug>/` exactly as
 * it was (or, killed after the swap, the complete new one), and the next build cleans up after it.
 * Kills land at random moments of whole `copydesk build` runs and, more densely, of the write itself;
 * the instant between the two renames of the swap, too short to hit by chance, is staged by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverOutput, writeOutput } from '../../src/report/write-output.js';
import { ROOT } from './corpus.js';
import { treeHash } from './tree-hash.js';

const BIN = join(ROOT, 'dist/cli/bin.js');
const REPORT = join(ROOT, 'test/fixtures/hostile/kill-report.ts');
const SLUG = 'small';
const KILLS = 20;
/** Builds run side by side: most of a build's time is Node loading Vega, not the machine's cores. */
const CONCURRENCY = 3;

/** Run `attempt(n)` for n = 1, 2, … with `concurrency` at a time, until `enough` results are not `undefined`. */
async function until<T>(enough: number, attempt: (n: number) => Promise<T | undefined>, { concurrency = CONCURRENCY, maxAttempts = enough * 4 } = {}): Promise<{ results: T[]; attempts: number }> {
  const results: T[] = [];
  let attempts = 0;
  const worker = async () => {
    while (results.length < enough && attempts < maxAttempts) {
      attempts += 1;
      const result = await attempt(attempts);
      if (result !== undefined && results.length < enough) results.push(result);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { results, attempts };
}

const work = mkdtempSync(join(tmpdir(), 'copydesk-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A child process run to its end or killed; `killed` is true only if SIGKILL arrived before it exited. */
interface Run { killed: boolean; code: number | null; stderr: string; ms: number }

/**
 * Start `args` with Node and SIGKILL it `delay(event)` ms after `event` (a line of its stdout matching
 * it, or the start), unless it has ended by then.
 */
function runAndKill(args: readonly string[], { event, delay }: { event?: RegExp; delay?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let exited = false;
    let killed = false;
    const arm = () => {
      if (delay === undefined) return;
      setTimeout(() => {
        if (!exited) killed = child.kill('SIGKILL');
      }, delay);
    };
    if (event === undefined) arm();
    let out = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && event !== undefined && event.test(out)) {
        armed = true;
        arm();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ killed: killed && signal === 'SIGKILL', code, stderr, ms: performance.now() - started });
    });
  });
}

/** The side folders a write leaves next to the output while it runs (`.<slug>.tmp-…`, `.old-…`, `.trash-…`). */
const sideFolders = (outDir: string, slug: string) => readdirSync(outDir).filter((name) => name.startsWith(`.${slug}.`));

/** What a kill left: checked at once, then after the recovery the next build runs first. */
async function checkAfterKill(outDir: string, slug: string, { previous, next }: { previous: string; next: string }): Promise<'kept' | 'replaced' | 'restored'> {
  const now = treeHash(join(outDir, slug));
  const sides = sideFolders(outDir, slug);
  if (now === 'missing') {
    // Killed between the two renames: the previous output waits, complete, beside the folder.
    const aside = sides.filter((name) => name.startsWith(`.${slug}.old-`));
    expect(aside).toHaveLength(1);
    expect(treeHash(join(outDir, aside[0] ?? ''))).toBe(previous);
  } else {
    expect([previous, next], 'the output is the previous or the new one, never a mix').toContain(now);
  }
  await recoverOutput(outDir, slug);
  const after = treeHash(join(outDir, slug));
  expect(after).toBe(now === 'missing' ? previous : now);
  expect(readdirSync(outDir), 'no staging, retired or trash folders left').toEqual([slug]);
  return now === 'missing' ? 'restored' : now === previous ? 'kept' : 'replaced';
}

describe('a build killed with SIGKILL', () => {
  const reference = join(work, 'reference');
  const previousTree = join(work, 'previous');
  let buildMs = 0;
  let writeMs = 0;
  let previous = '';
  let next = '';

  beforeAll(() => {
    // A complete build: the "new" output, and how long a build and its write take.
    const started = performance.now();
    const build = spawnSync(process.execPath, [BIN, 'build', REPORT, '--out', reference, '--json'], { cwd: ROOT, encoding: 'utf8' });
    buildMs = performance.now() - started;
    if (build.status !== 0) throw new Error(`reference build failed:\n${build.stderr}`);
    const write = build.stdout.split('\n').map((line) => (line ? JSON.parse(line) as { step?: string; ms?: number } : {})).find((event) => event.step === 'write');
    writeMs = write?.ms ?? 50;
    next = treeHash(join(reference, SLUG));
    // The "previous" output: the same files, edited and one more, as an older build would have left.
    cpSync(join(reference, SLUG), previousTree, { recursive: true });
    writeFileSync(join(previousTree, 'index.html'), '<!doctype html><title>The previous build</title>\n');
    writeFileSync(join(previousTree, 'data', 'from-the-previous-build.csv'), 'a\n1\n');
    previous = treeHash(previousTree);
  }, 120_000);

  it(`leaves the previous output or the complete new one, ${KILLS} times, at random moments of the build and of its write`, async () => {
    const { results: outcomes, attempts } = await until(KILLS, async (attempt) => {
      const outDir = join(work, `out-${attempt}`);
      mkdirSync(outDir);
      cpSync(previousTree, join(outDir, SLUG), { recursive: true });
      // Half the kills anywhere in the build, half in its write (after the page is rendered).
      const inWrite = attempt % 2 === 0;
      const run = await runAndKill([BIN, 'build', REPORT, '--out', outDir, '--json'], inWrite
        ? { event: /"step":"html"/, delay: Math.random() * writeMs * 2 }
        : { delay: Math.random() * buildMs });
      if (!run.killed) {
        // It finished first: a complete build, which must have replaced the output.
        expect(run.code, run.stderr).toBe(0);
        expect(treeHash(join(outDir, SLUG))).toBe(next);
        return undefined;
      }
      const outcome = await checkAfterKill(outDir, SLUG, { previous, next });
      rmSync(outDir, { recursive: true, force: true });
      return outcome;
    });
    expect(outcomes).toHaveLength(KILLS);
    console.info(`kill test: ${KILLS} builds killed in ${attempts} attempts: ${['kept', 'replaced', 'restored'].map((k) => `${outcomes.filter((o) => o === k).length} ${k}`).join(', ')}`);
  }, 240_000);
});

describe('a write killed with SIGKILL', () => {
  const WRITES = 12;
  const distWriter = pathToFileURL(join(ROOT, 'dist/report/write-output.js')).href;
  // A child that writes 150 files with writeOutput: its write lasts long enough to be hit anywhere.
  const writer = (outDir: string, slug: string, label: string) => [
    '--input-type=module',
    '-e',
    `const { writeOutput } = await import(${JSON.stringify(distWriter)});
     const files = Array.from({ length: 150 }, (_, i) => ({ path: 'f' + (i % 12) + '/file-' + i + '.txt', contents: ${JSON.stringify(label)} + 'x'.repeat(3000) + i }));
     process.stdout.write('ready\\n');
     const started = performance.now();
     await writeOutput(${JSON.stringify(outDir)}, ${JSON.stringify(slug)}, files);
     process.stdout.write('done ' + Math.round(performance.now() - started) + '\\n');`,
  ];

  it(`leaves the previous output or the complete new one, ${WRITES} times, at random moments of the write`, async () => {
    const base = join(work, 'writes');
    const reference = join(base, 'reference');
    mkdirSync(reference, { recursive: true });
    const complete = spawnSync(process.execPath, writer(reference, 'story', 'new'), { encoding: 'utf8' });
    const ms = Number(/done (\d+)/.exec(complete.stdout)?.[1] ?? 200);
    const next = treeHash(join(reference, 'story'));
    const older = join(base, 'older');
    mkdirSync(older);
    spawnSync(process.execPath, writer(older, 'story', 'old'), { encoding: 'utf8' });
    const previous = treeHash(join(older, 'story'));
    expect(previous).not.toBe(next);

    const { results: outcomes } = await until(WRITES, async (attempt) => {
      const outDir = join(base, `out-${attempt}`);
      cpSync(older, outDir, { recursive: true });
      const run = await runAndKill(writer(outDir, 'story', 'new'), { event: /ready/, delay: Math.random() * ms * 1.5 });
      const outcome = run.killed ? await checkAfterKill(outDir, 'story', { previous, next }) : undefined;
      rmSync(outDir, { recursive: true, force: true });
      return outcome;
    });
    expect(outcomes).toHaveLength(WRITES);
    console.info(`kill test: ${WRITES} writes killed: ${['kept', 'replaced', 'restored'].map((k) => `${outcomes.filter((o) => o === k).length} ${k}`).join(', ')}`);
  }, 120_000);

  it('is recovered from when killed between the two renames of the swap, by recoverOutput and by the next write', async () => {
    const outDir = join(work, 'window');
    await writeOutput(outDir, 'story', [{ path: 'index.html', contents: 'previous' }, { path: 'data/a.csv', contents: 'a\n1\n' }]);
    const previous = treeHash(join(outDir, 'story'));
    // A build that no longer runs: its pid names the side folders it left.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stage = () => {
      // What the killed build left: the previous output renamed aside, a complete staging folder, an old trash folder.
      renameSync(join(outDir, 'story'), join(outDir, `.story.old-${dead}-1700000000000-1`));
      mkdirSync(join(outDir, `.story.tmp-${dead}-1700000000000-2`, 'charts'), { recursive: true });
      writeFileSync(join(outDir, `.story.tmp-${dead}-1700000000000-2`, 'index.html'), 'new, never swapped in');
      mkdirSync(join(outDir, `.story.trash-${dead}-1600000000000-9`));
    };

    stage();
    expect(treeHash(join(outDir, 'story'))).toBe('missing');
    expect(await recoverOutput(outDir, 'story')).toHaveLength(3);
    expect(treeHash(join(outDir, 'story'))).toBe(previous);
    expect(readdirSync(outDir)).toEqual(['story']);

    stage();
    await writeOutput(outDir, 'story', [{ path: 'index.html', contents: 'next' }]);
    expect(readdirSync(outDir)).toEqual(['story']);
    expect(readdirSync(join(outDir, 'story'))).toEqual(['index.html']);
  });

  it('leaves the side folders of a build that still runs alone', async () => {
    const outDir = join(work, 'running');
    await writeOutput(outDir, 'story', [{ path: 'index.html', contents: 'previous' }]);
    const running = join(outDir, `.story.tmp-${process.ppid}-1700000000000-1`);
    mkdirSync(running);
    await recoverOutput(outDir, 'story');
    expect(readdirSync(outDir).sort()).toEqual([`.story.tmp-${process.ppid}-1700000000000-1`, 'story']);
  });
});
