/**
 * The PNG renderer: resvg draws and encodes PNGs in a child process. A panic in resvg's Rust code
 * aborts the whole process it runs in (a worker thread does not contain it), so it runs in a process
 * of its own: a crash ends that child only, its jobs reject with a copydesk error, and the next job
 * starts a new child.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { CopydeskError } from '../errors.js';
import * as msg from '../messages/charts.js';

/**
 * The child's code, as text: a file of its own would have to be found next to whichever module
 * (source, build or bundle chunk) starts it. resvg draws a single PNG on the child's libuv thread
 * pool. A job with `half` (a chart's 2x PNG and its 1x) is drawn on the child's own thread, where
 * resvg's tree of the 2x drawing, its text already laid out as paths, is written out (`toString`)
 * and drawn again at half the scale, without laying out its text a second time (most of a drawing's
 * work). Its numbers written rounded, that 1x may differ from one drawn from the SVG by a shade on a
 * few edges (see `renderPNGPairAsync`).
 */
const CHILD = `
const { renderAsync, Resvg } = require(process.argv[1]);
const draw = ({ svg, options, half }) => {
  if (!half) return renderAsync(svg, options).then((image) => ({ png: image.asPng() }));
  const tree = new Resvg(svg, options);
  const png = tree.render().asPng();
  const scale = options.fitTo.value / 2;
  return { png, half: new Resvg(tree.toString(), { ...options, fitTo: { mode: 'zoom', value: scale } }).render().asPng() };
};
process.on('message', (job) => {
  Promise.resolve().then(() => draw(job)).then(
    (drawn) => process.send({ id: job.id, ...drawn }),
    (error) => process.send({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
`;

/** How much of the child's stderr is kept, from its end: enough for resvg's panic message. */
const STDERR_TAIL = 8192;

/** What the renderer drew: the PNG, and with `half`, the PNG at half its scale. */
export interface DrawnPNG {
  png: Buffer;
  half?: Buffer;
}

/** A process that draws and encodes PNGs. */
export interface PNGProcess {
  /**
   * The PNG of `svg` drawn with resvg's `options` (a `zoom`, with `half`), and with `half`, the PNG
   * of it drawn at half that zoom too. Rejects with resvg's reason, or when the renderer crashed on it.
   */
  render(svg: string, options: ResvgRenderOptions, { half }?: { half?: boolean }): Promise<DrawnPNG>;
  /** Start the child now (idle, it does not keep the process alive), so that it is ready when the first PNG is wanted. */
  warm(): void;
}

interface Job {
  svg: string;
  options: ResvgRenderOptions;
  half: boolean;
  resolve: (drawn: DrawnPNG) => void;
  reject: (error: Error) => void;
  /** In the renderer when it crashed with others: drawn alone from then on, to tell which one crashes it. */
  suspect: boolean;
}

interface Child {
  process: ChildProcess;
  /** Jobs sent and not answered yet, by id. */
  sent: Map<number, Job>;
  stderr: string;
  dead: boolean;
}

