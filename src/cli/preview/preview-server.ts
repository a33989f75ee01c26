import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { resolveRequestPath } from './resolve-path.js';
import { EVENTS_PATH, injectPreview, renderErrorPage } from './live-reload.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options for {@link startPreviewServer}. */
export interface PreviewServerOptions {
  /** The folder served (`out/`). Nothing outside it is ever read. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  /** The current build error, if the last build failed (shown as an overlay). */
  error(): string | undefined;
}

/** A running preview server. */
export interface PreviewServer {
  url: string;
  /** Tell every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

/** Serve `root` on 127.0.0.1 only, with live reload and the error overlay in HTML pages. */
export async function startPreviewServer({ root, port = 0, error }: PreviewServerOptions): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = req.url ?? '/';
    if (url === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const file = resolveRequestPath(root, url);
    if (file === undefined) return notFound(res);
    const info = await stat(file).catch(() => undefined);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (!info?.isFile()) {
      const failure = error();
      if (failure !== undefined && extname(file) === '.html') {
        res.writeHead(200, { ...headers, 'content-type': TYPES['.html']! }).end(injectPreview(renderErrorPage(failure)));
        return;
      }
      return notFound(res);
    }
    const body = await readFile(file);
    if (type.startsWith('text/html')) {
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : injectPreview(body.toString('utf8'), { error: error() }));
    } else {
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    reload() {
      for (const client of clients) client.write('event: reload\ndata: {}\n\n');
    },
    close: () => new Promise<void>((resolve) => {
      for (const client of clients) client.end();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
