import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, repoFolders } from '../../integration/build-cli.js';

const folder = repoFolders('preview');

/** GET a raw path (not normalised, unlike fetch) and return status and body. */
function get(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; }).on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail).end();
  });
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

describe('copydesk preview', () => {
  let child: ChildProcess;
  let base = '';
  let dir = '';
  let csv = '';
  let output = '';

  beforeAll(async () => {
    dir = folder();
    cpSync(join(ROOT, 'reports', 'haiti-mss.ts'), join(dir, 'reports', 'haiti-mss.ts'));
    cpSync(join(ROOT, 'datasets', 'haiti-mss'), join(dir, 'datasets', 'haiti-mss'), { recursive: true });
    csv = join(dir, 'datasets', 'haiti-mss', 'contingents.csv');
    child = spawn(process.execPath, [resolve(ROOT, 'dist/cli/bin.js'), 'preview', 'haiti-mss'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
    await eventually(async () => /preview: (http:\/\/127\.0\.0\.1:\d+\/)/.test(output), 30_000);
    base = /preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1] ?? '';
  }, 60_000);

  afterAll(() => {
    child?.kill('SIGINT');
  });

  it('serves the report on loopback', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:/);
    const page = await get(base, '/haiti-mss/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('EventSource');
    expect(page.body).toMatch(/>817</);
  });

  it('shows a new number after a dataset edit', async () => {
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('3,Third,217,', '3,Third,218,'));
    const ms = await eventually(async () => (await get(base, '/haiti-mss/')).body.includes('>818<'));
    expect(ms).toBeLessThan(15_000);
  });

  it('shows the error over the last good page when the CSV breaks, and clears it when fixed', async () => {
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('2,Second,200,', '2,Second,2O0,'));
    await eventually(async () => (await get(base, '/haiti-mss/')).body.includes('copydesk-overlay'));
    const broken = (await get(base, '/haiti-mss/')).body;
    expect(broken).toMatch(/contingents\.csv:3:3/);
    expect(broken).toContain('>818<');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('2,Second,2O0,', '2,Second,200,'));
    await eventually(async () => !(await get(base, '/haiti-mss/')).body.includes('copydesk-overlay'));
  });

  it('never serves files outside out/', async () => {
    for (const path of ['/../reports/haiti-mss.ts', '/%2e%2e/reports/haiti-mss.ts', '/..%2freports%2fhaiti-mss.ts', '/haiti-mss/..%2f..%2freports/haiti-mss.ts', '/%2E%2E%2F%2E%2E%2Fpackage.json']) {
      expect((await get(base, path)).status, path).toBe(404);
    }
  });
});
