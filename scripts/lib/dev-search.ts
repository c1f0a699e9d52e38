// Search under `npm run dev`. Astro's dev server renders pages on request and never writes them,
// so there is no folder for Pagefind to index: this integration asks the dev server for every page
// (following links from the home page), indexes them with the build's own index step
// (src/search/build-index.ts, the same options and contract), and serves the index at
// <base>pagefind/, with the words typo correction reads at <base>search-vocabulary/, from a
// temporary folder. A change under content/ indexes again; until the new index is ready, the
// previous one keeps answering.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../../src/search/build-index.ts';
import { VOCABULARY_DIR } from '../../src/search/vocabulary.ts';

/** Pages beyond this are not fetched: a dev library is small, and a link loop must end. */
export const MAX_PAGES = 5000;
/** Quiet time after the last content change before indexing again. */
const REINDEX_AFTER_MS = 800;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * The pages a page links to that the crawl should fetch: same origin, under the base, page paths
 * only (no files, no Pagefind or build assets), without query or fragment.
 */
export function pageLinks(html: string, pageUrl: string, base: string): string[] {
  const found = new Set<string>();
  const origin = new URL(pageUrl).origin;
  for (const [, href = ''] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
    let url: URL;
    try {
      url = new URL(href.replaceAll('&amp;', '&'), pageUrl);
    } catch {
      continue;
    }
    const path = url.pathname;
    if (url.origin !== origin || !path.startsWith(base)) continue;
    if (isIndexPath(path, base) || path.startsWith(`${base}_astro/`)) continue;
    if (extname(path) !== '' && !path.endsWith('.html')) continue;
    found.add(path);
  }
  return [...found];
}

/** The folders the index step writes beside the pages: Pagefind's index and the words it holds (typo correction). */
const INDEX_FOLDERS = ['pagefind', VOCABULARY_DIR];

/** Whether a request path asks for the search index (either folder) rather than a page. */
export function isIndexPath(requestPath: string, base: string): boolean {
  return INDEX_FOLDERS.some((name) => requestPath.startsWith(`${base}${name}/`));
}

/** The file a request under `<base>pagefind/` or `<base>search-vocabulary/` asks for, or undefined if it is outside both. */
export function indexFileFor(requestPath: string, base: string, folder: string): string | undefined {
  const name = INDEX_FOLDERS.find((candidate) => requestPath.startsWith(`${base}${candidate}/`));
  if (name === undefined) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(requestPath.slice(`${base}${name}/`.length).split('?')[0] ?? '');
  } catch {
    return undefined;
  }
  const root = join(folder, name);
  const file = normalize(join(root, relative));
  return file.startsWith(`${root}${sep}`) ? file : undefined;
}

/** Fetches every page reachable from the base and writes each one where a build would. */
export async function crawlPages(origin: string, base: string, folder: string): Promise<number> {
  const queue = [base];
  const seen = new Set(queue);
  let written = 0;
  for (let path = queue.shift(); path !== undefined && seen.size <= MAX_PAGES; path = queue.shift()) {
    const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await response.text();
    const file = join(folder, path.slice(base.length), path.endsWith('.html') ? '' : 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    written++;
    for (const link of pageLinks(html, `${origin}${path}`, base))
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
  }
  return written;
}

/** Crawls the dev server into a new temporary folder and indexes it; returns the folder. */
export async function buildDevIndex(origin: string, base: string): Promise<{ folder: string; pages: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'frontline-dev-search-'));
  try {
    await crawlPages(origin, base, folder);
    const { pages } = await indexSite(folder);
    return { folder, pages };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

export function devSearch(): AstroIntegration {
  let base = '/';
  let origin = '';
  let current: string | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let reindex: () => Promise<void> = async () => undefined;
  return {
    name: 'frontline-dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        reindex = (): Promise<void> => {
          if (running) {
            again = true;
            return running;
          }
          running = (async () => {
            const started = performance.now();
            try {
              const built = await buildDevIndex(origin, base);
              const previous = current;
              current = built.folder;
              if (previous) rmSync(previous, { recursive: true, force: true });
              logger.info(`search index ready: ${built.pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
            } catch (error) {
              logger.warn(`search index failed: ${error instanceof Error ? error.message : String(error)}`);
            } finally {
              running = undefined;
              if (again) {
                again = false;
                void reindex();
              }
            }
          })();
          return running;
        };
        server.watcher.on('all', (_event, file) => {
          if (!file.split(sep).includes('content') || !origin) return;
          clearTimeout(timer);
          timer = setTimeout(() => void reindex(), REINDEX_AFTER_MS);
        });
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!isIndexPath(path, base)) return next();
          void (async () => {
            // The first index is still being built: wait for it rather than answer 404.
            if (!current && running) await running;
            const file = current && indexFileFor(path, base, current);
            if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
              response.statusCode = 404;
              response.end('Not in the dev search index');
              return;
            }
            response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
            response.setHeader('Cache-Control', 'no-store');
            response.end(readFileSync(file));
          })();
        });
      },
      'astro:server:start': ({ address }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        origin = `http://${host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
        void reindex();
      },
      'astro:server:done': () => {
        clearTimeout(timer);
        if (current) rmSync(current, { recursive: true, force: true });
      },
    },
  };
}
