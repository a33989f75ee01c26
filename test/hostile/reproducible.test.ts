/**
 * Byte-identical builds: the same report built by the CLI into different folders, in time zones a
 * day apart (UTC+14 and UTC−8), under other locales, and with the clock moved 1,000 days on, writes
 * the same files with the same bytes; and none of them carries the day it was built.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './corpus.js';
import { fileHashes, listFiles } from './tree-hash.js';

const BIN = join(ROOT, 'dist/cli/bin.js');
const REPORT = join(ROOT, 'test/fixtures/hostile/small-report.ts');
const SLUG = 'small';
const DAY = 86_400_000;
const SHIFT_DAYS = 1000;

const work = mkdtempSync(join(tmpdir(), 'copydesk-reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A preload that moves the clock: `Date.now()` and `new Date()` read `days` later than the machine's. */
const clockShift = (days: number) =>
  `data:text/javascript,${encodeURIComponent(`const Real = Date; const offset = ${days * DAY};
  globalThis.Date = class extends Real { constructor(...args) { if (args.length === 0) super(Real.now() + offset); else super(...args); } static now() { return Real.now() + offset; } };`)}`;

interface Build { name: string; outDir: string; env: Record<string, string>; node?: string[] }

const builds: Build[] = [
  { name: 'utc', outDir: join(work, 'a'), env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } },
  { name: 'kiritimati-de', outDir: join(work, 'b', 'nested', 'deeper'), env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } },
  { name: 'los-angeles-fr-later', outDir: join(work, 'c'), env: { TZ: 'America/Los_Angeles', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' }, node: ['--import', clockShift(SHIFT_DAYS)] },
];

async function run({ outDir, env, node = [] }: Build): Promise<Record<string, string>> {
  mkdirSync(outDir, { recursive: true });
  await promisify(execFile)(process.execPath, [...node, BIN, 'build', REPORT, '--out', outDir, '--quiet'], { cwd: ROOT, env: { ...process.env, ...env } });
  return fileHashes(join(outDir, SLUG));
}

describe('building the same report', () => {
  it('really moves the clock of the third build', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', clockShift(SHIFT_DAYS), '-e', 'process.stdout.write(String(Date.now()))']);
    expect(Number(stdout) - Date.now()).toBeGreaterThan((SHIFT_DAYS - 1) * DAY);
  });

  it('in other folders, time zones, locales and days gives byte-identical files', async () => {
    const [first, ...others] = await Promise.all(builds.map(run));
    expect(Object.keys(first ?? {}).length).toBeGreaterThan(10);
    for (const [i, hashes] of others.entries()) expect(hashes, builds[i + 1]?.name).toEqual(first);
  }, 180_000);

  it('prints no build date: neither today nor the shifted day appears in any file', () => {
    const days = [Date.now(), Date.now() + SHIFT_DAYS * DAY].map((time) => new Date(time).toISOString().slice(0, 10));
    for (const build of builds) {
      for (const file of listFiles(join(build.outDir, SLUG)).filter((path) => !path.endsWith('.png'))) {
        const text = readFileSync(join(build.outDir, SLUG, file), 'utf8');
        for (const day of days) expect(text.includes(day), `${build.name}: ${file} contains ${day}`).toBe(false);
      }
    }
  });
});

describe('the library, whatever the time zone of the process', () => {
  const zones = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kathmandu'];
  const saved = process.env.TZ;
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('draws the same SVG and writes the same page for a report with dates, a timeline and its annotations', async () => {
    // The CLI pins its own zone to UTC; a script that calls the library directly must not need to.
    const { renderReport } = await import('../../src/report/build-report.js');
    const report = (await import('../fixtures/hostile/small-report.js')).default;
    const textOf = async () => (await renderReport(report)).files.filter((file) => typeof file.contents === 'string' && !file.path.startsWith('vendor/')).map((file) => [file.path, file.contents]);
    process.env.TZ = 'UTC';
    const utc = await textOf();
    for (const zone of zones) {
      process.env.TZ = zone;
      expect(new Date(2024, 5, 24).getTimezoneOffset(), zone).not.toBe(0);
      expect(await textOf(), zone).toEqual(utc);
    }
  }, 120_000);
});
