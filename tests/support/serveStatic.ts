/**
 * Test support: serves a built site on 127.0.0.1 (a free port) the way a
 * static host would: `/dir/` → `dir/index.html`, `/dir` → redirect to `/dir/`,
 * correct content types (WebAssembly included, which browsers require for
 * streaming compilation), gzip for text when the browser asks (as any host
 * does, so byte counts are realistic; Pagefind's index files are compressed
 * already), 404 with `404.html`, and no path outside the site.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

export interface StaticServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  origin: string;
  /**
   * Bytes written to sockets so far (headers and bodies, after compression):
   * what every client — pages and their web workers alike — received.
   */
  bytesSent(): number;
  /** Requests answered so far. */
  requestCount(): number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a URL path names inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

async function fileAt(file: string): Promise<{ file: string; size: number } | 'directory' | null> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return 'directory';
    return info.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

function send(response: ServerResponse, request: IncomingMessage, status: number, file: string, size: number): void {
  const type = contentTypeOf(file);
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': size }),
  });
  if (request.method === 'HEAD') response.end();
  else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
  else createReadStream(file).pipe(response);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const target = resolveInside(root, url.pathname);
  if (!target) {
    response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad path');
    return;
  }
  let found = await fileAt(target);
  if (found === 'directory') {
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    found = await fileAt(path.join(target, 'index.html'));
  }
  if (found && found !== 'directory') {
    send(response, request, 200, found.file, found.size);
    return;
  }
  const notFound = await fileAt(path.join(root, '404.html'));
  if (notFound && notFound !== 'directory') send(response, request, 404, notFound.file, notFound.size);
  else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
}

export async function serveStatic(root: string): Promise<StaticServer> {
  let sent = 0;
  let answered = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((request, response) => {
    answered++;
    handle(root, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sent += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bytesSent: () => sent + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    requestCount: () => answered,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