/** How the child ended, for the error its jobs reject with. */
interface Crash {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * resvg's panic message in the child's stderr: `panicked at <file>:<line>:<column>:` and the message
 * on the next line (Rust ≥ 1.73), or `panicked at '<message>', <file>` (older Rust). The path to the
 * crate's checkout on resvg's build machine is cut down to the crate's own path.
 */
function panicMessage(stderr: string): string | undefined {
  const lines = stderr.split('\n');
  const at = lines.findIndex((line) => line.includes('panicked at'));
  if (at < 0) return undefined;
  const head = lines[at]!.slice(lines[at]!.indexOf('panicked at')).trim().replace(/(?:\S*\/)?crates\//, '');
  const next = lines[at + 1]?.trim();
  return head.endsWith(':') && next ? `${head} ${next}` : head;
}

function crashError({ code, signal, stderr }: Crash): CopydeskError {
  return new CopydeskError(msg.pngRendererCrashed({ code, signal, panic: panicMessage(stderr) }), { hint: msg.pngRendererCrashedHint() });
}

/**
 * The child's environment, from this process's. `NODE_OPTIONS` stays out, as the parent's own flags
 * do (the child is started with its script only): a loader preloaded there (`--import tsx`) would
 * start again in the child, for nothing.
 *
 * resvg's allocator (mimalloc) is asked for 2 MB pages where the system gives them (Linux's
 * transparent huge pages; elsewhere it keeps to small ones), unless the environment says otherwise. A
 * 2x drawing's pixels and its PNG encoding take a few megabytes each, and every 4 KB page of them
 * touched for the first time costs the kernel a fault: drawing the first report's three charts took
 * 11,000 faults in the child, 2,700 with large pages (most of them Node's own start), and about a
 * third less of the child's time (measured with perf stat).
 */
export function childEnv(parent: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _, ...env } = parent;
  return { MIMALLOC_LARGE_OS_PAGES: '1', ...env };
}

/** The renderer: jobs, and the child that draws them (started on first use, and again after a crash). */
function createPNGProcess(): PNGProcess {
  const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
  const waiting: Job[] = [];
  let child: Child | undefined;
  let next = 0;

  // An idle child does not keep the process alive; a busy one does, stderr and channel included, until
  // its PNGs are done or its crash is read to the end.
  const hold = () => {
    if (child === undefined) return;
    const busy = child.sent.size > 0 || waiting.length > 0;
    const { process: proc } = child;
    for (const handle of [proc, proc.channel, proc.stderr as Socket | null]) {
      if (busy) handle?.ref();
      else handle?.unref();
    }
  };

  const start = (): Child => {
    const proc = spawn(process.execPath, ['-e', CHILD, resvg], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', env: childEnv(), windowsHide: true,
    });
    const started: Child = { process: proc, sent: new Map(), stderr: '', dead: false };
    proc.stderr?.setEncoding('utf8');
    proc.stderr?.on('data', (chunk: string) => { started.stderr = (started.stderr + chunk).slice(-STDERR_TAIL); });
    const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    proc.on('message', ({ id, png, half, error }: { id: number; png?: Uint8Array; half?: Uint8Array; error?: string }) => {
      const job = started.sent.get(id);
      started.sent.delete(id);
      if (png !== undefined) job?.resolve(half === undefined ? { png: buffer(png) } : { png: buffer(png), half: buffer(half) });
      else job?.reject(new Error(error));
      pump();
    });
    // 'close' comes once stderr is read to its end (the panic message with it); 'error' when the child could not start.
    proc.on('close', (code, signal) => died(started, crashError({ code, signal, stderr: started.stderr })));
    proc.on('error', (error) => died(started, new CopydeskError(msg.pngRendererNotStarted(error.message), { cause: error })));
    return started;
  };

  /**
   * The child is gone. A job it was drawing alone is the one that crashed it: it rejects. Jobs it was
   * drawing together are drawn again, one at a time, so that only the one that crashes it rejects.
   */
  const died = (dead: Child, error: CopydeskError) => {
    if (dead.dead) return;
    dead.dead = true;
    if (child === dead) child = undefined;
    const jobs = [...dead.sent.values()];
    dead.sent.clear();
    if (jobs.length === 1) jobs[0]!.reject(error);
    else waiting.unshift(...jobs.map((job) => ({ ...job, suspect: true })));
    pump();
  };

  const pump = () => {
    while (waiting.length > 0) {
      child ??= start();
      const drawing = [...child.sent.values()];
      // A suspect is drawn alone: it waits for the child to be idle, and the others wait for it.
      if (drawing.some((job) => job.suspect) || (waiting[0]!.suspect && drawing.length > 0)) break;
      const job = waiting.shift()!;
      const id = next++;
      child.sent.set(id, job);
      try {
        // A child that died meanwhile fails the send (the callback takes that, not an 'error' event): its 'close' settles the job.
        child.process.send({ id, svg: job.svg, options: job.options, half: job.half }, () => undefined);
      } catch {
        // One that could not start has no channel to send on: its 'error' settles the job.
      }
    }
    hold();
  };

  return {
    warm() {
      child ??= start();
      hold();
    },
    render(svg, options, { half = false } = {}) {
      return new Promise((resolve, reject) => {
        waiting.push({ svg, options, half, resolve, reject, suspect: false });
        pump();
      });
    },
  };
}

let renderer: PNGProcess | undefined;

/**
 * The PNG renderer, one per process (hence module state), started on first use: an idle renderer
 * does not keep the process alive, a busy one does until its PNGs are done.
 */
export function pngProcess(): PNGProcess {
  renderer ??= createPNGProcess();
  return renderer;
}
