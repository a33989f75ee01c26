/**
 * Measurements in child processes: a benchmark case (this script run with `--case`), or a whole
 * command timed from spawn to exit. Each child reports its own peak resident memory.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Measurement } from './cases.js';

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Run a benchmark case in a fresh process (this script, with the loader it runs under) and return what it reports. */
export async function measureCase(script: string, args: readonly string[], { cwd }: { cwd: string }): Promise<Measurement> {
  const nodeArgs = [...process.execArgv.filter((arg) => arg !== '--expose-gc'), '--expose-gc', script, '--case', ...args];
  const { code, stdout, stderr } = await run(process.execPath, nodeArgs, { ...process.env, TZ: 'UTC' }, cwd);
  const last = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`case ${args.join(' ')} failed (exit ${String(code)}):\n${stderr || stdout}`);
  return JSON.parse(last) as Measurement;
}

// Loaded before the command with `--import`: writes the process's peak memory to a file on exit.
const PROBE = `data:text/javascript,${encodeURIComponent(
  "import {writeFileSync} from 'node:fs'; process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

/** Time a Node command (`node <args>`) from spawn to exit, as a user waits for it; with its peak memory and what it printed. */
export async function timeNode(args: readonly string[], { cwd }: { cwd: string }): Promise<Measurement & { stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-rss-'));
  const rssFile = join(dir, 'rss');
  try {
    const started = performance.now();
    // Without the loader this script runs under (tsx), which would slow the command down.
    const { NODE_OPTIONS: _loader, ...env } = process.env;
    const { code, stdout, stderr } = await run(process.execPath, ['--import', PROBE, ...args], { ...env, BENCH_RSS_FILE: rssFile }, cwd);
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${String(code)}):\n${stderr || stdout}`);
    return { ms, rssKB: Number(readFileSync(rssFile, 'utf8')), stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
