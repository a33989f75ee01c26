/**
 * The PNG worker thread: resvg draws on libuv's thread pool, and the PNG encoding, about as long as
 * the drawing, is done in the worker too, so the caller's thread goes on meanwhile.
 */

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import * as msg from '../messages/charts.js';

/**
 * The worker's code, as text: a file of its own would have to be found next to whichever module
 * (source, build or bundle chunk) starts it. resvg draws on libuv's thread pool; the PNG encoding,
 * as long as the drawing, is done here too, not on the caller's thread.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { renderAsync } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  renderAsync(svg, options).then((image) => image.asPng()).then(
    (png) => parentPort.postMessage({ id, png }),
    (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
`;

/** A worker thread that draws and encodes PNGs. */
export interface PNGThread {
  /** The PNG of `svg` drawn with resvg's `options`. */
  render(svg: string, options: ResvgRenderOptions): Promise<Buffer>;
}

let thread: PNGThread | undefined;

/**
 * The PNG worker, started on first use and kept for the process (one per process, hence module
 * state): an idle worker does not keep the process alive, a busy one does until its PNGs are done.
 */
export function pngThread(): PNGThread {
  if (thread !== undefined) return thread;
  const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
  // No flags of the process's own: a loader preloaded with `--import` (tsx) would start again in the worker, for nothing.
  const worker = new Worker(WORKER, { eval: true, workerData: { resvg }, execArgv: [] });
  worker.unref();
  const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  let next = 0;
  const settle = (id: number) => {
    const job = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return job;
  };
  const fail = (error: Error) => {
    if (thread === current) thread = undefined;
    for (const id of [...pending.keys()]) settle(id)?.reject(error);
  };
  worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = settle(id);
    if (png !== undefined) job?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    else job?.reject(new Error(error));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(msg.pngWorkerStopped(code))));
  const current: PNGThread = {
    render(svg, options) {
      return new Promise((resolve, reject) => {
        const id = next++;
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, svg, options });
      });
    },
  };
  thread = current;
  return current;
}
