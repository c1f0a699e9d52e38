import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isCompressedByPagefind } from '../../src/search/client/pagefind-inflate.ts';

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

export interface ServeOptions {
  /**
   * Send Pagefind's already-gzip files (`isCompressedByPagefind`) labelled `Content-Encoding:
   * gzip`, as a host configured that way does (docs/deployment.md): the browser inflates them while
   * downloading, and the search passes them through. The bytes on the wire are the same. Default
   * false, like GitHub Pages.
   */
  pagefindContentEncoding?: boolean;
}

/**
 * Serves a built site from loopback the way a static host does: dir/ → dir/index.html, else
 * 404.html, gzip for text and wasm, with a Content-Length. Like a host or CDN, each file is read
 * and compressed once and then served from memory, so the figures measure the site, not this
 * server (streaming and compressing every response added 10–20 ms to a ten-fragment query).
 * `sent` counts bytes on the wire.
 */
export async function serveSite(initialRoot: string, options: ServeOptions = {}): Promise<StaticSite> {
  let root = initialRoot;
  const sent = new Map<string, number>();
  const bodies = new Map<string, Promise<Buffer>>();
  const body = (file: string, gzip: boolean) => {
    const key = `${gzip ? 'gz' : 'id'}:${file}`;
    let cached = bodies.get(key);
    if (!cached) {
      cached = readFile(file).then((bytes) => (gzip ? gzipSync(bytes) : bytes));
      bodies.set(key, cached);
    }
    return cached;
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const gzip = COMPRESSIBLE.has(extname(file)) && acceptsGzip;
    const labelledGzip = options.pagefindContentEncoding === true && acceptsGzip && isCompressedByPagefind(file);
    body(file, gzip).then(
      (bytes) => {
        response.writeHead(found ? 200 : 404, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': bytes.length,
          'cache-control': 'no-cache',
          ...(gzip || labelledGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        });
        sent.set(path, (sent.get(path) ?? 0) + bytes.length);
        response.end(bytes);
      },
      () => {
        response.writeHead(500).end();
      },
    );
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
