import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  url: string;
  /** Bytes sent per request path since the last reset, to measure what a page or query costs. */
  sent: Map<string, number>;
  /** Serve another folder from now on, as a deploy would. */
  setRoot: (folder: string) => void;
  close: () => Promise<void>;
}

/** Types a static host or CDN compresses; Pagefind's own index files are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.wasm', '.xml', '.webmanifest']);

/**
 * Serves a built site from loopback the way a static host does: dir/ → dir/index.html, else
 * 404.html, gzip for text and wasm. `sent` counts bytes on the wire.
 */
export async function serveSite(initialRoot: string): Promise<StaticSite> {
  let root = initialRoot;
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const body = gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
    body.on('data', (chunk: Buffer) => sent.set(path, (sent.get(path) ?? 0) + chunk.length));
    body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    setRoot: (folder) => {
      root = folder;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
